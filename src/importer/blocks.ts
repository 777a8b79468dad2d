// One block model for the three inputs: plain text, Markdown (markdown-it) and HTML (htmlparser2). Markdown and
// HTML are read by their parsers into blocks (heading, paragraph, blockquote, list item; links kept) and written
// out as the plain-text layout that readLayout reads, so all three go through one extraction.
export type InputFormat = 'text' | 'markdown' | 'html';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html'];

export interface Block {
  kind: 'heading' | 'paragraph' | 'blockquote' | 'list-item';
  text: string;
}

export interface Link {
  /** The link's text as it stands in the block. */
  text: string;
  href: string;
}

export interface BlockDocument {
  format: InputFormat;
  blocks: Block[];
  links: Link[];
}

/** HTML when the text opens with a tag or holds block-level tags; Markdown when it has its marks; else text. */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, 4096);
  if (/^\s*<(?:!doctype|html|head|body|article|main|section|div|p|h[1-6]|ul|ol|blockquote|figure|header)\b/i.test(head)) return 'html';
  if ((head.match(/<\/(?:p|h[1-6]|li|blockquote|div)>/gi) ?? []).length >= 2) return 'html';
  // Links are what only a Markdown parser reads; headings (#), bold lines and lists the text layout reads itself.
  if (/\]\((?:https?:\/\/|\/)[^)\s]+\)/.test(head) || /^\s{0,3}>\s/m.test(head)) return 'markdown';
  return 'text';
}

/** Reads Markdown or HTML into blocks; plain text is one block per blank-line-separated paragraph. */
export function readBlocks(text: string, format: InputFormat): BlockDocument {
  if (format === 'markdown') return markdownBlocks(text);
  if (format === 'html') return htmlBlocks(text);
  return {
    format,
    blocks: text
      .split(/\n[ \t]*\n/)
      .filter((b) => b.trim())
      .map((b) => ({ kind: 'paragraph', text: b })),
    links: [],
  };
}

/** The plain-text layout of blocks: `## heading`, paragraphs between blank lines, list items as `- item`. */
export function blocksToText(doc: BlockDocument): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    const text = b.text.trim();
    if (!text) continue;
    if (b.kind === 'heading') out.push(`## ${oneLine(text)}`);
    else if (b.kind === 'list-item') out.push(`- ${oneLine(text)}`);
    else out.push(text);
  }
  return out.join('\n\n');
}

/** The lines of a block joined by single spaces (split in code: `\s*\n\s*` backtracks on long runs of spaces). */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

function markdownBlocks(text: string): BlockDocument {
  // Loaded on first use: the text path needs no Markdown parser.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MarkdownIt = require('markdown-it') as typeof import('markdown-it');
  const md = new MarkdownIt('commonmark', { html: false });
  const tokens = md.parse(text, {});
  const blocks: Block[] = [];
  const links: Link[] = [];
  let kind: Block['kind'] = 'paragraph';
  const stack: string[] = [];
  for (const t of tokens) {
    if (t.type.endsWith('_open')) stack.push(t.type);
    if (t.type.endsWith('_close')) stack.pop();
    if (t.type === 'heading_open') kind = 'heading';
    else if (t.type === 'paragraph_open')
      kind = stack.includes('list_item_open') ? 'list-item' : stack.includes('blockquote_open') ? 'blockquote' : 'paragraph';
    if (t.type !== 'inline') continue;
    let line = '';
    let href: string | null = null;
    let linkStart = 0;
    let strongOnly = true;
    for (const c of t.children ?? []) {
      if (c.type === 'text' || c.type === 'code_inline') {
        line += c.content;
        if (c.content.trim() && !isInside(t.children ?? [], c)) strongOnly = false;
      } else if (c.type === 'softbreak' || c.type === 'hardbreak') line += '\n';
      else if (c.type === 'link_open') {
        const h = c.attrGet('href');
        href = h === null ? null : String(h);
        linkStart = line.length;
      } else if (c.type === 'link_close' && href) {
        links.push({ text: line.slice(linkStart), href });
        href = null;
      }
    }
    blocks.push({ kind: kind === 'paragraph' && strongOnly && line.trim() && line.length <= 200 ? 'heading' : kind, text: line });
  }
  return { format: 'markdown', blocks, links };
}

/** Whether an inline token lies between strong_open and strong_close (a bold-only paragraph is a heading). */
function isInside(children: { type: string }[], token: { type: string }): boolean {
  let depth = 0;
  for (const c of children) {
    if (c === token) return depth > 0;
    if (c.type === 'strong_open') depth++;
    if (c.type === 'strong_close') depth--;
  }
  return false;
}

const HTML_BLOCK: Record<string, Block['kind']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'list-item',
  blockquote: 'blockquote',
  div: 'paragraph',
  figcaption: 'paragraph',
  dt: 'heading',
  dd: 'paragraph',
};
const HTML_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'button', 'form', 'head']);

function htmlBlocks(text: string): BlockDocument {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require('htmlparser2') as typeof import('htmlparser2');
  const blocks: Block[] = [];
  const links: Link[] = [];
  // The open block-level elements, innermost last; text goes to the innermost one.
  const open: { tag: string; text: string; strong: number; other: number }[] = [];
  let skip = 0;
  let strong = 0;
  let link: { href: string; start: number } | null = null;
  const flush = () => {
    const b = open[open.length - 1];
    if (!b || !b.text.trim()) return;
    const kind = HTML_BLOCK[b.tag] === 'paragraph' && b.other === 0 && b.strong > 0 && b.text.trim().length <= 200 ? 'heading' : HTML_BLOCK[b.tag];
    blocks.push({
      kind,
      text: b.text
        .replace(/[ \t\r\n]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    });
    b.text = '';
    b.strong = 0;
    b.other = 0;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (HTML_SKIP.has(name)) skip++;
        if (skip) return;
        if (HTML_BLOCK[name]) {
          flush();
          open.push({ tag: name, text: '', strong: 0, other: 0 });
        } else if (name === 'br') {
          if (open.length) open[open.length - 1].text += '\n';
        } else if (name === 'strong' || name === 'b') strong++;
        else if (name === 'a' && attrs.href && open.length) link = { href: attrs.href, start: open[open.length - 1].text.length };
      },
      ontext(data) {
        if (skip) return;
        if (!open.length) open.push({ tag: 'p', text: '', strong: 0, other: 0 });
        const b = open[open.length - 1];
        b.text += data;
        if (data.trim()) {
          if (strong > 0) b.strong++;
          else b.other++;
        }
      },
      onclosetag(name) {
        if (HTML_SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (name === 'strong' || name === 'b') strong = Math.max(0, strong - 1);
        else if (name === 'a' && link && open.length) {
          const t = open[open.length - 1].text.slice(link.start).replace(/\s+/g, ' ').trim();
          if (t) links.push({ text: t, href: link.href });
          link = null;
        } else if (HTML_BLOCK[name]) {
          flush();
          if (open.length && open[open.length - 1].tag === name) open.pop();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  flush();
  return { format: 'html', blocks, links };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport, type CommandIo } from '../../../src/cli/commands/import.command';
import { runCli } from '../../../src/cli/program';
import { MAX_TEXT_BYTES } from '../../../src/importer/layout';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

// `npm run import`: dry runs print the structure and touch no database; imports write one transaction per file.
const SET = path.join(__dirname, '..', '..', 'fixtures', 'explainers');
const NOW = new Date('2024-06-01T12:00:00.000Z');
const N = fs.readdirSync(SET).filter((f) => /^\d.*\.(txt|md)$/.test(f)).length;
let t: TestApp;
let tmp: string;

beforeAll(async () => {
  t = await createTestApp();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function io(opened = { count: 0 }) {
  const out: string[] = [];
  const err: string[] = [];
  const cmd: CommandIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => NOW,
    openDatabase: async () => {
      opened.count++;
      return { dataSource: t.ds, close: async () => undefined };
    },
  };
  return { cmd, out, err, opened };
}

const count = async () => (await t.ds.query('SELECT count(*)::int AS n FROM article'))[0].n as number;

describe('npm run import', () => {
  it('--dry-run prints the extracted structure of a file as JSON and opens no database', async () => {
    const file = path.join(SET, '02-sudan-khartoum-fighting.txt');
    const { cmd, out, err, opened } = io();
    expect(await runImport([file, '--dry-run', '--slug', 'sudan'], cmd)).toBe(0);
    const printed = JSON.parse(out.join('\n'));
    // Expected values from the hand annotation of the file (written before the parser ran), not from the parser.
    const expected = JSON.parse(fs.readFileSync(path.join(SET, '02-sudan-khartoum-fighting.expected.json'), 'utf8'));
    expect(printed).toMatchObject({ slug: 'sudan', headline: expected.headline, eventDate: '2024-04-17', status: 'DRAFT' });
    expect(printed.sections.map((s: { heading: string | null }) => s.heading)).toEqual([null, ...expected.headings]);
    expect(printed.sections[0].key).toBe('lead');
    expect(printed.sections.slice(1).map((s: { key: string }) => s.key)).toEqual([
      'how-many-people-have-been-killed',
      'why-are-the-army-and-the-rsf-fighting',
      'how-has-the-world-reacted',
      'what-happens-to-civilians',
    ]);
    const quotes = printed.sections.flatMap((s: { quotes: { text: string; speaker: string | null }[] }) => s.quotes);
    expect(quotes.map((q: { text: string; speaker: string | null }) => [q.text, q.speaker])).toEqual(
      expected.quotes.map((q: { text: string; speaker: string | null }) => [q.text, q.speaker]),
    );
    expect(printed.sources.map((x: { name: string }) => x.name).sort()).toEqual([...expected.sources].sort());
    expect(printed.meta.dateline).toBe('KHARTOUM, April 17 (Reuters) -');
    // Every quote has a speaker in the annotation: no QUOTE_WITHOUT_SPEAKER warning.
    expect(printed.warnings.filter((w: { code: string }) => w.code === 'QUOTE_WITHOUT_SPEAKER')).toEqual([]);
    expect(err.at(-1)).toBe('1 file(s): 1 parsed, 0 failed (dry run: nothing written)');
    expect(opened.count).toBe(0);
    expect(await count()).toBe(0);
  });

  it('--dry-run of a directory prints every .txt and .md file and a summary', async () => {
    const { cmd, out, err } = io();
    expect(await runImport([SET, '--dry-run'], cmd)).toBe(0);
    const printed = JSON.parse(out.join('\n')) as { file: string; slug: string }[];
    expect(printed.map((p) => path.basename(p.file))).toEqual(
      fs
        .readdirSync(SET)
        .filter((f) => /^\d.*\.(txt|md)$/.test(f))
        .sort(),
    );
    expect(N).toBeGreaterThanOrEqual(8);
    expect(err.at(-1)).toBe(`${N} file(s): ${N} parsed, 0 failed (dry run: nothing written)`);
  });

  it('imports a directory, one article per file, and a second run changes nothing', async () => {
    const first = io();
    expect(await runImport([SET, '--publish'], first.cmd)).toBe(0);
    expect(first.err.at(-1)).toBe(`${N} file(s): ${N} imported, 0 updated, 0 unchanged, 0 failed`);
    expect(await count()).toBe(N);
    const rows = async () =>
      t.ds.query(`SELECT (SELECT count(*) FROM section)::int s, (SELECT count(*) FROM citation)::int c, (SELECT count(*) FROM quote)::int q,
        (SELECT count(*) FROM reaction)::int r, (SELECT count(*) FROM figure_claim)::int fc, (SELECT count(*) FROM actor)::int a`);
    const before = await rows();

    const second = io();
    expect(await runImport([SET, '--publish'], second.cmd)).toBe(0);
    expect(second.err.at(-1)).toBe(`${N} file(s): 0 imported, 0 updated, ${N} unchanged, 0 failed`);
    expect(await rows()).toEqual(before);

    // What was imported is served, contested figures included, like any explainer.
    const { article } = dataOf(
      await t.gql(`{ article(slug: "why-tens-of-thousands-are-protesting-in-georgias-capital") { status publishedAt sections { key }
        contestedFigures { claim claims { value unit claimant { name } source { name kind } } } } }`),
    );
    expect(article.status).toBe('PUBLISHED');
    expect(article.publishedAt).toBe(NOW.toISOString());
    expect(article.contestedFigures).toEqual([
      {
        claim: 'people detained',
        claims: [
          { value: 63, unit: 'people', claimant: { name: 'Georgia' }, source: { name: 'Georgia Interior Ministry', kind: 'GOVERNMENT' } },
          { value: 90, unit: 'people', claimant: { name: "Georgian Young Lawyers' Association" }, source: null },
        ],
      },
    ]);
  });

  it('updates a changed article as its next version with a revision; importing it again changes nothing', async () => {
    const changed = path.join(tmp, 'sudan.txt');
    fs.writeFileSync(changed, fs.readFileSync(path.join(SET, '02-sudan-khartoum-fighting.txt'), 'utf8').replace('97 civilians', '98 civilians'));
    const slug = 'sudans-army-and-rsf-fight-for-control-of-khartoum-what-we-know';
    const body = async () =>
      (
        await t.ds.query(`SELECT string_agg(body, '|' ORDER BY position) AS b FROM section s JOIN article a ON a.id = s.article_id WHERE a.slug = $1`, [slug])
      )[0].b;
    const state = async () =>
      (
        await t.ds.query(
          `SELECT a.version, (SELECT count(*)::int FROM article_revision r WHERE r.article_id = a.id) AS revisions,
        (SELECT r.action FROM article_revision r WHERE r.article_id = a.id ORDER BY r.version DESC LIMIT 1) AS action FROM article a WHERE a.slug = $1`,
          [slug],
        )
      )[0];
    const before = { body: await body(), ...(await state()) };
    const first = io();
    expect(await runImport([changed, '--publish'], first.cmd)).toBe(0);
    expect(first.err.at(-1)).toBe('1 file(s): 0 imported, 1 updated, 0 unchanged, 0 failed');
    const after = { body: await body(), ...(await state()) };
    expect(after.body).toBe(before.body.replace('97 civilians', '98 civilians'));
    expect([after.version, after.revisions, after.action]).toEqual([before.version + 1, before.revisions + 1, 'importExplainer']);
    const again = io();
    expect(await runImport([changed, '--publish'], again.cmd)).toBe(0);
    expect(again.err.at(-1)).toBe('1 file(s): 0 imported, 0 updated, 1 unchanged, 0 failed');
    expect(await state()).toEqual({ version: after.version, revisions: after.revisions, action: 'importExplainer' });
  });

  it('bad files fail with a coded reason and write nothing; good files beside them are imported', async () => {
    const dir = path.join(tmp, 'mixed');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a-empty.txt'), '   \n\n ');
    fs.writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    fs.writeFileSync(path.join(dir, 'c-latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    fs.writeFileSync(path.join(dir, 'd-huge.txt'), 'x'.repeat(MAX_TEXT_BYTES + 1));
    fs.writeFileSync(path.join(dir, 'e-headings.md'), '## What?\n\n## Why?\n');
    fs.writeFileSync(
      path.join(dir, 'f-good.txt'),
      'Ceasefire holds in the north\n\nThe ceasefire held overnight.\n\nWhat next?\n\nTalks resume on Monday, Reuters reported.',
    );
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
    const { cmd, err } = io();
    const before = await count();
    expect(await runImport([dir], cmd)).toBe(1);
    expect(err.filter((l) => l.startsWith('FAILED')).map((l) => l.replace(/^FAILED\s+\S+: /, '').replace(/:.*$/, ''))).toEqual([
      'BAD_USER_INPUT (EMPTY)',
      'BAD_USER_INPUT (BINARY)',
      'BAD_USER_INPUT (BINARY)',
      'BAD_USER_INPUT (TOO_LARGE)',
      'BAD_USER_INPUT (NO_PARAGRAPHS)',
    ]);
    expect(err.at(-1)).toBe('6 file(s): 1 imported, 0 updated, 0 unchanged, 5 failed');
    expect(await count()).toBe(before + 1);
  });

  it('usage errors exit 2', async () => {
    for (const argv of [[], [SET, SET], [SET, '--slug', 'x'], ['/no/such/file.txt'], [SET, '--bogus']]) {
      const { cmd, err } = io();
      expect([argv.join(' '), await runImport(argv, cmd)]).toEqual([argv.join(' '), 2]);
      expect(err.join('\n')).toMatch(/usage: npm run import|no \.txt/);
    }
  });

  it('is a subcommand of the explainer-api CLI (npm run import is its alias), as is import-quality', async () => {
    let out = '';
    let err = '';
    const cli = { out: (x: string) => (out += x), err: (x: string) => (err += x), isTTY: false };
    const html = path.join(SET, 'formats', 'seed.html');
    expect(await runCli(['import', html, '--dry-run', '--slug', 'from-html'], cli, '0.0.0')).toBe(0);
    const printed = JSON.parse(out);
    expect([printed.slug, printed.meta.format, printed.sections.length]).toEqual(['from-html', 'html', 4]);
    expect(err).toContain('1 file(s): 1 parsed, 0 failed (dry run: nothing written)');
    expect(await runCli(['import', html, '--format', 'pdf'], cli, '0.0.0')).toBe(2);
    out = '';
    expect(await runCli(['import-quality', '--split', 'fixtures'], cli, '0.0.0')).toBe(0);
    expect(out).toMatch(/== fixtures: 10 annotated texts ==/);
    expect(out).toMatch(/^quote speakers\s+30\s+30\s+30/m);
    expect(await runCli(['import-quality', '--split', 'nope'], cli, '0.0.0')).toBe(2);
    // The test split (never tuned on) gives its totals, never what --verbose and --steps would show of its texts.
    out = '';
    expect(await runCli(['import-quality', '--split', 'test', '--verbose', '--steps'], cli, '0.0.0')).toBe(0);
    expect(out).toMatch(/== test: \d+ annotated texts ==/);
    expect(out).toMatch(/^quote speakers\s+\d+/m);
    expect(out).toContain('the test split is never tuned on: totals only');
    expect(out).not.toMatch(/speaker step|MISSED|EXTRA|WRONG/);
    // A directory of its own (a batch not yet in the corpus), with the speakers per resolver step.
    out = '';
    expect(await runCli(['import-quality', '--dir', SET, '--steps'], cli, '0.0.0')).toBe(0);
    expect(out).toMatch(/== .*explainers: 10 annotated texts ==/);
    const rows = out
      .slice(out.indexOf('speaker step'))
      .split('\n')
      .slice(1)
      .filter((l) => /^\S+\s+\d+\s+\d+\s+\d+$/.test(l))
      .map((l) => l.split(/\s+/));
    // The steps' right and wrong add up to the speakers line (27 of 27 named right, none wrong).
    const [, right, named] = /^speakers: (\d+)\/(\d+)/m.exec(out)!;
    expect([rows.reduce((a, r) => a + Number(r[1]), 0), rows.reduce((a, r) => a + Number(r[2]), 0)]).toEqual([Number(right), 0]);
    expect(Number(named)).toBe(27);
  });

  it('import-quality scores the texts it can read and lists, on stderr and by exit code 1, a text the importer refuses', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quality-refused-'));
    try {
      const first = fs
        .readdirSync(SET)
        .filter((f) => /^\d.*\.txt$/.test(f))
        .sort()[0]
        .replace(/\.txt$/, '');
      fs.copyFileSync(path.join(SET, `${first}.txt`), path.join(dir, 'a.txt'));
      fs.copyFileSync(path.join(SET, `${first}.expected.json`), path.join(dir, 'a.expected.json'));
      fs.writeFileSync(path.join(dir, 'b.txt'), 'binary \u0000 bytes');
      fs.copyFileSync(path.join(SET, `${first}.expected.json`), path.join(dir, 'b.expected.json'));
      let out = '';
      let err = '';
      const cli = { out: (x: string) => (out += x), err: (x: string) => (err += x), isTTY: false };
      expect(await runCli(['import-quality', '--dir', dir], cli, '0.0.0')).toBe(1);
      expect(out).toMatch(/: 1 annotated texts ==/);
      expect(err).toMatch(/refused: .*: b: the explainer text looks binary/);
      expect(err).toContain('error: the importer refused 1 text(s), left out of the scores above');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

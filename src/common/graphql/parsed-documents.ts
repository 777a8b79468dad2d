// The parsed document of a request's query text, for the HTTP layer's looks at a request before it runs (is it a
// mutation, which root fields does it name: http/operation-kind.ts, modules/idempotency). A keyed write asked four
// parses of the same text of each request; the same texts come back request after request, so the documents are
// kept, without locations (nothing here reads them; a document with them holds a token object per token).
// Bounded, as anyone may send any text: a text longer than MAX_TEXT is parsed every time and not kept, and the texts
// kept add up to at most MAX_KEPT_CHARS (the oldest go first). A text that does not parse is not kept (it throws as
// graphql-js's parse does). The documents are shared: nothing may change them (graphql-js's functions never do).
import { parse, type DocumentNode } from 'graphql';

const MAX_TEXT = 8 * 1024;
const MAX_KEPT_CHARS = 256 * 1024;
const documents = new Map<string, DocumentNode>();
let keptChars = 0;

/** `parse(query)` without locations, the same DocumentNode for the same text while it is kept. */
export function parsedDocument(query: string): DocumentNode {
  const known = documents.get(query);
  if (known) return known;
  const doc = parse(query, { noLocation: true });
  if (query.length <= MAX_TEXT) {
    while (keptChars + query.length > MAX_KEPT_CHARS) {
      const oldest = documents.keys().next().value as string;
      documents.delete(oldest);
      keptChars -= oldest.length;
    }
    documents.set(query, doc);
    keptChars += query.length;
  }
  return doc;
}

/** How many documents are kept, and their texts' length in all (tests). */
export function keptDocuments(): { count: number; chars: number } {
  return { count: documents.size, chars: keptChars };
}

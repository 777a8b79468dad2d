// The parsed document of a request's query text, for the HTTP layer's looks at a request before it runs (is it a
// mutation, which root fields does it name: http/operation-kind.ts, modules/idempotency). A keyed write asked four
// parses of the same text of each request; the same texts come back request after request, so the documents are
// kept. Bounded: texts longer than MAX_TEXT are parsed every time, and at most MAX_ENTRIES are kept (the oldest
// goes first). A text that does not parse is not kept (it throws as graphql-js's parse does).
// The documents are shared: nothing may change them (graphql-js's functions never do).
import { parse, type DocumentNode } from 'graphql';

const MAX_ENTRIES = 200;
const MAX_TEXT = 16 * 1024;
const documents = new Map<string, DocumentNode>();

/** `parse(query)`, the same DocumentNode for the same text while it is kept. */
export function parsedDocument(query: string): DocumentNode {
  const known = documents.get(query);
  if (known) return known;
  const doc = parse(query);
  if (query.length <= MAX_TEXT) {
    if (documents.size >= MAX_ENTRIES) documents.delete(documents.keys().next().value as string);
    documents.set(query, doc);
  }
  return doc;
}

/** How many documents are kept (tests). */
export function keptDocuments(): number {
  return documents.size;
}

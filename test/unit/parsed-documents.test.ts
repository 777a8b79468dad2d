// The HTTP layer's parse cache (src/common/graphql/parsed-documents.ts): the same document for the same text, parse
// errors as graphql-js gives them, and bounded (no text over 8 KB kept, the kept texts at most 256 K characters).
import { GraphQLError, print } from 'graphql';
import { keptDocuments, parsedDocument } from '../../src/common/graphql/parsed-documents';
import { isMutation } from '../../src/http/operation-kind';
import { rootFields } from '../../src/modules/idempotency/idempotency.service';

describe('parsedDocument', () => {
  it('answers the same document for the same text, equal to a fresh parse', () => {
    const q = 'mutation M($id: ID!) { a: updateSection(sectionId: $id, expectedVersion: 1, patch: { body: "x" }) { version } }';
    const first = parsedDocument(q);
    expect(parsedDocument(q)).toBe(first);
    expect(print(first)).toContain('a: updateSection');
  });

  it('throws graphql-js syntax errors and keeps nothing for them', () => {
    const before = keptDocuments();
    expect(() => parsedDocument('query {')).toThrow(GraphQLError);
    expect(keptDocuments()).toEqual(before);
  });

  it('parses a text over 8 KB every time without keeping it', () => {
    const q = `query { ${Array.from({ length: 700 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    expect(q.length).toBeGreaterThan(8 * 1024);
    const before = keptDocuments();
    const a = parsedDocument(q);
    expect(parsedDocument(q)).not.toBe(a);
    expect(keptDocuments()).toEqual(before);
  });

  it('keeps texts of at most 256 K characters in all, dropping the oldest first', () => {
    const text = (i: number) => `query Q${String(i).padStart(4, '0')} { ${'a: __typename '.repeat(560)}}`; // ~7.9 KB each
    const first = parsedDocument(text(0));
    for (let i = 1; i <= 60; i++) parsedDocument(text(i));
    const kept = keptDocuments();
    expect(kept.chars).toBeLessThanOrEqual(256 * 1024);
    expect(kept.count).toBe(Math.floor((256 * 1024) / text(0).length));
    expect(parsedDocument(text(60))).toBe(parsedDocument(text(60)));
    expect(parsedDocument(text(0))).not.toBe(first);
  });

  it('keeps no locations (a kept document holds no token list)', () => {
    expect(parsedDocument('query L { __typename }').loc).toBeUndefined();
  });

  it('serves the HTTP layer: mutation and root fields read from one kept parse', () => {
    const body = { query: 'mutation { createApiKey(name: "x", role: EDITOR) { key } ...F } fragment F on Mutation { revokeApiKey(id: "1") }' };
    expect(isMutation(body)).toBe(true);
    expect(rootFields(body)).toEqual(['createApiKey', 'revokeApiKey']);
    expect(isMutation({ query: '{ __typename }' })).toBe(false);
    expect(rootFields({ query: 'query {' })).toEqual([]);
  });
});

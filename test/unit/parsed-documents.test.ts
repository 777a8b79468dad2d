// The HTTP layer's parse cache (src/common/graphql/parsed-documents.ts): the same document for the same text, parse
// errors as graphql-js gives them, and bounded (no text over 16 KB kept, at most 200 documents).
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
    expect(keptDocuments()).toBe(before);
  });

  it('parses a text over 16 KB every time without keeping it', () => {
    const q = `query { ${Array.from({ length: 1500 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    expect(q.length).toBeGreaterThan(16 * 1024);
    const before = keptDocuments();
    const a = parsedDocument(q);
    expect(parsedDocument(q)).not.toBe(a);
    expect(keptDocuments()).toBe(before);
  });

  it('keeps at most 200 documents, dropping the oldest first', () => {
    const first = parsedDocument('query Q0 { __typename }');
    for (let i = 1; i <= 250; i++) parsedDocument(`query Q${i} { __typename }`);
    expect(keptDocuments()).toBe(200);
    expect(parsedDocument('query Q250 { __typename }')).toBe(parsedDocument('query Q250 { __typename }'));
    expect(parsedDocument('query Q0 { __typename }')).not.toBe(first);
  });

  it('serves the HTTP layer: mutation and root fields read from one kept parse', () => {
    const body = { query: 'mutation { createApiKey(name: "x", role: EDITOR) { key } ...F } fragment F on Mutation { revokeApiKey(id: "1") }' };
    expect(isMutation(body)).toBe(true);
    expect(rootFields(body)).toEqual(['createApiKey', 'revokeApiKey']);
    expect(isMutation({ query: '{ __typename }' })).toBe(false);
    expect(rootFields({ query: 'query {' })).toEqual([]);
  });
});

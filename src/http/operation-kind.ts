// What kind of operation a JSON request body holds, read without executing it.
import { getOperationAST } from 'graphql';
import { parsedDocument } from '../common/graphql/parsed-documents';

/** Whether a JSON request body holds a mutation (what Idempotency-Key applies to). */
export function isMutation(body: unknown): boolean {
  const b = body as { query?: unknown; operationName?: unknown } | undefined;
  if (!b || typeof b.query !== 'string') return false;
  try {
    const op = getOperationAST(parsedDocument(b.query), typeof b.operationName === 'string' ? b.operationName : undefined);
    return op?.operation === 'mutation';
  } catch {
    return false;
  }
}

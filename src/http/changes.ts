// GET /changes?after=&first=: the changes feed as plain JSON, for consumers that do not speak GraphQL. The same
// service and visibility as Query.changes; never cached (an answer may grow without any write to announce it).
// Rate-limited as an anonymous read (the gate): a consumer polling in a tight loop gets 429 with Retry-After.
import type { DataSource } from 'typeorm';
import { createContext } from '../context';
import { AppError, BadUserInputError } from '../common/errors';
import { changeService } from '../modules/changes/change.service';
import type { Gate } from './gate';
import { admitAnonymousRead, HttpError, sendError, sendJson } from './http-error';
import type http from 'node:http';
import type { RequestScope } from '../common/request-scope';
import { requestManager } from '../db/request-manager';

function firstOf(url: URL): number | null {
  const raw = url.searchParams.get('first');
  if (raw === null || raw === '') return null;
  if (!/^\d{1,6}$/.test(raw)) throw new BadUserInputError('first: a whole number', { argument: 'first' });
  return Number(raw);
}

export function changesEndpoint(
  dataSource: DataSource,
  gate: Gate,
): (req: http.IncomingMessage, res: http.ServerResponse, url: URL, scope: RequestScope) => Promise<number> {
  return async (req, res, url, scope) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, new HttpError(405, 'METHOD_NOT_ALLOWED', 'GET /changes?after=<cursor>&first=<n>', {}, { allow: 'GET, HEAD' }));
      return 405;
    }
    // Everyone reads the feed as a reader does (published articles only).
    await admitAnonymousRead(gate, req);
    try {
      const page = await changeService.page(createContext(dataSource, { scope, db: requestManager(dataSource, scope) }), {
        after: url.searchParams.get('after') || null,
        first: firstOf(url),
      });
      sendJson(res, 200, page, { 'cache-control': 'no-store' });
      return 200;
    } catch (err) {
      if (err instanceof AppError && err.code === 'BAD_USER_INPUT') {
        sendError(res, new HttpError(400, err.code, err.message, err.details));
        return 400;
      }
      throw err;
    }
  };
}

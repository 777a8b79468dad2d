// Who may do what: readers (no key) read published content; EDITOR writes and sees drafts; ADMIN also manages keys.
import type { Context } from '../../context';
import { ForbiddenError } from '../../common/errors';

const RANK = { READER: 0, EDITOR: 1, ADMIN: 2 } as const;

export function requireRole(ctx: Context, role: 'EDITOR' | 'ADMIN', what: string): void {
  if (RANK[ctx.viewer.role] < RANK[role]) {
    throw new ForbiddenError(`${what} needs an API key with the ${role} role`, { requiredRole: role });
  }
}

/** The key of an `Authorization: Bearer <key>` header; undefined when there is none, null when it is malformed. */
export function bearerKey(header: string | undefined): string | null | undefined {
  if (header === undefined || header === '') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}

/** type-graphql's authChecker: `@Authorized('EDITOR')` refuses before arguments are even validated. */
export const authChecker = ({ context, info }: { context: Context; info: { parentType: { name: string }; fieldName: string } }, roles: string[]): boolean => {
  const role = roles.includes('ADMIN') ? 'ADMIN' : 'EDITOR';
  const what = info.parentType.name === 'Mutation' || info.parentType.name === 'Query' ? info.fieldName : `${info.parentType.name}.${info.fieldName}`;
  requireRole(context, role, what);
  return true;
};

// Global ids taken as arguments: decoded, and refused with BAD_USER_INPUT when of another type.
import { BadUserInputError } from './errors';
import { fromGlobalId, type NodeType } from './node';

export function idOf(globalId: string, type: NodeType, argument: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw new BadUserInputError(`${argument}: not the id of a ${type}`, { argument });
  }
  return decoded.id;
}

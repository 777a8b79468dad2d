// `changeNote` on every write of an article: one optional argument added to each Mutation field that returns an
// Article (or a payload with an `article`), and deleteArticle, here rather than in each resolver, so that no
// write (those of every feature folder, present and future) is left without it. The wrapper checks it and puts
// it on the request context, where the write path (versionedWrite, createArticle, createPending) hands it to the
// revision and the published version (Article.updates).
import { GraphQLString, getNamedType, isObjectType, type GraphQLArgument, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { BadUserInputError } from '../../common/errors';

export const CHANGE_NOTE_MAX = 500;
const EXTRA_WRITES = new Set(['deleteArticle', 'importExplainer']);

function writesArticle(type: ReturnType<typeof getNamedType>): boolean {
  if (!isObjectType(type)) return false;
  if (type.name === 'Article') return true;
  const article = type.getFields().article;
  return article !== undefined && getNamedType(article.type).name === 'Article';
}

/** The note as stored: trimmed, null when blank; BAD_USER_INPUT when longer than CHANGE_NOTE_MAX. */
export function changeNoteOf(value: unknown): string | null {
  if (value == null) return null;
  const note = String(value).trim();
  if (note.length > CHANGE_NOTE_MAX) throw new BadUserInputError(`changeNote: at most ${CHANGE_NOTE_MAX} characters`, { argument: 'changeNote' });
  return note.length > 0 ? note : null;
}

export function addChangeNoteArgument(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    if (!EXTRA_WRITES.has(field.name) && !writesArticle(getNamedType(field.type))) continue;
    if (field.args.some((a) => a.name === 'changeNote')) continue;
    (field.args as GraphQLArgument[]).push({
      name: 'changeNote',
      description: `The editor's note on this change, shown to readers in Article.updates when it is published (at most ${CHANGE_NOTE_MAX} characters).`,
      type: GraphQLString,
      defaultValue: undefined,
      deprecationReason: undefined,
      extensions: {},
      astNode: undefined,
    });
    const resolve = field.resolve;
    if (!resolve) continue;
    const withNote: GraphQLFieldResolver<unknown, { changeNote?: string | null }> = (root, args, ctx, info) => {
      const { changeNote, ...rest } = args as Record<string, unknown>;
      ctx.changeNote = changeNoteOf(changeNote);
      return resolve(root, rest, ctx, info);
    };
    field.resolve = withNote as typeof field.resolve;
  }
}

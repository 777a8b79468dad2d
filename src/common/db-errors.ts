// Turns constraint violations that a client caused into coded input errors; anything else stays unexpected.
import { BadUserInputError } from './errors';

const UNIQUE: Record<string, { field: string; message: string }> = {
  UQ_article_slug: { field: 'slug', message: 'an article with this slug exists already' },
  UQ_section_article_key: { field: 'key', message: 'the article has a section with this key already' },
};

export function mapDbError(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  if (code === '23505' && constraint && UNIQUE[constraint]) {
    const { field, message } = UNIQUE[constraint];
    return new BadUserInputError(`${field}: ${message}`, { field });
  }
  return err;
}

// The `npm run import` command, testable without a process: arguments in, exit code out (0 ok, 1 some file
// failed, 2 usage). The database is opened only when something is to be written.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { AppError, BadUserInputError } from '../../common/errors';
import { ArticleStatus } from '../../importer/vocabulary';
import type { ExplainerDraft } from '../../importer/types';
import { MAX_TEXT_BYTES } from '../../importer/layout';
import { INPUT_FORMATS, type InputFormat } from '../../importer/blocks';
import { Command } from 'commander';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { announceWrites } from '../../modules/live/announce-writes';
import { createLogger } from '../../common/logger';
import type { CliIo } from '../io';
import { parseExplainer } from '../../importer/parse-explainer';
import { draftToInput, importDraft, type ImportOutcome } from '../../modules/importer/importer.service';

export const USAGE = 'usage: npm run import -- <file-or-directory> [--format text|markdown|html] [--slug s] [--headline h] [--publish] [--dry-run]';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Opens the database when the command writes; closed by the command. */
  openDatabase: () => Promise<{ dataSource: DataSource; close: () => Promise<void> }>;
  /** Where the progress bar draws; none in tests. */
  progress?: NodeJS.WritableStream;
  now?: () => Date;
}

/** Reads a file as explainer text: refuses what is too large or binary before decoding it. */
export function readExplainerFile(file: string): string {
  const { size } = fs.statSync(file);
  if (size > MAX_TEXT_BYTES) throw new BadUserInputError(`${size} bytes; the limit is 1 MB (${MAX_TEXT_BYTES} bytes)`, { reason: 'TOO_LARGE', bytes: size });
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new BadUserInputError('the file is binary (it holds NUL bytes)', { reason: 'BINARY' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadUserInputError('the file is not UTF-8 text', { reason: 'BINARY' });
  }
}

interface Result {
  file: string;
  outcome?: ImportOutcome | { status: 'parsed'; slug: string };
  error?: string;
  draft?: ExplainerDraft;
}

export async function runImport(argv: string[], io: CommandIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        headline: { type: 'string' },
        publish: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.format !== undefined && !INPUT_FORMATS.includes(values.format as InputFormat)) {
    io.err(`--format: one of ${INPUT_FORMATS.join(', ')}\n${USAGE}`);
    return 2;
  }
  if (positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const target = path.resolve(positionals[0]);
  if (!fs.existsSync(target)) {
    io.err(`no such file or directory: ${positionals[0]}\n${USAGE}`);
    return 2;
  }
  const isDir = fs.statSync(target).isDirectory();
  const files = isDir
    ? fs
        .readdirSync(target)
        .filter((f) => /\.(txt|md|markdown|html?)$/i.test(f) && !/^readme\./i.test(f) && fs.statSync(path.join(target, f)).isFile())
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  if (isDir && (values.slug || values.headline)) {
    io.err(`--slug and --headline name one article: give a file, not a directory\n${USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`no .txt, .md or .html file in ${positionals[0]}`);
    return 2;
  }

  const now = io.now?.() ?? new Date();
  const dryRun = values['dry-run'];
  const results: Result[] = [];
  let db: { dataSource: DataSource; close: () => Promise<void> } | null = null;
  const bar =
    isDir && io.progress
      ? new SingleBar({ stream: io.progress, format: 'importing [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });
  try {
    for (const file of files) {
      const name = path.relative(process.cwd(), file) || file;
      bar?.update({ file: path.basename(file) });
      try {
        const draft = parseExplainer(readExplainerFile(file), {
          slug: values.slug,
          headline: values.headline,
          status: values.publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT,
          publishedAt: values.publish ? now.toISOString() : null,
          referenceDate: now,
          // A directory mixes formats: each file's own extension or content decides.
          format: (values.format as InputFormat | undefined) ?? formatOfFile(file),
        });
        if (dryRun) {
          results.push({ file: name, outcome: { status: 'parsed', slug: draft.slug }, draft });
        } else {
          db ??= await io.openDatabase();
          results.push({ file: name, outcome: await importDraft({ db: db.dataSource.manager }, draft, { expectedVersion: 'any' }) });
        }
      } catch (e) {
        const reason = e instanceof AppError ? `${e.code}${e.details.reason ? ` (${e.details.reason})` : ''}: ${e.message}` : (e as Error).message;
        results.push({ file: name, error: reason });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await db?.close();
  }

  if (dryRun) {
    const drafts = results.map((r) =>
      r.draft ? { file: r.file, ...draftToInput(r.draft), meta: r.draft.meta, warnings: r.draft.warnings } : { file: r.file, error: r.error },
    );
    io.out(JSON.stringify(isDir ? drafts : drafts[0], null, 2));
  }
  let failed = 0;
  const counts = { imported: 0, updated: 0, unchanged: 0, parsed: 0, failed: 0 };
  for (const r of results) {
    if (r.error) {
      failed++;
      counts.failed++;
      io.err(`FAILED     ${r.file}: ${r.error}`);
      continue;
    }
    const o = r.outcome!;
    counts[o.status]++;
    if (!dryRun) io.err(`${o.status.toUpperCase().padEnd(10)} ${r.file} -> ${o.slug}`);
  }
  const summary = dryRun
    ? `${results.length} file(s): ${counts.parsed} parsed, ${counts.failed} failed (dry run: nothing written)`
    : `${results.length} file(s): ${counts.imported} imported, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`;
  io.err(summary);
  return failed > 0 ? 1 : 0;
}

/** .html / .htm are HTML; .md is Markdown when it holds what only a Markdown parser reads (links), else the text layout. */
function formatOfFile(file: string): InputFormat | undefined {
  if (/\.html?$/i.test(file)) return 'html';
  return undefined;
}

/** `explainer-api import <file-or-directory> [...]`: runImport with the configured database. */
export function importCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('import')
    .description('import explainer texts (plain text, Markdown or HTML) from a file or a directory; --dry-run prints the drafts')
    .argument('[args...]', USAGE.replace('usage: npm run import -- ', ''))
    .allowUnknownOption()
    .helpOption('-h, --help')
    .action(async (argv: string[]) => {
      const code = await runImport(argv, {
        out: (line) => io.out(`${line}\n`),
        err: (line) => io.err(`${line}\n`),
        progress: io.isTTY ? process.stderr : undefined,
        openDatabase: async () => {
          const config = loadConfig(io.env);
          const db = await openDatabase(config, (m) => io.err(`${m}\n`));
          await db.dataSource.runMigrations({ transaction: 'each' });
          // Running instances hear of the imported articles (cache invalidation, subscriptions, webhook wake-ups).
          const logger = createLogger({ ...config, logLevel: config.logLevel === 'silent' ? 'silent' : 'warn' }, { write: (line: string) => io.err(line) });
          const announcer = announceWrites(config, db.dataSource, logger);
          return { ...db, close: async () => (await announcer.close(), await db.close()) };
        },
      });
      exit(code);
    });
}

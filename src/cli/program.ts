// The `explainer-api` command line: subcommands, help, and exit codes (0 done, 1 failed, 2 wrong usage).
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import type { CliIo } from './io';
import { migrateCommand } from './commands/migrate.command';
import { seedCommand } from './commands/seed.command';
import { schemaCommand } from './commands/schema.command';
import { apikeyCommand } from './commands/apikey.command';
import { importCommand } from './commands/import.command';
import { importQualityCommand } from './commands/import-quality.command';
import { importTrainCommand } from './commands/import-train.command';

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

export function createProgram(io: CliIo, version: string): Command {
  const program = new Command('explainer-api')
    .description('Operate explainer-api: migrations, seed data, schema, API keys. Settings come from the environment (see docs/configuration.md).')
    .version(version)
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  // `import` reports its own exit code (1: some file failed, 2: usage), kept in `importExit`.
  const importExit = (code: number) => {
    if (code !== 0) throw new CommanderError(code, 'explainer.import', '');
  };
  for (const command of [
    migrateCommand(io),
    seedCommand(io),
    schemaCommand(io),
    apikeyCommand(io),
    importCommand(io, importExit),
    importQualityCommand(io),
    importTrainCommand(io),
  ]) {
    program.addCommand(command);
  }
  // Subcommands inherit neither output nor exitOverride from a parent added later: set them on every level.
  const configure = (c: Command) => {
    c.configureOutput({ writeOut: io.out, writeErr: io.err }).exitOverride().showHelpAfterError('(add --help for usage)');
    c.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  const program = createProgram(io, version);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.OK;
      if (err.code === 'explainer.import') return err.exitCode;
      // commander printed its own usage errors; ours (UsageError) are printed here.
      if (err.code === 'explainer.usage') io.err(`${err.message}\n`);
      return EXIT.USAGE;
    }
    if (err instanceof ConfigError) {
      io.err(`error: ${err.message}\n`);
      return EXIT.USAGE;
    }
    // Errors from pg and node may come from another realm (jest): read the message, not the class.
    const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
    io.err(`error: ${message}\n`);
    return EXIT.FAILED;
  }
}

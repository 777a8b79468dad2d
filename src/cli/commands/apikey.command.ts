// `explainer-api apikey create --name cms --role editor` (prints the key once) | `list` | `revoke <id-or-name>`.
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../config';
import { openDatabase, type Database } from '../../db/database';
import { Role } from '../../modules/auth/api-key.entity';
import { apiKeyService } from '../../modules/auth/api-key.service';
import { announceWrites } from '../../modules/live/announce-writes';
import { createLogger } from '../../common/logger';
import type { CliIo } from '../io';

function role(value: string): Role {
  const r = value.toUpperCase();
  if (r !== Role.EDITOR && r !== Role.ADMIN) throw new InvalidArgumentError('editor or admin');
  return r as Role;
}

export function apikeyCommand(io: CliIo): Command {
  const withDb = async <T>(fn: (db: Database) => Promise<T>): Promise<T> => {
    const config = loadConfig(io.env);
    const db = await openDatabase(config, () => undefined);
    // A revocation reaches running instances (they close the key's WebSockets) with the redis transport too.
    const logger = createLogger({ ...config, logLevel: config.logLevel === 'silent' ? 'silent' : 'warn' }, { write: (line: string) => io.err(line) });
    const announcer = announceWrites(config, db.dataSource, logger);
    try {
      await db.dataSource.runMigrations({ transaction: 'each' });
      return await fn(db);
    } finally {
      await announcer.close();
      await db.close();
    }
  };
  const command = new Command('apikey').description('manage API keys (stored hashed; a key is shown once, at creation)');
  command
    .command('create')
    .description('create a key and print it once')
    .requiredOption('--name <name>', 'who uses the key, e.g. cms')
    .requiredOption('--role <role>', 'editor or admin', role)
    .action(async (opts: { name: string; role: Role }) => {
      const { key, apiKey } = await withDb((db) => apiKeyService.create({ db: db.dataSource.manager }, opts.name, opts.role));
      io.err(`created ${apiKey.role} key "${apiKey.name}" (${apiKey.id}); it is shown this once:\n`);
      io.out(`${key}\n`);
    });
  command
    .command('list')
    .description('list keys (never the keys themselves)')
    .action(async () => {
      const keys = await withDb((db) => apiKeyService.list({ db: db.dataSource.manager }));
      if (keys.length === 0) return io.out('no API keys\n');
      const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : '-');
      io.out(`${['name', 'role', 'prefix', 'created', 'last used', 'revoked'].join('\t')}\n`);
      for (const k of keys) io.out(`${[k.name, k.role, `${k.prefix}…`, iso(k.createdAt), iso(k.lastUsedAt), iso(k.revokedAt)].join('\t')}\n`);
    });
  command
    .command('revoke')
    .description('revoke a key by id or name')
    .argument('<id-or-name>')
    .action(async (idOrName: string) => {
      const k = await withDb((db) => apiKeyService.revoke({ db: db.dataSource.manager }, idOrName));
      io.out(`revoked "${k.name}" at ${new Date(k.revokedAt!).toISOString()}\n`);
    });
  return command;
}

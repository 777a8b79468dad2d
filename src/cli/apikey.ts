// `npm run apikey -- create --name cms --role editor` (prints the key once) | `list` | `revoke <id-or-name>`.
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { AppError } from '../common/errors';
import { Role } from '../modules/auth/api-key.entity';
import { apiKeyService } from '../modules/auth/api-key.service';

async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig(), () => undefined);
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    return await fn(db);
  } finally {
    await db.close();
  }
}

function role(value: string): Role {
  const r = value.toUpperCase();
  if (r !== Role.EDITOR && r !== Role.ADMIN) throw new InvalidArgumentError('editor or admin');
  return r as Role;
}

const program = new Command('apikey').description('Manage API keys (stored hashed; a key is shown once, at creation).');
program.exitOverride();

program
  .command('create')
  .description('create a key and print it once')
  .requiredOption('--name <name>', 'who uses the key, e.g. cms')
  .requiredOption('--role <role>', 'editor or admin', role)
  .action(async (opts: { name: string; role: Role }) => {
    const { key, apiKey } = await withDb((db) => apiKeyService.create(db.dataSource.manager, opts.name, opts.role));
    console.error(`created ${apiKey.role} key "${apiKey.name}" (${apiKey.id}); it is shown this once:`);
    console.log(key);
  });

program
  .command('list')
  .description('list keys (never the keys themselves)')
  .action(async () => {
    const keys = await withDb((db) => apiKeyService.list(db.dataSource.manager));
    const rows = keys.map((k) => ({
      name: k.name,
      role: k.role,
      prefix: `${k.prefix}…`,
      created: new Date(k.createdAt).toISOString(),
      lastUsed: k.lastUsedAt ? new Date(k.lastUsedAt).toISOString() : '-',
      revoked: k.revokedAt ? new Date(k.revokedAt).toISOString() : '-',
    }));
    if (rows.length === 0) console.log('no API keys');
    else console.table(rows);
  });

program
  .command('revoke')
  .description('revoke a key by id or name')
  .argument('<id-or-name>')
  .action(async (idOrName: string) => {
    const k = await withDb((db) => apiKeyService.revoke(db.dataSource.manager, idOrName));
    console.log(`revoked "${k.name}" at ${new Date(k.revokedAt!).toISOString()}`);
  });

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (err: unknown) => {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) process.exit(e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2);
    console.error(`apikey: ${err instanceof AppError ? err.message : (e.message ?? String(err))}`);
    process.exit(1);
  },
);

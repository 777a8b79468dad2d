// `explainer-api` as an operator runs it: migrate, seed and schema on a real database, usage errors and exit codes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runCli } from '../../../src/cli/program';
import { printSortedSchema } from '../../../src/schema';
import { apiKeyService } from '../../../src/modules/auth/api-key.service';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { createTestDatabase, urlFor, type TestDatabase } from '../../setup/test-app';

const ROOT = path.resolve(__dirname, '..', '..', '..');

async function cli(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false, env: { NODE_ENV: 'test', ...env } }, '9.9.9');
  return { code, out, err };
}

describe('explainer-api (in process)', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    await db.ds.destroy(); // the CLI opens its own connections
    env = { DATABASE_URL: urlFor(db.name) };
  });
  afterAll(() => db.drop());

  const tables = async () => {
    const c = new Client({ connectionString: env.DATABASE_URL });
    await c.connect();
    try {
      const r = await c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      return r.rows.map((x) => x.table_name as string);
    } finally {
      await c.end();
    }
  };

  it('migrate run applies the migrations, seed loads the explainer once, migrate revert undoes the last migration', async () => {
    const run = await cli(['migrate', 'run'], env);
    expect([run.code, run.out]).toEqual([0, expect.stringMatching(/^applied \d+ migration\(s\)\n {2}Initial\d+\n( {2}\w+\d+\n)*$/)]);
    expect(await tables()).toEqual(expect.arrayContaining(['article', 'section', 'quote', 'reaction', 'migrations']));
    expect((await cli(['migrate', 'run'], env)).out).toBe('applied 0 migration(s)\n');

    const first = await cli(['seed'], env);
    expect([first.code, first.out]).toEqual([0, `${JSON.stringify({ fixture: 'armenia-azerbaijan', inserted: [seed.slug], skipped: [] })}\n`]);
    expect(first.err).toContain('seed 1/1 armenia-azerbaijan');
    const again = await cli(['seed', '--all'], env);
    expect([again.code, again.out]).toEqual([0, `${JSON.stringify({ fixture: 'armenia-azerbaijan', inserted: [], skipped: [seed.slug] })}\n`]);

    // each revert undoes the newest migration; all of them leave only the migrations table
    const applied = run.out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
    for (const name of [...applied].reverse()) {
      const revert = await cli(['migrate', 'revert'], env);
      expect([revert.code, revert.out]).toEqual([0, `reverted ${name}\n`]);
    }
    // typeorm_metadata is TypeORM's own record of generated columns (the search migration), like `migrations`
    expect((await tables()).filter((n) => n !== 'typeorm_metadata')).toEqual(['migrations']);
    expect((await cli(['migrate', 'revert'], env)).out).toBe('no migration to revert\n');
  });

  it('apikey create prints a working key once; list never shows it; revoke makes it refused', async () => {
    const created = await cli(['apikey', 'create', '--name', 'cms', '--role', 'editor'], env);
    expect(created.code).toBe(0);
    const key = created.out.trim();
    expect(key).toMatch(/^exk_[A-Za-z0-9_-]{43}$/);
    expect(created.err).toContain('created EDITOR key "cms"');
    const c = new Client({ connectionString: env.DATABASE_URL });
    await c.connect();
    try {
      const { authenticate } = apiKeyService;
      const session = { db: { query: (q: string, p: unknown[]) => c.query(q, p).then((r) => r.rows) } } as never;
      expect(await authenticate(session, key)).toMatchObject({ role: 'EDITOR', keyName: 'cms' });
      const list = await cli(['apikey', 'list'], env);
      expect(list.out).toContain('cms\tEDITOR');
      expect(list.out).not.toContain(key);
      expect((await cli(['apikey', 'create', '--name', 'cms', '--role', 'admin'], env)).code).toBe(1);
      expect((await cli(['apikey', 'create', '--name', 'x', '--role', 'boss'], env)).code).toBe(2);
      expect((await cli(['apikey', 'revoke', 'cms'], env)).out).toMatch(/^revoked "cms" at /);
      expect(await authenticate(session, key)).toBeNull();
      expect((await cli(['apikey', 'revoke', 'nobody'], env)).code).toBe(1);
    } finally {
      await c.end();
    }
  });

  it('prints the schema and help; exit code 2 for wrong usage', async () => {
    expect(await cli(['schema', 'print'])).toEqual({ code: 0, out: printSortedSchema(), err: '' });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['migrate', 'seed', 'schema']) expect(help.out).toContain(`\n  ${c}`);
    expect((await cli(['seed', '--help'])).out).toContain('--all');

    const cases: [string[], string][] = [
      [['seed', 'nope'], 'error: unknown fixture set "nope"; known: armenia-azerbaijan'],
      [['migrate', 'generate', 'lower_case'], 'error: migration name "lower_case" is not PascalCase'],
      [['migrate', 'generate'], "error: missing required argument 'Name'"],
      [['frobnicate'], "error: unknown command 'frobnicate'"],
      [['seed', '--fast'], "error: unknown option '--fast'"],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, env);
      expect([argv, r.code, r.err]).toEqual([argv, 2, expect.stringContaining(message)]);
    }
    const badConfig = await cli(['seed'], { DB_POOL_SIZE: 'many' });
    expect([badConfig.code, badConfig.err]).toEqual([2, expect.stringContaining('DB_POOL_SIZE')]);
  });

  it('fails with exit code 1 and a one-line error when the database cannot be reached', async () => {
    const r = await cli(['migrate', 'run'], { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none' });
    expect([r.code, r.err.trim()]).toEqual([
      1,
      'error: cannot reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED): start it, or fix the host and port in DATABASE_URL',
    ]);
  });
});

describe('the bin', () => {
  it('runs as a process: no command prints the help to stderr with exit code 2; --version prints the package version', () => {
    const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const bare = spawnSync(process.execPath, [tsx, 'src/cli/index.ts'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect([bare.status, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toContain('Usage: explainer-api [options] [command]');
    const version = spawnSync(process.execPath, [tsx, 'src/cli/index.ts', '--version'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect([version.status, version.stdout.trim()]).toEqual([0, require('../../../package.json').version]);
  });

  it('writes its whole output to a pipe before it exits (hundreds of KB of import-quality --verbose)', async () => {
    // 80 copies of a hand-written explainer annotated as holding nothing: every heading, quote and citation found is
    // printed as extra, a few hundred KB in all.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-pipe-'));
    const fixtures = path.join(ROOT, 'test', 'fixtures', 'explainers');
    const text = fs.readFileSync(
      path.join(
        fixtures,
        fs
          .readdirSync(fixtures)
          .filter((f) => f.endsWith('.txt'))
          .sort()[0],
      ),
      'utf8',
    );
    const nothing = { headline: null, eventDate: null, headings: [], quotes: [], citations: [], sources: [], reactions: [], contestedFigures: [] };
    for (let i = 0; i < 80; i++) {
      fs.writeFileSync(path.join(dir, `t${i}.txt`), text);
      fs.writeFileSync(path.join(dir, `t${i}.expected.json`), JSON.stringify(nothing));
    }
    try {
      const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const argv = ['import-quality', '--dir', dir, '--verbose'];
      const piped = spawnSync(process.execPath, [tsx, 'src/cli/index.ts', ...argv], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { PATH: process.env.PATH },
      });
      const inProcess = await cli(argv);
      expect(inProcess.out.length).toBeGreaterThan(128 * 1024); // more than a pipe holds
      // The same text but for the timings of the speed line.
      const untimed = (s: string) => s.replace(/^speed: .*$/gm, 'speed');
      expect(piped.status).toBe(0);
      expect(untimed(piped.stdout)).toBe(untimed(inProcess.out));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

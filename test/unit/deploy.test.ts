// There is no Docker engine here: these read docker-compose.yml and the Dockerfile and check them against the code
// they start (the CLI's commands, the build output, the config's variables). The start-up sequence itself runs
// against a real PostgreSQL server in test/e2e/db/external-postgres.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { createProgram } from '../../src/cli/program';
import { loadConfig } from '../../src/config';
import pkg from '../../package.json';
import lock from '../../package-lock.json';

const ROOT = path.resolve(__dirname, '..', '..');
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const services = compose.services;

describe('docker-compose.yml', () => {
  it("runs PostgreSQL 16 with a volume and a health check over TCP (not the init server's Unix socket)", () => {
    expect(services.postgres.image).toBe('postgres:16');
    expect(services.postgres.volumes).toEqual(['pgdata:/var/lib/postgresql/data']);
    const [kind, command] = services.postgres.healthcheck.test as string[];
    expect(kind).toBe('CMD-SHELL');
    const args = command.split(/\s+/);
    expect(args[0]).toBe('pg_isready');
    expect(args[args.indexOf('-h') + 1]).toBe('127.0.0.1');
    expect([args[args.indexOf('-U') + 1], args[args.indexOf('-d') + 1]]).toEqual([
      services.postgres.environment.POSTGRES_USER,
      services.postgres.environment.POSTGRES_DB,
    ]);
    expect(Object.keys(compose.volumes)).toEqual(['pgdata']);
  });

  it("retries the one-shot migration when it fails, without the image's HTTP health check", () => {
    expect(services.migrate.restart).toBe('on-failure');
    expect(services.migrate.healthcheck).toEqual({ disable: true });
    expect(dockerfile).toMatch(/^HEALTHCHECK /m); // what it would inherit
    for (const name of ['app', 'app-redis', 'app-a', 'app-b']) expect(services[name].healthcheck.test.join(' ')).toContain('/readyz');
  });

  it('migrates with the CLI once PostgreSQL is healthy, then starts the app without migrating', () => {
    const [bin, ...args] = services.migrate.command as string[];
    expect(bin).toBe(Object.keys(pkg.bin)[0]);
    const program = createProgram({ out: () => undefined, err: () => undefined, isTTY: false }, pkg.version);
    const migrate = program.commands.find((c) => c.name() === args[0]);
    expect(migrate?.commands.map((c) => c.name())).toContain(args[1]);
    expect(services.migrate.depends_on.postgres.condition).toBe('service_healthy');
    expect(services.app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(services.migrate.build).toEqual(services.app.build);
    expect(services.migrate.image).toBe(services.app.image);
  });

  it('gives the app and the migration settings the config accepts, on the compose network', () => {
    for (const name of ['app', 'migrate']) {
      const env = services[name].environment as Record<string, string>;
      const config = loadConfig({ NODE_ENV: 'production', ...env });
      expect(new URL(config.database.url!).host).toBe('postgres:5432');
    }
    const app = loadConfig({ NODE_ENV: 'production', ...services.app.environment });
    expect([app.migrateOnStart, app.graphql.playground]).toEqual([false, true]);
    expect(services.app.healthcheck.test.join(' ')).toContain('/readyz');
  });

  it('has Redis, the replicas and the balancer only behind profiles: plain `docker compose up` is unchanged', () => {
    expect(services.redis.profiles).toEqual(['redis', 'scale']);
    const profiled = Object.entries(services).filter(([, s]) => (s as { profiles?: string[] }).profiles);
    expect(profiled.map(([n, s]) => [n, (s as { profiles: string[] }).profiles])).toEqual([
      ['app-redis', ['redis']],
      ['redis', ['redis', 'scale']],
      ['app-a', ['scale']],
      ['app-b', ['scale']],
      ['lb', ['scale']],
    ]);
  });

  it("`redis`: the single app with REDIS_URL on the profile's Redis, once it is healthy, in place of `app`", () => {
    const app = services['app-redis'];
    expect([app.build, app.image, app.ports]).toEqual([services.app.build, services.app.image, services.app.ports]);
    expect(app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
      redis: { condition: 'service_healthy' },
    });
    const { REDIS_URL, ...rest } = app.environment as Record<string, string>;
    expect(rest).toEqual(services.app.environment);
    const config = loadConfig({ NODE_ENV: 'production', ...app.environment });
    const redis = new URL(config.redisUrl!);
    // The host is the compose service of that name, on the port redis-server listens on by default.
    expect(services[redis.hostname].image).toMatch(/^redis:/);
    expect(services[redis.hostname].profiles).toContain('redis');
    expect(redis.port).toBe('6379');
    expect([config.live.transport, config.cache.redisUrl]).toEqual(['redis', REDIS_URL]);
    expect(compose.services.redis.command).not.toContain('--port');
  });

  it('accepts a tag or `git describe` output as GIT_COMMIT (the build argument), refuses anything else', () => {
    expect(services.app.build.args.GIT_COMMIT).toBe('${GIT_COMMIT:-unknown}');
    for (const value of ['unknown', 'abc1234', 'v1.4.0', 'v1.4.0-3-gabc1234-dirty', 'release/2026.12']) {
      expect(loadConfig({ NODE_ENV: 'production', GIT_COMMIT: value, DATABASE_URL: 'postgres://a:b@h/d' }).gitCommit).toBe(value);
    }
    for (const value of ['', 'main; rm -rf /', 'x'.repeat(101)]) expect(() => loadConfig({ GIT_COMMIT: value })).toThrow(/GIT_COMMIT/);
  });

  it('`scale`: two replicas of the app image on Redis, after the migration, one of them seeding', () => {
    const seeds: boolean[] = [];
    for (const name of ['app-a', 'app-b']) {
      const replica = services[name];
      expect([replica.build, replica.image]).toEqual([services.app.build, services.app.image]);
      expect(replica.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
      });
      expect(replica.ports).toBeUndefined(); // reached through the balancer only
      expect(replica.healthcheck.test.join(' ')).toContain('/readyz');
      const config = loadConfig({ NODE_ENV: 'production', ...replica.environment });
      expect(new URL(config.database.url!).host).toBe('postgres:5432');
      expect(new URL(config.redisUrl!).host).toBe('redis:6379');
      expect([config.migrateOnStart, config.trustProxy, config.live.transport, config.cache.redisUrl]).toEqual([false, true, 'redis', config.redisUrl]);
      expect(config.port).toBe(4000);
      seeds.push(config.seedOnStart);
    }
    expect(seeds).toEqual([true, false]);
  });

  it('`scale`: nginx balances both replicas, with WebSocket upgrade for graphql-ws, once they are healthy', () => {
    const lb = services.lb;
    // `resolve` on upstream servers came to open-source nginx in 1.27.3.
    const version = /^nginx:(\d+\.\d+)/.exec(lb.image)![1];
    expect(semver.gte(`${version}.0`, '1.28.0') || semver.gte(`${version}.3`, '1.27.3')).toBe(true);
    expect(lb.depends_on).toEqual({ 'app-a': { condition: 'service_healthy' }, 'app-b': { condition: 'service_healthy' } });
    const [mount] = lb.volumes as string[];
    const [file, target] = mount.split(':');
    expect(target).toBe('/etc/nginx/nginx.conf');
    const conf = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const upstream = /upstream explainer \{([^}]*)\}/.exec(conf)![1];
    expect([...upstream.matchAll(/server ([\w-]+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['app-a:4000', 'app-b:4000']);
    // A recreated replica (new address) is found again: Docker's DNS, a shared zone, `resolve` on every server.
    const code = conf.replace(/#.*$/gm, '');
    expect(code).toMatch(/^\s*resolver 127\.0\.0\.11\b[^;]*valid=\d+s[^;]*;/m);
    expect(upstream.replace(/#.*$/gm, '')).toMatch(/^\s*zone explainer \d+k;/m);
    const servers = upstream
      .replace(/#.*$/gm, '')
      .split('\n')
      .filter((l) => /^\s*server /.test(l));
    expect(servers.map((l) => / resolve\b/.test(l))).toEqual([true, true]);
    // Its health check asks its own location, answered without a replica.
    expect(lb.healthcheck.test.join(' ')).toContain('http://127.0.0.1/lb-healthz');
    expect(code).toMatch(/location = \/lb-healthz \{\s*access_log off;\s*return 200 [^;]*;\s*\}/);
    expect(conf).toMatch(/proxy_pass http:\/\/explainer;/);
    expect(conf).toMatch(/proxy_http_version 1\.1;/);
    expect(conf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(conf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds in one stage and runs in another with production dependencies only, as a non-root user', () => {
    expect(stages.map((s) => s.split('\n')[0])).toEqual(['node:22-bookworm-slim AS build', 'node:22-bookworm-slim AS runtime']);
    expect(stages[1]).toMatch(/npm ci --omit=dev/);
    expect(stages[1]).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(stages[1]).toMatch(/^USER node$/m);
    expect(stages[1].indexOf('USER node')).toBeLessThan(stages[1].indexOf('CMD'));
  });

  it('starts the compiled entry point, and links the CLI bin that package.json declares', () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(stages[1])![1]) as string[];
    expect(cmd).toEqual(['node', 'dist/src/main.js']);
    expect(fs.existsSync(path.join(ROOT, 'src', 'main.ts'))).toBe(true);
    expect(pkg.bin['explainer-api']).toBe('dist/src/cli/index.js');
    expect(stages[1]).toContain(`ln -s /app/${pkg.bin['explainer-api']} /usr/local/bin/explainer-api`);
    expect(fs.readFileSync(path.join(ROOT, 'src', 'cli', 'index.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('package.json engines', () => {
  const range = pkg.engines.node;
  const production = Object.entries(lock.packages as Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>)
    .filter(([name, p]) => name && !p.dev && p.engines && !Array.isArray(p.engines) && p.engines.node)
    .map(([name, p]) => [name.replace(/^.*node_modules\//, ''), (p.engines as { node: string }).node] as const);

  it("the image's Node 22 line is allowed, from the first release every production dependency accepts", () => {
    const first22 = semver.minVersion(
      semver
        .validRange(`${range}`)!
        .split('||')
        .map((r) => r.trim())
        .find((r) => semver.intersects(r, '22'))!,
    )!.version;
    expect(first22).toBe('22.15.0');
    expect(production.filter(([, engines]) => !semver.satisfies(first22, engines))).toEqual([]);
    expect(semver.satisfies('22.14.0', range)).toBe(false);
  });

  it('Node 20 (end of life, still what many run): allowed, and only the two @whatwg-node helpers declare otherwise', () => {
    // The suite runs green on Node 20.19+ (docs/operations.md, "Node versions"); these two declare >=22.15.0 for their own
    // tests' sake and run on 20 (npm prints EBADENGINE). A new production dependency that leaves Node 20 fails here.
    expect(semver.satisfies('20.19.0', range)).toBe(true);
    expect([...new Set(production.filter(([, engines]) => !semver.satisfies('20.19.0', engines)).map(([name]) => name))].sort()).toEqual([
      '@whatwg-node/disposablestack',
      '@whatwg-node/promise-helpers',
    ]);
  });
});

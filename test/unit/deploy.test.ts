// There is no Docker engine here: these read docker-compose.yml and the Dockerfile and check them against the code
// they start (the CLI's commands, the build output, the config's variables). The start-up sequence itself runs
// against a real PostgreSQL server in test/e2e/external-postgres.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createProgram } from '../../src/cli/program';
import { loadConfig } from '../../src/config';
import pkg from '../../package.json';

const ROOT = path.resolve(__dirname, '..', '..');
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const services = compose.services;

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 16 with a volume and a health check', () => {
    expect(services.postgres.image).toBe('postgres:16');
    expect(services.postgres.volumes).toEqual(['pgdata:/var/lib/postgresql/data']);
    expect(services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(Object.keys(compose.volumes)).toEqual(['pgdata']);
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
      ['redis', ['redis', 'scale']],
      ['app-a', ['scale']],
      ['app-b', ['scale']],
      ['lb', ['scale']],
    ]);
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
    expect(lb.depends_on).toEqual({ 'app-a': { condition: 'service_healthy' }, 'app-b': { condition: 'service_healthy' } });
    const [mount] = lb.volumes as string[];
    const [file, target] = mount.split(':');
    expect(target).toBe('/etc/nginx/nginx.conf');
    const conf = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const upstream = /upstream explainer \{([^}]*)\}/.exec(conf)![1];
    expect([...upstream.matchAll(/server ([\w-]+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['app-a:4000', 'app-b:4000']);
    expect(conf).toMatch(/proxy_pass http:\/\/explainer;/);
    expect(conf).toMatch(/proxy_http_version 1\.1;/);
    expect(conf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(conf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(lb.healthcheck.test.join(' ')).toContain('/readyz');
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds in one stage and runs in another with production dependencies only, as a non-root user', () => {
    expect(stages.map((s) => s.split('\n')[0])).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim AS runtime']);
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

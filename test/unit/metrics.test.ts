import type { DataSource } from 'typeorm';
import { createMetrics, OTHER_OPERATION } from '../../src/ops/metrics';
import { loadConfig } from '../../src/config';

const version = { name: 'explainer-api', version: '0.0.0', commit: 'unknown', node: process.version };

describe('metrics', () => {
  it('bounds the operation label: client-chosen names past 200 count as (other)', async () => {
    const m = createMetrics({ driver: {} } as DataSource, { version });
    for (let i = 0; i < 205; i++) m.observeRequest({ path: '/graphql', operation: `Op${i}`, status: 200, seconds: 0.01, sqlStatements: 1 });
    m.observeRequest({ path: '/graphql', operation: 'Op0', status: 200, seconds: 0.01, sqlStatements: 1 });
    const { body } = await m.render();
    const counts = [...body.matchAll(/^explainer_http_requests_total\{route="\/graphql",operation="([^"]+)",status="200"\} (\d+)$/gm)];
    expect(counts).toHaveLength(201);
    expect(Object.fromEntries(counts.map((c) => [c[1], Number(c[2])]))).toMatchObject({ Op0: 2, Op199: 1, [OTHER_OPERATION]: 5 });
  });

  it('labels unknown paths `other` and counts cache hits and misses', async () => {
    const m = createMetrics({ driver: {} } as DataSource, { version });
    m.observeRequest({ path: '/wp-admin/x', status: 404, seconds: 0.001, sqlStatements: 0 });
    const cache = m.cache('response');
    cache.hit();
    cache.hit();
    cache.miss();
    const { body } = await m.render();
    expect(body).toContain('explainer_http_requests_total{route="other",operation="",status="404"} 1');
    expect(body).toContain('explainer_cache_lookups_total{cache="response",result="hit"} 2');
    expect(body).toContain('explainer_cache_lookups_total{cache="response",result="miss"} 1');
    expect(body).toContain('explainer_db_pool_connections 0'); // no pool before the data source is initialised
  });
});

describe('config of logs and version', () => {
  it('pretty-prints only when asked or in development on a terminal; validates GIT_COMMIT', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).logPretty).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', LOG_PRETTY: 'true' }).logPretty).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).logPretty).toBe(false);
    expect(loadConfig({ GIT_COMMIT: 'abc1234' }).gitCommit).toBe('abc1234');
    expect(() => loadConfig({ GIT_COMMIT: 'main; rm -rf' })).toThrow(/GIT_COMMIT: a git commit hash/);
  });
});

// Behind a proxy that appends to X-Forwarded-For, the client writes the left of the header: rate limits must count
// the entry our proxy wrote (TRUST_PROXY_HOPS from the right), and an IPv6 client's whole /64 as one client.
import { createTestApp, type TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    env: { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_ANON_PER_SECOND: '1', RATE_LIMIT_ANON_BURST: '2', TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '1' },
  });
});
afterAll(() => t.close());

async function statuses(forwardedFor: (i: number) => string, n = 12): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await res.text();
    out.push(res.status);
  }
  return out;
}

// 1 request a second plus a burst of 2 per 10 s: 12 requests of one client cannot all pass within 10 s.
describe('TRUST_PROXY with an appending proxy', () => {
  it('a client that forges the left of X-Forwarded-For is still limited as itself', async () => {
    const got = await statuses((i) => `198.51.100.${i + 1}, 203.0.113.7`);
    expect(got.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('addresses of one IPv6 /64 share one limit', async () => {
    const got = await statuses((i) => `2001:db8:7:7::${(i + 1).toString(16)}`);
    expect(got.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('distinct clients, each once, all pass (positive control), other /64s included', async () => {
    const v4 = await statuses((i) => `203.0.113.7, 192.0.2.${i + 1}`);
    const v6 = await statuses((i) => `2001:db8:8:${(i + 1).toString(16)}::1`);
    expect([...v4, ...v6]).toEqual(Array(24).fill(200));
  });
});

import { MemoryStore } from '../../src/common/cache/stores';

// The in-memory store: tags, the epoch that refuses answers computed across a write, and its size bound.
const entry = (body: string) => ({ body: Buffer.from(body), etag: '"e"', contentType: 'application/json' });

describe('MemoryStore', () => {
  it('drops exactly the entries of the invalidated tags', async () => {
    const s = new MemoryStore({ maxBytes: 1 << 20, ttlSeconds: 60 });
    const e = await s.epoch();
    expect(await s.set('a', entry('A'), ['article:1'], e)).toBe(true);
    expect(await s.set('b', entry('B'), ['article:2'], e)).toBe(true);
    expect(await s.set('l', entry('L'), ['list'], e)).toBe(true);
    await s.invalidate(['list', 'article:1']);
    expect([await s.get('a'), (await s.get('b'))?.body.toString(), await s.get('l')]).toEqual([undefined, 'B', undefined]);
  });

  it('refuses an answer computed while a write was invalidating: it could hold the old content', async () => {
    const s = new MemoryStore({ maxBytes: 1 << 20, ttlSeconds: 60 });
    const before = await s.epoch();
    await s.invalidate(['article:1']);
    expect(await s.set('a', entry('old'), ['article:1'], before)).toBe(false);
    expect(await s.get('a')).toBeUndefined();
    expect(await s.set('a', entry('new'), ['article:1'], await s.epoch())).toBe(true);
  });

  it('keeps within its size, forgetting the least recently used', async () => {
    const s = new MemoryStore({ maxBytes: 1000, ttlSeconds: 60 });
    const e = await s.epoch();
    for (let i = 0; i < 10; i++) await s.set(`k${i}`, entry('x'.repeat(200)), ['list'], e);
    const kept = [];
    for (let i = 0; i < 10; i++) if (await s.get(`k${i}`)) kept.push(i);
    expect(kept).toEqual([7, 8, 9]);
    expect(await s.set('huge', entry('x'.repeat(5000)), ['list'], e)).toBe(false);
  });
});

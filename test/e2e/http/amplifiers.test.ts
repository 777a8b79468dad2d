// Amplifiers: a request must not cost more than its limits say. Federation `_entities` is priced and capped by
// its representations, `_service` is not introspection's back door, WebSocket frames are held to the HTTP body
// limit, and a body over the limit is answered 413 (not a reset) to a client that sends it all without waiting.
import net from 'node:net';
import WebSocket from 'ws';
import { parse } from 'graphql';
import { toGlobalId } from '../../../src/common/node';
import { operationCost } from '../../../src/common/limits';
import { buildSubgraph } from '../../../src/modules/federation/subgraph.schema';
import { explainer, given } from '../../fixtures/factory';
import { wsUrl } from '../../setup/live-client';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../setup/test-app';

const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));
async function app(env: Record<string, string> = {}): Promise<TestApp> {
  const a = await createTestApp({ env });
  apps.push(a);
  return a;
}

async function subgraph(a: TestApp, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const res = await fetch(`${a.url}/subgraph`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: JSON.parse(await res.text()) };
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Article { id slug sections { key body } } } }`;

describe('federation _entities', () => {
  let t: TestApp;
  let ref: { __typename: string; id: string };
  beforeAll(async () => {
    t = await app();
    const [id] = await given(t.ds, [explainer(1)]);
    ref = { __typename: 'Article', id: toGlobalId('Article', id) };
  });

  it('is priced by the number of representations (one costs a hundredth of a hundred), not as 5 items', () => {
    const schema = buildSubgraph();
    const document = parse(ENTITIES);
    const cost = (n: number) => operationCost(schema, document, undefined, { r: Array.from({ length: n }, () => ref) }, t.config.limits)!;
    const one = cost(1);
    expect(one).toBeGreaterThan(1);
    expect([cost(100) - 1, cost(20) - 1]).toEqual([100 * (one - 1), 20 * (one - 1)]);
    // literal lists too
    const literal = parse(
      `{ _entities(representations: [${Array.from({ length: 30 }, () => `{ __typename: "Article", id: "${ref.id}" }`).join(', ')}]) { ... on Article { id } } }`,
    );
    expect(operationCost(schema, literal, undefined, {}, t.config.limits)).toBe(1 + 30 * 1);
  });

  it('up to LIMIT_ENTITIES (100) representations pass; 101 of one repeated id are refused with 400 before execution', async () => {
    const ok = await subgraph(t, ENTITIES, { r: Array.from({ length: 100 }, () => ref) });
    expect([ok.status, ok.body.errors, ok.body.data?._entities.length]).toEqual([200, undefined, 100]);
    let over!: GraphQLResponse;
    const statements = await t.countStatements(async () => {
      over = await subgraph(t, ENTITIES, { r: Array.from({ length: 10_000 }, () => ref) });
    });
    expect([over.status, over.body.errors?.[0]?.extensions, over.body.data, statements]).toEqual([
      400,
      { code: 'TOO_MANY_REPRESENTATIONS', representations: 10_000, max: 100 },
      undefined,
      0,
    ]);
    // Aliased calls count together.
    const split = await subgraph(
      t,
      `query($r: [_Any!]!) { a: _entities(representations: $r) { __typename } b: _entities(representations: $r) { __typename } }`,
      {
        r: Array.from({ length: 51 }, () => ref),
      },
    );
    expect([split.status, split.body.errors?.[0]?.extensions?.code]).toEqual([400, 'TOO_MANY_REPRESENTATIONS']);
  });
});

describe('federation _service with introspection off (production default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app({ GRAPHQL_INTROSPECTION: 'false' });
  });

  it('refuses the SDL to readers and editors (403 FORBIDDEN, however asked) and serves it to ADMIN keys', async () => {
    const editor = await t.as('EDITOR');
    for (const [query, headers] of [
      ['{ _service { sdl } }', {}],
      ['{ s: _service { sdl } }', {}],
      ['query { ...F } fragment F on Query { _service { sdl } }', {}],
      ['{ _service { sdl } }', editor],
    ] as const) {
      const res = await subgraph(t, query, {}, headers);
      expect([query, res.status, res.body.errors?.[0]?.extensions?.code, JSON.stringify(res.body)]).toEqual([
        query,
        403,
        'FORBIDDEN',
        expect.not.stringContaining('createApiKey'),
      ]);
    }
    const admin = await subgraph(t, '{ _service { sdl } }', {}, await t.as('ADMIN'));
    expect(admin.status).toBe(200);
    expect(admin.body.data!._service.sdl).toContain('createApiKey');
    // Entities still resolve for anyone.
    const entities = await subgraph(t, ENTITIES, { r: [] });
    expect([entities.status, entities.body.data]).toEqual([200, { _entities: [] }]);
  });
});

describe('WebSocket frames', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app();
  });

  /** Sends one connection_init whose payload pads the frame to `bytes`; resolves with 'acked' or the close code. */
  const init = (bytes: number) =>
    new Promise<number | 'acked'>((resolve, reject) => {
      const socket = new WebSocket(wsUrl(t.url), 'graphql-transport-ws');
      const head = JSON.stringify({ type: 'connection_init', payload: { pad: '' } });
      const frame = head.replace('"pad":""', `"pad":"${'x'.repeat(bytes - head.length)}"`);
      expect(Buffer.byteLength(frame)).toBe(bytes);
      socket.on('open', () => socket.send(frame));
      socket.on('message', (m) => {
        if (JSON.parse(String(m)).type === 'connection_ack') {
          resolve('acked');
          socket.close();
        }
      });
      socket.on('close', (code) => resolve(code));
      socket.on('error', (err) => (err.message.includes('1009') ? undefined : reject(err)));
    });

  it('are held to the HTTP body limit: a frame of LIMIT_BODY_BYTES is read, one byte more closes the socket with 1009', async () => {
    // A refused frame is no internal error: nothing goes to the console (graphql-ws wrote a line and a stack each).
    const consoleError = jest.spyOn(console, 'error');
    try {
      expect(await init(t.config.limits.bodyBytes)).toBe('acked');
      expect(await init(t.config.limits.bodyBytes + 1)).toBe(1009);
      expect(await init(10 * t.config.limits.bodyBytes)).toBe(1009);
      expect(consoleError.mock.calls).toEqual([]);
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('a body over the limit, sent without waiting for 100 Continue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app();
  });
  const body3mb = () => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });

  it("is answered 413 PAYLOAD_TOO_LARGE to Node's fetch (3 MB)", async () => {
    const sized = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body3mb() });
    expect([sized.status, (await sized.json()).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect((await t.gql('{ __typename }')).status).toBe(200);
  });

  it('is read to its end after the 413 (lingering close): a client still sending when the answer came gets no reset', async () => {
    // As Python's urllib does: the whole body is sent before anything is read. Here the second half goes out only
    // once the server has answered, so the server has certainly answered (and, before, closed) meanwhile.
    const port = Number(new URL(t.url).port);
    const body = Buffer.from(body3mb());
    const answered = new Promise<void>((resolve) => t.app.httpServer.once('request', (_req, res) => res.once('finish', () => resolve())));
    // allowHalfOpen: the client keeps sending after the server's FIN, as a client that does not read yet does.
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    let sentAfter = 0;
    const errors: string[] = [];
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', (err: NodeJS.ErrnoException) => errors.push(err.code ?? err.message));
    const closed = new Promise((r) => socket.once('close', r));
    const write = (b: Buffer) =>
      new Promise<void>((resolve) => (socket.write(b) ? resolve() : Promise.race([new Promise((r) => socket.once('drain', r)), closed]).then(() => resolve())));
    await write(Buffer.from(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`));
    const half = 1536 * 1024;
    await write(body.subarray(0, half));
    await answered;
    const deadline = Date.now() + 10_000;
    while (!answer.includes('PAYLOAD_TOO_LARGE') && errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    for (let at = half; at < body.length && !socket.destroyed; at += 64 * 1024) {
      await write(body.subarray(at, at + 64 * 1024));
      sentAfter += Math.min(64 * 1024, body.length - at);
      await new Promise((r) => setImmediate(r)); // lets a reset, if any, surface
    }
    if (!socket.destroyed) socket.end();
    await closed;
    expect([answer.split('\r\n')[0], answer.includes('"code":"PAYLOAD_TOO_LARGE"'), errors, sentAfter]).toEqual([
      'HTTP/1.1 413 Payload Too Large',
      true,
      [],
      body.length - half,
    ]);
  });

  it('is drained only up to LIMIT_BODY_LINGER_BYTES: a client that keeps sending is cut off', async () => {
    const a = await app({ LIMIT_BODY_LINGER_BYTES: String(2 * 1024 * 1024) });
    const port = Number(new URL(a.url).port);
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    const closed = new Promise((r) => socket.once('close', r));
    socket.on('error', () => undefined);
    socket.write(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${1024 * 1024 * 1024}\r\n\r\n`);
    const chunk = Buffer.alloc(256 * 1024, 'x');
    let sent = 0;
    const cap = 512 * 1024 * 1024;
    while (!socket.destroyed && sent < cap) {
      const ok = socket.write(chunk);
      sent += chunk.length;
      if (!ok) await Promise.race([new Promise((r) => socket.once('drain', r)), closed]);
    }
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    // Sent before the server cut it off: the linger bound plus what the kernels' buffers held, far from 1 GB.
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });
});

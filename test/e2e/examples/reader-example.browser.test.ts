// The reader example (examples/reader) as its users get it: installed from its lockfile, typed by codegen against
// the committed schema (a schema change that breaks it fails here), type-checked, built, served by `vite preview`
// in front of a real createServer with the seed, and read in Debian's Chromium (never a downloaded browser).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { armeniaAzerbaijanExplainer as seed } from '../../../src/db/seed/armenia-azerbaijan.fixture';
import { chromiumPath, isLoopback } from '../../setup/browser';
import { createTestApp, dataOf, type TestApp } from '../../setup/test-app';

const EXAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', 'reader');
const MORE_KEYS = seed.sections.filter((s) => s.key !== 'lead').map((s) => s.key!);
const EDITED = 'how-have-world-leaders-reacted';

/** Runs an npm script of the example; a failure shows its output (codegen's or tsc's errors). */
async function npm(...args: string[]): Promise<void> {
  try {
    await promisify(execFile)('npm', args, { cwd: EXAMPLE, maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60_000 });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(' ')} failed in examples/reader:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: e });
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A GraphQL request of the page as sent: GET (persisted-query hash, variables in the URL) or POST (query once). */
interface Sent {
  method: string;
  operationName: string;
  variables: Record<string, any>;
  hashOnly: boolean;
}
function graphqlRequest(r: Request): Sent | undefined {
  const u = new URL(r.url());
  if (u.pathname !== '/graphql' || !u.protocol.startsWith('http')) return undefined;
  const p =
    r.method() === 'GET'
      ? {
          operationName: u.searchParams.get('operationName'),
          variables: JSON.parse(u.searchParams.get('variables') ?? '{}'),
          query: u.searchParams.get('query'),
        }
      : JSON.parse(r.postData() ?? '{}');
  return { method: r.method(), operationName: p.operationName, variables: p.variables ?? {}, hashOnly: !p.query };
}

let t: TestApp;
let preview: ChildProcess;
let site: string;
let context: BrowserContext;
let profile: string;
const requests: Request[] = [];
const sockets: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // What a new user does: install from the lockfile (first run only: see docs/testing.md), generate, check, build.
  // The marker holds the hash of the lockfile installed, so a changed lockfile installs again.
  const lock = createHash('sha256')
    .update(fs.readFileSync(path.join(EXAMPLE, 'package-lock.json')))
    .digest('hex');
  const marker = path.join(EXAMPLE, 'node_modules', '.installed-lockfile');
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== lock) {
    await npm('ci', '--no-audit', '--no-fund');
    fs.writeFileSync(marker, lock);
  }
  await npm('run', '--silent', 'codegen');
  await Promise.all([npm('run', '--silent', 'typecheck'), npm('run', '--silent', 'build')]);

  t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { RESPONSE_CACHE: 'true' } });
  const port = await freePort();
  preview = spawn(
    process.execPath,
    [path.join(EXAMPLE, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: EXAMPLE,
      env: { ...process.env, EXPLAINER_API_URL: t.url },
      stdio: 'ignore',
    },
  );
  site = `http://127.0.0.1:${port}`;
  await until(
    'vite preview',
    () =>
      fetch(site).then(
        (r) => r.ok || undefined,
        () => undefined,
      ),
    30_000,
  );

  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  context.on('request', (r) => requests.push(r));
  context.on('weberror', (e) => pageErrors.push(e.error().message));
}, 20 * 60_000);

afterAll(async () => {
  await context?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  if (preview && preview.exitCode === null) {
    const exited = new Promise((r) => preview.once('exit', r));
    preview.kill();
    await exited;
  }
  await t?.close();
});

const sentSince = (from: number): Sent[] =>
  requests
    .slice(from)
    .map(graphqlRequest)
    .filter((s): s is Sent => s !== undefined);

it('reads the seed explainer: lead first, the rest on demand, live updates, search; nothing leaves the machine', async () => {
  const page: Page = await context.newPage();
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const subscriptionsBefore = t.app.live.opened;

  // 1. First load: the page, its script and style, then the lead as a persisted-query GET. On this fresh server the
  //    hash is unknown (PERSISTED_QUERY_NOT_FOUND), so the link sends the query once by POST.
  await page.goto(`${site}/?article=${seed.slug}`);
  const lead = page.locator('[data-section-key="lead"]');
  await lead.waitFor({ timeout: 15_000 });
  expect(await page.locator('h1').innerText()).toBe(seed.headline);
  expect(await lead.innerText()).toContain(seed.sections[0].body.split('\n\n')[0]);
  expect(await page.locator('[data-section-key]').count()).toBe(1);
  await until('the sectionsUpdated subscription on the server', () => t.app.live.opened > subscriptionsBefore || undefined);
  const firstLoad = requests.length;
  expect(sentSince(0)).toEqual([
    { method: 'GET', operationName: 'ExplainerLead', variables: { slug: seed.slug }, hashOnly: true },
    { method: 'POST', operationName: 'ExplainerLead', variables: { slug: seed.slug }, hashOnly: false },
  ]);
  expect(requests.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual([
    'GET /',
    expect.stringMatching(/^GET \/assets\/index-.*\.js$/),
    expect.stringMatching(/^GET \/assets\/index-.*\.css$/),
    'GET /graphql',
    'POST /graphql',
  ]);
  expect(sockets).toEqual([`${site.replace('http', 'ws')}/graphql`]);

  // The page's read is one URL a CDN can cache now that the hash is known: replayed, it is answered publicly.
  const leadGet = requests.find((r) => r.method() === 'GET' && new URL(r.url()).pathname === '/graphql')!;
  const replayed = await fetch(leadGet.url(), { headers: leadGet.headers() });
  expect(replayed.status).toBe(200);
  expect(replayed.headers.get('cache-control')).toBe(`public, max-age=${t.config.cache.maxAge}`);
  expect((await replayed.json()).data.article.lead[0].key).toBe('lead');

  // 2. "Load more sections" asks for exactly the sections not shown yet, and they render in article order.
  await page.getByRole('button', { name: 'Load more sections' }).click();
  await page.locator(`[data-section-key="${MORE_KEYS.at(-1)}"]`).waitFor({ timeout: 15_000 });
  const loadMore = requests.length;
  expect(sentSince(firstLoad)).toEqual([
    { method: 'GET', operationName: 'ExplainerSections', variables: { slug: seed.slug, keys: MORE_KEYS }, hashOnly: true },
    { method: 'POST', operationName: 'ExplainerSections', variables: { slug: seed.slug, keys: MORE_KEYS }, hashOnly: false },
  ]);
  expect(requests.length - firstLoad).toBe(2);
  expect(await page.locator('[data-section-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section-key')))).toEqual(['lead', ...MORE_KEYS]);
  const reacted = page.locator(`[data-section-key="${EDITED}"]`);
  expect(await reacted.locator('[data-stance] h3').allInnerTexts()).not.toHaveLength(0);
  expect(await page.locator('table.contested').count()).toBeGreaterThan(0);
  expect(await page.locator('figure.quote figcaption').first().innerText()).toMatch(/via /);

  // 3. An editor changes one section through the API: the open page shows it through the subscription alone (no
  //    HTTP request), with the "updated" mark on that section only.
  const editor = await t.as('EDITOR');
  const before = dataOf(
    await t.gql(`query($slug: String!) { article(slug: $slug) { version section(key: "${EDITED}") { id body } } }`, { slug: seed.slug }, editor),
  ) as any;
  const sentence = `Edited live at ${Date.now()}.`;
  dataOf(
    await t.gql(
      `mutation($id: ID!, $v: Int!, $body: String!) { updateSection(sectionId: $id, expectedVersion: $v, patch: { body: $body }) { version } }`,
      { id: before.article.section.id, v: before.article.version, body: `${before.article.section.body}\n\n${sentence}` },
      editor,
    ),
  );
  await reacted.getByText(sentence).waitFor({ timeout: 5_000 });
  expect(await page.locator('.updated-mark').count()).toBe(1);
  expect(await reacted.locator('.updated-mark').innerText()).toMatch(/updated/i);
  expect(requests.length).toBe(loadMore);

  // 4. Search, a page at a time: a second published explainer makes two pages of one result each.
  const created = dataOf(
    await t.gql(
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`,
      {
        input: {
          slug: 'border-clashes-follow-up',
          headline: 'Border clashes: the follow-up',
          sections: [{ body: 'The border clashes stopped after a ceasefire.' }],
        },
      },
      editor,
    ),
  ) as any;
  dataOf(
    await t.gql(
      `mutation($id: ID!, $v: Int!) { publishArticle(id: $id, expectedVersion: $v) { status } }`,
      { id: created.createArticle.id, v: created.createArticle.version },
      editor,
    ),
  );
  await page.goto(`${site}/?q=clashes&per=1`);
  const results = page.locator('.search-results > ol > li');
  await results.first().waitFor({ timeout: 15_000 });
  expect(await results.count()).toBe(1);
  const searched = requests.length;
  await page.getByRole('button', { name: 'More results' }).click();
  await until('the second page of results', async () => (await results.count()) === 2 || undefined);
  const pages = sentSince(searched);
  // The same operation as the first page, so its hash is known: one GET with the first page's end cursor.
  expect(pages).toEqual([{ method: 'GET', operationName: 'Search', variables: { query: 'clashes', first: 1, after: expect.any(String) }, hashOnly: true }]);
  const slugs = await results.locator('h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('article')));
  expect(slugs.sort()).toEqual([seed.slug, 'border-clashes-follow-up'].sort());
  const seedResult = results.filter({ has: page.locator(`a[href="?article=${seed.slug}"]`) });
  expect(await seedResult.locator('mark').first().innerText()).toMatch(/^clash/i);
  expect(await page.getByRole('button', { name: 'More results' }).count()).toBe(0);

  // 5. Another reader, once the hashes are known: each read is a single GET (what a CDN answers from its cache).
  const warm = requests.length;
  const reader2 = await context.newPage();
  await reader2.goto(`${site}/?article=${seed.slug}`);
  await reader2.locator('[data-section-key="lead"]').waitFor({ timeout: 15_000 });
  expect(requests.slice(warm).map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual([
    'GET /',
    expect.stringMatching(/^GET \/assets\/index-.*\.js$/),
    expect.stringMatching(/^GET \/assets\/index-.*\.css$/),
    'GET /graphql',
  ]);
  const warmMore = requests.length;
  await reader2.getByRole('button', { name: 'Load more sections' }).click();
  await reader2.locator(`[data-section-key="${MORE_KEYS.at(-1)}"]`).waitFor({ timeout: 15_000 });
  expect(sentSince(warmMore)).toEqual([{ method: 'GET', operationName: 'ExplainerSections', variables: { slug: seed.slug, keys: MORE_KEYS }, hashOnly: true }]);

  expect(pageErrors).toEqual([]);
  expect([...requests.map((r) => r.url()), ...sockets].filter((u) => !isLoopback(u))).toEqual([]);
}, 120_000); // a budget for a loaded machine, not a speed target: the page waits themselves have deadlines

// docs/frontend.md shows the example's own codegen config: checked by test/unit/docs.test.ts.

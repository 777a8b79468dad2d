// The playground as a person uses it: Debian's Chromium (never a downloaded browser) opens GET /graphql, runs the
// first example operation and reads the seed's section heading in the result pane; no request leaves the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, isLoopback } from '../../setup/browser';
import { createTestApp, type TestApp } from '../../setup/test-app';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCREENSHOT = path.join(ROOT, '.ci', 'out', 'playground.png');
const HEADING = 'How have world leaders reacted?';

/** The rendered lines of the result pane (Monaco renders only the visible ones, a long line wrapped over several). */
const visibleLines = (page: Page): Promise<string[]> =>
  page.locator('.graphiql-response .view-line').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')));

/** Scrolls the result pane down, as a reader would, until a rendered line contains `text`; returns that line. */
async function scrollResultTo(page: Page, text: string): Promise<string | undefined> {
  const box = (await page.locator('.graphiql-response').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 100; step++) {
    const hit = (await visibleLines(page)).find((l) => l.includes(text));
    if (hit) return hit;
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(30);
  }
  return undefined;
}

let t: TestApp;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  t = await createTestApp({ fixtures: ['armenia-azerbaijan'], env: { GRAPHQL_PLAYGROUND: 'true' } });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1440, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  await t?.close();
});

it('opens the IDE, runs the seed explainer example and shows its section heading, offline', async () => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => requests.push(`weberror: ${e.error().message}`));
  const page = await context.newPage();
  page.on('websocket', (ws) => requests.push(ws.url()));

  await page.goto(`${t.url}/graphql`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
  expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual([
    'SeedExplainer',
    'TwoSections',
    'Articles',
    'QuotesAndReactions',
    'CreateDraft',
    'StagedEdits',
    'NewsPage',
  ]);

  // The first tab is the seed explainer, its variables filled in: run it and read the result as a person would.
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"data"'), null, {
    timeout: 30_000,
  });
  expect((await visibleLines(page)).join('\n')).not.toContain('"errors"');
  expect((await scrollResultTo(page, `"heading": "${HEADING}"`))?.trim()).toBe(`"heading": "${HEADING}",`);
  await page.mouse.wheel(0, 300); // the heading in the middle of the screenshot
  await page.waitForTimeout(100);
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  // The docs explorer shows the root fields with their descriptions (from introspection of our schema).
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Explainers, newest published first', { exact: false }).first().waitFor();

  // The headers editor holds the API-key template: uncommenting its line sends the Authorization header.
  await page.locator('.graphiql-editor-tool .view-line', { hasText: 'Authorization' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Home'); // first non-blank character: the `//`
  for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && (r.postData() ?? '').includes('SeedExplainer'));
  await page.locator('.graphiql-execute-button').click();
  expect((await sent).headers()['authorization']).toBe('Bearer <paste key>');

  const served = requests.filter((u) => u === `${t.url}/graphql`);
  expect(served.length).toBeGreaterThanOrEqual(4); // the page, introspection and the two runs
  expect(requests.filter((u) => u.startsWith('weberror') || !isLoopback(u))).toEqual([]);
});

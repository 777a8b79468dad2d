import fs from 'node:fs';
import path from 'node:path';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';

let t: TestApp;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  editor = await t.as('EDITOR', 'importer');
});
afterAll(() => t.close());

const SEED_DIR = path.join(__dirname, '..', '..', 'fixtures', 'explainers', 'seed');
const seedText = () => fs.readFileSync(path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'))!), 'utf8');
const IMPORT = `mutation($text: String!, $slug: String, $publish: Boolean) {
  importExplainer(text: $text, slug: $slug, publish: $publish) {
    status differences warnings { code message section }
    article { slug status version sections { key heading } quotes { text source { name } } contestedFigures { claim } }
  }
}`;
const revisions = async (slug: string) =>
  (await t.ds.query(`SELECT count(*)::int AS n FROM article_revision r JOIN article a ON a.id = r.article_id WHERE a.slug = $1`, [slug]))[0].n;

describe('importExplainer', () => {
  it('imports the seed text, changes nothing the second time, and updates with a revision when the text changed', async () => {
    const first = dataOf(await t.gql(IMPORT, { text: seedText(), slug: 'border-clashes', publish: true }, editor)).importExplainer;
    expect(first.status).toBe('IMPORTED');
    expect(first.article).toMatchObject({ slug: 'border-clashes', status: 'PUBLISHED', version: 1 });
    expect(first.article.sections.map((s: { heading: string | null }) => s.heading)).toEqual([
      null,
      'What is happening in the region right now?',
      'How have world leaders reacted?',
      'What is the history behind the conflict?',
    ]);
    expect(first.article.quotes[0].source).toEqual({ name: 'Reuters' });
    expect(first.article.contestedFigures).toEqual([{ claim: 'soldiers killed' }]);
    expect(first.warnings.map((w: { code: string }) => w.code)).toContain('QUOTE_WITHOUT_SPEAKER');

    const again = dataOf(await t.gql(IMPORT, { text: seedText(), slug: 'border-clashes', publish: true }, editor)).importExplainer;
    expect([again.status, again.article.version, again.differences]).toEqual(['UNCHANGED', 1, []]);
    expect(await revisions('border-clashes')).toBe(1);

    const changed = seedText().replace('49 soldiers', '51 soldiers');
    const updated = dataOf(await t.gql(IMPORT, { text: changed, slug: 'border-clashes', publish: true }, editor)).importExplainer;
    expect(updated.status).toBe('UPDATED');
    expect(updated.article.version).toBe(2);
    expect(updated.differences).toEqual(expect.arrayContaining(['sections.what-is-happening-in-the-region-right-now.body']));
    expect(await revisions('border-clashes')).toBe(2);
    const [{ action, key }] = await t.ds.query(`SELECT r.action, r.key_name AS key FROM article_revision r JOIN article a ON a.id = r.article_id
      WHERE a.slug = 'border-clashes' ORDER BY r.version DESC LIMIT 1`);
    expect([action, key]).toEqual(['importExplainer', 'importer']);
  });

  it('is for editors, and bad input writes nothing', async () => {
    expect(codes(await t.gql(IMPORT, { text: seedText(), slug: 'by-a-reader' }))).toEqual(['FORBIDDEN']);
    for (const text of ['', '   \n\n  ', 'binary\u0000data', 'x'.repeat(1_048_577)]) {
      const res = await t.gql(IMPORT, { text, slug: 'never-written' }, editor);
      expect([res.status === 400 || res.status === 413, codes(res)[0] ?? res.body.errors?.[0]]).toEqual([true, expect.stringMatching(/BAD_USER_INPUT|PAYLOAD_TOO_LARGE/)]);
    }
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM article WHERE slug IN ('by-a-reader', 'never-written')`)).toEqual([{ n: 0 }]);
  });
});

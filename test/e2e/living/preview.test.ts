import { createHash } from 'node:crypto';
import { explainer, given } from '../../fixtures/factory';
import { codes, createTestApp, dataOf, type TestApp } from '../../setup/test-app';
import { toGlobalId } from '../../../src/common/node';
import { ArticleStatus } from '../../../src/modules/articles/article.entity';

// Preview links (issue 16 part 2): a token scoped to one article (its pending version where it has one), at most
// 24 h, revocable, stored hashed, never answered from or stored in the response cache.
let t: TestApp;
let editor: Record<string, string>;
let draft1: string;
let draft2: string;
let live: string;

beforeAll(async () => {
  // The response cache on: preview answers must neither come from it nor go into it.
  t = await createTestApp({ env: { RESPONSE_CACHE: 'true' } });
  editor = await t.as('EDITOR');
  const draft = { status: ArticleStatus.DRAFT, publishedAt: null };
  const ids = await given(t.ds, [explainer(1, draft), explainer(2, draft), explainer(3)]);
  [draft1, draft2, live] = ids.map((id) => toGlobalId('Article', id));
});
afterAll(() => t.close());

async function previewToken(articleId: string, ttlSeconds?: number): Promise<{ token: string; id: string }> {
  const res = await t.gql(
    `mutation($a: ID!, $ttl: Int) { createPreviewToken(articleId: $a, ttlSeconds: $ttl) { token previewToken { id articleId expiresAt } } }`,
    { a: articleId, ttl: ttlSeconds },
    editor,
  );
  const created = dataOf(res).createPreviewToken;
  expect(created.previewToken.articleId).toBe(articleId);
  return { token: created.token, id: created.previewToken.id };
}

const HEADLINE = `query($slug: String!) { article(slug: $slug) { headline } }`;
const headlineOf = async (slug: string, headers: Record<string, string> = {}) =>
  (await t.gql(HEADLINE, { slug }, headers)).body.data?.article?.headline ?? null;

/** A GET of the headline query, as a CDN-fronted frontend sends it. */
async function get(slug: string, extra: { preview?: string; headers?: Record<string, string> } = {}) {
  const params = new URLSearchParams({ query: HEADLINE, variables: JSON.stringify({ slug }) });
  if (extra.preview) params.set('preview', extra.preview);
  const res = await fetch(`${t.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true', ...extra.headers } });
  const body = await res.json();
  return { status: res.status, headers: res.headers, body, headline: body.data?.article?.headline ?? null };
}

describe('preview tokens', () => {
  it('show their one draft by slug, id and node; another draft stays hidden; lists stay as for a reader', async () => {
    const { token } = await previewToken(draft1);
    const P = { authorization: `Preview ${token}` };
    expect(await headlineOf('story-1')).toBeNull();
    expect(await headlineOf('story-1', P)).toBe('Story 1');
    expect(await headlineOf('story-2', P)).toBeNull();
    expect(await headlineOf('story-3', P)).toBe('Story 3');
    const paths = dataOf(
      await t.gql(
        `query($a: ID!, $b: ID!) {
          byId: article(id: $a) { headline sections { key } }
          node(id: $a) { ... on Article { headline } }
          other: node(id: $b) { id }
          articles(first: 10) { totalCount edges { node { slug } } }
          search(query: "story") { totalCount }
        }`,
        { a: draft1, b: draft2 },
        P,
      ),
    );
    expect(paths).toEqual({
      byId: { headline: 'Story 1', sections: [{ key: 'lead' }, { key: 'what-happened' }] },
      node: { headline: 'Story 1' },
      other: null,
      articles: { totalCount: 1, edges: [{ node: { slug: 'story-3' } }] },
      search: { totalCount: 1 },
    });
  });

  it('are private, never cached: a reader right after a preview read gets the reader answer', async () => {
    const { token } = await previewToken(live);
    // Stage a new headline: the preview shows the pending version, readers the live one.
    const pending = dataOf(await t.gql(`mutation($id: ID!) { createPending(id: $id, expectedVersion: 1) { id version } }`, { id: live }, editor)).createPending;
    dataOf(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, patch: { headline: "Story 3, staged" }) { version } }`,
        { id: pending.id, v: pending.version },
        editor,
      ),
    );

    const previewGet = await get('story-3', { preview: token });
    expect(previewGet.headline).toBe('Story 3, staged');
    expect(previewGet.headers.get('cache-control')).toBe('private, no-store');
    expect(previewGet.headers.get('etag')).toBeNull();
    expect(previewGet.headers.get('x-cache')).toBeNull();

    const reader1 = await get('story-3');
    expect(reader1.headline).toBe('Story 3');
    expect(reader1.headers.get('x-cache')).toBe('MISS');
    const reader2 = await get('story-3');
    expect([reader2.headline, reader2.headers.get('x-cache')]).toEqual(['Story 3', 'HIT']);

    // The preview, by header or by ?preview=, is never answered from that cached entry.
    const byHeader = await get('story-3', { headers: { authorization: `Preview ${token}` } });
    expect([byHeader.headline, byHeader.headers.get('cache-control'), byHeader.headers.get('x-cache')]).toEqual(['Story 3, staged', 'private, no-store', null]);
    const byParam = await get('story-3', { preview: token });
    expect([byParam.headline, byParam.headers.get('x-cache')]).toEqual(['Story 3, staged', null]);
    expect((await get('story-3')).headline).toBe('Story 3');
    // The previewer sees Article.pending of its article; readers do not.
    const withPending = `{ article(slug: "story-3") { headline pending { headline } } }`;
    expect(dataOf(await t.gql(withPending, {}, { authorization: `Preview ${token}` })).article).toEqual({
      headline: 'Story 3, staged',
      pending: null,
    });
    expect(dataOf(await t.gql(withPending)).article).toEqual({ headline: 'Story 3', pending: null });
  });

  it('expired: 401 PREVIEW_EXPIRED; revoked or unknown: 401 UNAUTHENTICATED', async () => {
    const expiring = await previewToken(draft1, 60);
    await t.ds.query(`UPDATE preview_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
    const expired = await t.gql(HEADLINE, { slug: 'story-1' }, { authorization: `Preview ${expiring.token}` });
    expect([expired.status, codes(expired)]).toEqual([401, ['PREVIEW_EXPIRED']]);
    expect((await get('story-1', { preview: expiring.token })).status).toBe(401);

    const revoked = await previewToken(draft1);
    expect(await headlineOf('story-1', { authorization: `Preview ${revoked.token}` })).toBe('Story 1');
    const done = dataOf(await t.gql(`mutation($id: ID!) { revokePreviewToken(id: $id) { revokedAt } }`, { id: revoked.id }, editor)).revokePreviewToken;
    expect(done.revokedAt).not.toBeNull();
    const refused = await t.gql(HEADLINE, { slug: 'story-1' }, { authorization: `Preview ${revoked.token}` });
    expect([refused.status, codes(refused)]).toEqual([401, ['UNAUTHENTICATED']]);
    const unknown = await t.gql(HEADLINE, { slug: 'story-1' }, { authorization: 'Preview exp_not-a-token' });
    expect([unknown.status, codes(unknown)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it('live at most 24 h, need an editor, and are stored as a hash only', async () => {
    const tooLong = await t.gql(`mutation($a: ID!) { createPreviewToken(articleId: $a, ttlSeconds: 86401) { token } }`, { a: draft1 }, editor);
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`mutation($a: ID!) { createPreviewToken(articleId: $a) { token } }`, { a: draft1 }))).toEqual(['FORBIDDEN']);
    const { token, id } = await previewToken(draft1, 86400);
    const [row] = await t.ds.query(`SELECT row_to_json(p)::text AS text, token_hash FROM preview_token p WHERE id = $1`, [id]);
    expect(row.text).not.toContain(token);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const listed = dataOf(await t.gql(`query($a: ID!) { previewTokens(articleId: $a) { id } }`, { a: draft1 }, editor)).previewTokens;
    expect(listed.map((p: { id: string }) => p.id)).toContain(id);
  });
});

// Relation fields whose parent was not built by the root statement (objects returned by mutations, say) are
// loaded through request-scoped DataLoaders: one statement per field for all such parents.
import { graphql, type GraphQLFieldResolver } from 'graphql';
import { buildSchema } from '../../../src/schema';
import { createContext } from '../../../src/context';
import { explainer, given } from '../../fixtures/factory';
import { createTestApp, type TestApp } from '../../setup/test-app';

let t: TestApp;
let ids: string[];
beforeAll(async () => {
  t = await createTestApp();
  ids = await given(t.ds, [explainer(1), explainer(2), explainer(3)]);
});
afterAll(() => t.close());

it('loads a relation for many bare parents with one statement per field', async () => {
  const schema = buildSchema();
  const field = schema.getQueryType()!.getFields().articles;
  const original = field.resolve;
  // Parents that only know their id, as an entity returned by a write would.
  const bare: GraphQLFieldResolver<unknown, unknown> = () => ({
    edges: ids.map((id) => ({ cursor: id, node: { id, slug: 'from-elsewhere' } })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: ids.length,
  });
  field.resolve = bare;
  try {
    const ctx = createContext(t.ds);
    let result: Awaited<ReturnType<typeof graphql>> | undefined;
    const statements = await t.countStatements(async () => {
      result = await graphql({
        schema,
        source: `{ articles { edges { node { slug sections(keys: ["what-happened"]) { key quotes { text speaker { name } } } sources { name } } } } }`,
        contextValue: ctx,
      });
    });
    expect(result!.errors).toBeUndefined();
    const nodes = (result!.data as any).articles.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(node.sections).toEqual([{ key: 'what-happened', quotes: [{ text: 'It happened,', speaker: { name: 'Someone' } }] }]);
      expect(node.sources).toEqual([{ name: 'Reuters' }]);
    }
    // sections (with their quotes and speakers inside the same JSON) and sources: two statements for three parents
    expect(statements).toBe(2);
  } finally {
    field.resolve = original;
  }
});

import { createTestDatabase } from '../../setup/test-app';

const TABLES = [
  'actor',
  'api_key',
  'article',
  'article_change',
  'article_contributor',
  'article_related',
  'article_revision',
  'article_topic',
  'citation',
  'contested_figure',
  'contributor',
  'correction',
  'figure_claim',
  'idempotency_key',
  'image',
  'preview_token',
  'published_version',
  'quote',
  'reaction',
  'section',
  'source',
  'topic',
  'topic_event',
  'topic_event_citation',
  'webhook',
  'webhook_delivery',
];

// migrations and typeorm_metadata (where TypeORM keeps generated-column expressions) are TypeORM's bookkeeping,
// created by TypeORM itself before any migration runs.
describe('migrations', () => {
  it('go up, all the way down, and up again on an empty database, matching the entities', async () => {
    const db = await createTestDatabase({ migrate: false });
    const tables = async () =>
      (await db.ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`)).map(
        (r: { tablename: string }) => r.tablename,
      );
    const types = async () =>
      (await db.ds.query(`SELECT typname FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`)).map(
        (r: { typname: string }) => r.typname,
      );
    try {
      expect(await tables()).toEqual([]);
      const up = await db.ds.runMigrations({ transaction: 'each' });
      expect(up.length).toBeGreaterThan(0);
      expect(await tables()).toEqual(TABLES);
      // The entities and the migrated schema agree: TypeORM finds nothing left to change.
      expect((await db.ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);

      for (let i = 0; i < up.length; i++) await db.ds.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      expect(await types()).toEqual([]);
      expect(await db.ds.query('SELECT count(*)::int AS n FROM migrations')).toEqual([{ n: 0 }]);

      const again = await db.ds.runMigrations({ transaction: 'each' });
      expect(again.map((m) => m.name)).toEqual(up.map((m) => m.name));
      expect(await tables()).toEqual(TABLES);
      expect(await db.ds.runMigrations()).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});

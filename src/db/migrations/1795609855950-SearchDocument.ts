import { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen SQL: the search vector expressions as they were when this migration was written (an edit of an entity
// must never change an old migration).
const ARTICLE_SEARCH_VECTOR =
  "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')";

// One search document per article (article.search_document: headline A, summary B, section headings C, bodies D)
// with one GIN index, in place of the two indexed vectors of FullTextSearch (article headline+summary, each
// section), so that a search reads one posting list per word instead of two and needs no UNION/GROUP BY.
//
// Written by hand, not by `migration:generate`: what generation produced took the new column for a rename of
// article.search_vector (RENAME, copy the old generated values over, a typeorm_metadata DELETE without its
// parameters), and it cannot express the rest: the GIN index (no index method option in TypeORM), the function
// that computes the document and the triggers that keep it. The document depends on other rows (the sections), so
// it cannot be a generated column; it is kept by PostgreSQL rather than by the services because explainers are
// written by many paths (create/update/import/restoreRevision/section add, update, remove, reorder, the seed,
// raw SQL in a psql session) and a trigger covers every one of them, present and future, in the writer's own
// transaction:
//   - article: BEFORE INSERT OR UPDATE OF headline, summary, search_document (row): computes NEW.search_document.
//     Setting search_document to anything (NULL) recomputes it, which is how the section triggers ask for it.
//   - section: AFTER INSERT / DELETE / UPDATE (per statement, with transition tables): recomputes the documents
//     of the articles whose sections changed, once per statement however many rows it wrote; an UPDATE that
//     changes no heading, body, position or article (updated_at, key) leaves them alone.
// Only a writer that disables triggers (session_replication_role = replica, as the benchmark's COPY loader does
// to skip foreign-key checks) must compute the documents itself: `UPDATE article SET search_document =
// article_search_document(id, headline, summary)`, as the backfill below does.
export class SearchDocument1795609855950 implements MigrationInterface {
  name = 'SearchDocument1795609855950';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The backfill reads every section: longer than a request's statement timeout on a large database.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_section_search"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'article' AND "name" = 'search_vector'`);
    await queryRunner.query(`ALTER TABLE "article" ADD "search_document" tsvector`);
    // Sections in article order, so that positions (ts_rank's proximity, phrase queries) follow the text.
    await queryRunner.query(`CREATE FUNCTION article_search_document(article_id uuid, headline text, summary text) RETURNS tsvector
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
          || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
          || coalesce((SELECT setweight(to_tsvector('english'::regconfig, coalesce(string_agg(s.heading, ' ' ORDER BY s.position), '')), 'C')
                              || setweight(to_tsvector('english'::regconfig, string_agg(s.body, ' ' ORDER BY s.position)), 'D')
                         FROM section s WHERE s.article_id = article_search_document.article_id), ''::tsvector)
      $fn$`);
    await queryRunner.query(`CREATE FUNCTION article_search_document_row() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.search_document := article_search_document(NEW.id, NEW.headline, NEW.summary);
        RETURN NEW;
      END
      $fn$`);
    await queryRunner.query(`CREATE FUNCTION section_search_document_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE article a SET search_document = NULL WHERE a.id IN (SELECT article_id FROM changed_rows);
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(`CREATE FUNCTION section_search_document_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE article a SET search_document = NULL WHERE a.id IN (
          SELECT unnest(ARRAY[n.article_id, o.article_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.article_id, n.position, n.heading, n.body) IS DISTINCT FROM (o.article_id, o.position, o.heading, o.body));
        RETURN NULL;
      END
      $fn$`);
    // Backfill before the triggers exist (one pass), then the index over the filled column.
    await queryRunner.query(`UPDATE "article" SET "search_document" = article_search_document(id, headline, summary)`);
    await queryRunner.query(`CREATE INDEX "IDX_article_search_document" ON "article" USING GIN ("search_document")`);
    await queryRunner.query(`CREATE TRIGGER article_search_document BEFORE INSERT OR UPDATE OF headline, summary, search_document ON article
      FOR EACH ROW EXECUTE FUNCTION article_search_document_row()`);
    await queryRunner.query(`CREATE TRIGGER section_search_document_insert AFTER INSERT ON section REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION section_search_document_rows()`);
    await queryRunner.query(`CREATE TRIGGER section_search_document_delete AFTER DELETE ON section REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION section_search_document_rows()`);
    await queryRunner.query(`CREATE TRIGGER section_search_document_update AFTER UPDATE ON section REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION section_search_document_updated()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER section_search_document_update ON section`);
    await queryRunner.query(`DROP TRIGGER section_search_document_delete ON section`);
    await queryRunner.query(`DROP TRIGGER section_search_document_insert ON section`);
    await queryRunner.query(`DROP TRIGGER article_search_document ON article`);
    await queryRunner.query(`DROP FUNCTION section_search_document_updated()`);
    await queryRunner.query(`DROP FUNCTION section_search_document_rows()`);
    await queryRunner.query(`DROP FUNCTION article_search_document_row()`);
    await queryRunner.query(`DROP FUNCTION article_search_document(uuid, text, text)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_search_document"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "search_document"`);
    // As FullTextSearch made them.
    await queryRunner.query(`ALTER TABLE "article" ADD "search_vector" tsvector GENERATED ALWAYS AS (${ARTICLE_SEARCH_VECTOR}) STORED NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'article', 'search_vector', $1)`,
      [ARTICLE_SEARCH_VECTOR],
    );
    await queryRunner.query(`CREATE INDEX "IDX_article_search" ON "article" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_section_search" ON "section" USING GIN ("search_vector")`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen SQL: the search vector expressions as they were when this migration was written (an edit of an entity
// must never change an old migration).
const ARTICLE_SEARCH_VECTOR =
  "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')";
const SECTION_SEARCH_VECTOR =
  "setweight(to_tsvector('english'::regconfig, coalesce(heading, '')), 'B') || setweight(to_tsvector('english'::regconfig, body), 'C')";

// Written by hand, not by `migration:generate`: TypeORM generates the two generated columns but not their GIN
// indexes (it has no index method option), and it records a generated column's expression in its
// typeorm_metadata table keyed by the database NAME, with that name frozen into the migration as a literal;
// here it is current_database(), so that the migration is right in every database (each test file has its own).
// The expressions are the entities' own constants, so the entities and the schema cannot drift apart.
export class FullTextSearch1795602113489 implements MigrationInterface {
  name = 'FullTextSearch1795602113489';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM creates this table itself before running migrations when an entity has a generated column.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    for (const [table, expression] of [
      ['article', ARTICLE_SEARCH_VECTOR],
      ['section', SECTION_SEARCH_VECTOR],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata" ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), current_schema(), $1, 'search_vector', $2)`,
        [table, expression],
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_search" ON "${table}" USING GIN ("search_vector")`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['section', 'article']) {
      await queryRunner.query(`DROP INDEX "public"."IDX_${table}_search"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
      await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = 'search_vector'`, [table]);
    }
  }
}

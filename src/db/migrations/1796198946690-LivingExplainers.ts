import { MigrationInterface, QueryRunner } from 'typeorm';

// Staged edits (article.draft_of: a pending working copy, which keeps its article's slug, so slugs are unique among
// the articles that are not copies), preview tokens, the editor's change note on revisions, and published_version
// (what readers were shown at each published version, with the diff against the previous one). Generated, then by
// hand: the partial slug index (TypeORM does not diff an index's WHERE) and the backfill of published_version for
// the articles already PUBLISHED (their first entry, with no changes).

export class LivingExplainers1796198946690 implements MigrationInterface {
  name = 'LivingExplainers1796198946690';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "preview_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "key_name" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3e9c2e529f8fdb29c8117e618ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_preview_token_article" ON "preview_token"  ("article_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_preview_token_hash" ON "preview_token"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "published_version" ("article_id" uuid NOT NULL, "version" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "change_note" character varying(500), "previous_version" integer, "changes" jsonb NOT NULL, CONSTRAINT "PK_506c88f2a3592054df4d93e2a47" PRIMARY KEY ("article_id", "version"))`,
    );
    await queryRunner.query(`ALTER TABLE "article" ADD "draft_of" uuid`);
    await queryRunner.query(`ALTER TABLE "article" ADD "pending_base_version" integer`);
    await queryRunner.query(`ALTER TABLE "article_revision" ADD "change_note" character varying(500)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_article_draft_of" ON "article"  ("draft_of") `);
    await queryRunner.query(`DROP INDEX "public"."UQ_article_slug"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_article_slug" ON "article" ("slug") WHERE "draft_of" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "article" ADD CONSTRAINT "FK_918a3cf2516f5c5c8e6f0635c93" FOREIGN KEY ("draft_of") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "preview_token" ADD CONSTRAINT "FK_b8416f2b6853062ea695b91ce0c" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_version" ADD CONSTRAINT "FK_e29bb2f2ef2d8e9ff128248b4f3" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "published_version" ("article_id", "version", "published_at", "previous_version", "changes")
          SELECT a.id, a.version, coalesce(a.published_at, a.updated_at), NULL, '{"firstPublication": true, "headline": null, "summary": null, "sections": []}'::jsonb
            FROM "article" a WHERE a.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "article_revision" r WHERE r.article_id = a.id AND r.version = a.version)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "published_version" DROP CONSTRAINT "FK_e29bb2f2ef2d8e9ff128248b4f3"`);
    await queryRunner.query(`ALTER TABLE "preview_token" DROP CONSTRAINT "FK_b8416f2b6853062ea695b91ce0c"`);
    await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_918a3cf2516f5c5c8e6f0635c93"`);
    await queryRunner.query(`DELETE FROM "article" WHERE "draft_of" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."UQ_article_slug"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_article_slug" ON "article"  ("slug") `);
    await queryRunner.query(`DROP INDEX "public"."UQ_article_draft_of"`);
    await queryRunner.query(`ALTER TABLE "article_revision" DROP COLUMN "change_note"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "pending_base_version"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "draft_of"`);
    await queryRunner.query(`DROP TABLE "published_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_preview_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_preview_token_article"`);
    await queryRunner.query(`DROP TABLE "preview_token"`);
  }
}

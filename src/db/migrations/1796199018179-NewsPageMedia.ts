import { MigrationInterface, QueryRunner } from 'typeorm';

// Images (lead and section images) and corrections (generated), and by hand the guard that keeps corrections
// append-only in the database itself: UPDATE is refused, and so is DELETE unless the article is gone already (the
// ON DELETE CASCADE of deleting the article, which runs after the article row is deleted).
const GUARD_FUNCTION = `CREATE FUNCTION "correction_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "article" WHERE "id" = OLD."article_id") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'corrections are never changed or deleted (correction %): add a new one', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
END
$$`;

export class NewsPageMedia1796199018179 implements MigrationInterface {
  name = 'NewsPageMedia1796199018179';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "image" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "path" character varying(500) NOT NULL, "alt" text, "caption" text, "credit" character varying(300), "width" integer NOT NULL, "height" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6db1ab4ee9ad9dbe86c64e4cc3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_image_article" ON "image"  ("article_id") `);
    await queryRunner.query(`CREATE TYPE "public"."correction_kind" AS ENUM('CORRECTION', 'CLARIFICATION', 'EDITORS_NOTE')`);
    await queryRunner.query(
      `CREATE TABLE "correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "article_id" uuid NOT NULL, "kind" "public"."correction_kind" NOT NULL, "text" text NOT NULL, "section_key" character varying(120), "article_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87d78e856994ebac898b898ad9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_correction_article" ON "correction"  ("article_id", "seq") `);
    await queryRunner.query(`ALTER TABLE "article" ADD "lead_image_id" uuid`);
    await queryRunner.query(`ALTER TABLE "section" ADD "image_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "article" ADD CONSTRAINT "FK_e0cc361e136978e5dfd5756fc36" FOREIGN KEY ("lead_image_id") REFERENCES "image"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "section" ADD CONSTRAINT "FK_4e0f02173e523e2d071d4df84fe" FOREIGN KEY ("image_id") REFERENCES "image"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "image" ADD CONSTRAINT "FK_6ab057143620cf637e0c7a0ee72" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction" ADD CONSTRAINT "FK_d85bad2ec8b0fcaef5cce62c3c0" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(GUARD_FUNCTION);
    await queryRunner.query(
      `CREATE TRIGGER "correction_append_only" BEFORE UPDATE OR DELETE ON "correction" FOR EACH ROW EXECUTE FUNCTION "correction_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "correction_append_only" ON "correction"`);
    await queryRunner.query(`DROP FUNCTION "correction_append_only"()`);
    await queryRunner.query(`ALTER TABLE "correction" DROP CONSTRAINT "FK_d85bad2ec8b0fcaef5cce62c3c0"`);
    await queryRunner.query(`ALTER TABLE "image" DROP CONSTRAINT "FK_6ab057143620cf637e0c7a0ee72"`);
    await queryRunner.query(`ALTER TABLE "section" DROP CONSTRAINT "FK_4e0f02173e523e2d071d4df84fe"`);
    await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_e0cc361e136978e5dfd5756fc36"`);
    await queryRunner.query(`ALTER TABLE "section" DROP COLUMN "image_id"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "lead_image_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_correction_article"`);
    await queryRunner.query(`DROP TABLE "correction"`);
    await queryRunner.query(`DROP TYPE "public"."correction_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_image_article"`);
    await queryRunner.query(`DROP TABLE "image"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795599596307 implements MigrationInterface {
  name = 'Initial1795599596307';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."article_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await queryRunner.query(
      `CREATE TABLE "article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "headline" character varying(300) NOT NULL, "summary" text, "status" "public"."article_status" NOT NULL DEFAULT 'DRAFT', "event_date" date, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_article_slug" ON "article"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_article_status_event_date" ON "article"  ("status", "event_date", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_article_status_published" ON "article"  ("status", "published_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "key" character varying(120) NOT NULL, "position" integer NOT NULL, "heading" character varying(300), "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_section_article_position" UNIQUE ("article_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "UQ_section_article_key" UNIQUE ("article_id", "key"), CONSTRAINT "PK_3c41d2d699384cc5e8eac54777d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."source_kind" AS ENUM('NEWS_AGENCY', 'BROADCASTER', 'NEWSPAPER', 'GOVERNMENT', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."source_kind" NOT NULL DEFAULT 'OTHER', "url" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_018c433f8264b58c86363eaadde" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_source_name" ON "source"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "citation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "source_id" uuid NOT NULL, "excerpt" text NOT NULL, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f02dfdce6c05dfbf2fead28d0b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_citation_source" ON "citation"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_citation_section_position" ON "citation"  ("section_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."actor_kind" AS ENUM('PERSON', 'ORGANIZATION', 'COUNTRY')`);
    await queryRunner.query(
      `CREATE TABLE "actor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."actor_kind" NOT NULL, "title" character varying(300), "country" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05b325494fcc996a44ae6928e5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_actor_name" ON "actor"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_actor_country" ON "actor"  ("country") `);
    await queryRunner.query(
      `CREATE TABLE "quote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "text" text NOT NULL, "speaker_id" uuid, "source_id" uuid, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_quote_speaker" ON "quote"  ("speaker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_quote_source" ON "quote"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_quote_created" ON "quote"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_quote_section_position" ON "quote"  ("section_id", "position") `);
    await queryRunner.query(
      `CREATE TYPE "public"."stance" AS ENUM('CONCERN', 'CONDEMNATION', 'CALL_FOR_CEASEFIRE', 'MEDIATION_OFFER', 'SUPPORT', 'CLAIM', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "stance" "public"."stance" NOT NULL, "summary" text NOT NULL, "source_id" uuid, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41fbb346da22da4df129f14b11e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reaction_actor" ON "reaction"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reaction_source" ON "reaction"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reaction_created" ON "reaction"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reaction_section_position" ON "reaction"  ("section_id", "position") `);
    await queryRunner.query(
      `ALTER TABLE "section" ADD CONSTRAINT "FK_36c03736a429311ec4e4397c65e" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "citation" ADD CONSTRAINT "FK_d85c3187ae3b926d83710860d48" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "citation" ADD CONSTRAINT "FK_b1661be309b71bd750d6f027387" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_850efa769ef345df66d6d41151f" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_79c718689e7690605396872c7be" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_710e77eb42ce382f072d78c0d5b" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reaction" ADD CONSTRAINT "FK_9f31a43e22cfc667b24bc7f9223" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reaction" ADD CONSTRAINT "FK_7b678cb43bc0e9fda40062dca40" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reaction" ADD CONSTRAINT "FK_6201b75ec680b86d3090fd40b55" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reaction" DROP CONSTRAINT "FK_6201b75ec680b86d3090fd40b55"`);
    await queryRunner.query(`ALTER TABLE "reaction" DROP CONSTRAINT "FK_7b678cb43bc0e9fda40062dca40"`);
    await queryRunner.query(`ALTER TABLE "reaction" DROP CONSTRAINT "FK_9f31a43e22cfc667b24bc7f9223"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_710e77eb42ce382f072d78c0d5b"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_79c718689e7690605396872c7be"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_850efa769ef345df66d6d41151f"`);
    await queryRunner.query(`ALTER TABLE "citation" DROP CONSTRAINT "FK_b1661be309b71bd750d6f027387"`);
    await queryRunner.query(`ALTER TABLE "citation" DROP CONSTRAINT "FK_d85c3187ae3b926d83710860d48"`);
    await queryRunner.query(`ALTER TABLE "section" DROP CONSTRAINT "FK_36c03736a429311ec4e4397c65e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reaction_section_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reaction_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reaction_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reaction_actor"`);
    await queryRunner.query(`DROP TABLE "reaction"`);
    await queryRunner.query(`DROP TYPE "public"."stance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quote_section_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quote_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quote_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quote_speaker"`);
    await queryRunner.query(`DROP TABLE "quote"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actor_country"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_actor_name"`);
    await queryRunner.query(`DROP TABLE "actor"`);
    await queryRunner.query(`DROP TYPE "public"."actor_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_citation_section_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_citation_source"`);
    await queryRunner.query(`DROP TABLE "citation"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_source_name"`);
    await queryRunner.query(`DROP TABLE "source"`);
    await queryRunner.query(`DROP TYPE "public"."source_kind"`);
    await queryRunner.query(`DROP TABLE "section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_status_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_status_event_date"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_article_slug"`);
    await queryRunner.query(`DROP TABLE "article"`);
    await queryRunner.query(`DROP TYPE "public"."article_status"`);
  }
}

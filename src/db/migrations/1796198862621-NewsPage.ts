import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsPage1796198862621 implements MigrationInterface {
  name = 'NewsPage1796198862621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contributor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(120) NOT NULL, "role" character varying(200), "bio" text, "url" character varying(2000), "image_url" character varying(2000), "is_fictional" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_816afef005b8100becacdeb6e58" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_contributor_slug" ON "contributor"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "article_contributor" ("article_id" uuid NOT NULL, "contributor_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_37cde652da60ce9c96e39b76ce3" PRIMARY KEY ("article_id", "contributor_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_article_contributor_contributor" ON "article_contributor"  ("contributor_id") `);
    await queryRunner.query(`CREATE TYPE "public"."topic_kind" AS ENUM('SUBJECT', 'PLACE', 'ORGANIZATION', 'PERSON', 'STORY')`);
    await queryRunner.query(
      `CREATE TABLE "topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(120) NOT NULL, "kind" "public"."topic_kind" NOT NULL, "summary" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_topic_slug" ON "topic"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "article_topic" ("article_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_dcdd34532fab66c4b8e75a6ed75" PRIMARY KEY ("article_id", "topic_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_article_topic_topic" ON "article_topic"  ("topic_id") `);
    await queryRunner.query(
      `CREATE TABLE "topic_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "date" date NOT NULL, "date_label" character varying(100), "title" character varying(300) NOT NULL, "body" text, "article_id" uuid, "position" integer NOT NULL, CONSTRAINT "PK_23606a625b1d6499be301de7056" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_topic_event_article" ON "topic_event"  ("article_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_topic_event_topic_date" ON "topic_event"  ("topic_id", "date", "position") `);
    await queryRunner.query(
      `CREATE TABLE "topic_event_citation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "source_id" uuid NOT NULL, "excerpt" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_491699fdb22d3e28061f28c3367" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_topic_event_citation_source" ON "topic_event_citation"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_topic_event_citation_event" ON "topic_event_citation"  ("event_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "article_related" ("article_id" uuid NOT NULL, "related_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "CHK_article_related_not_self" CHECK ("article_id" <> "related_id"), CONSTRAINT "PK_47709fe3cc002277076f6af1c25" PRIMARY KEY ("article_id", "related_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_article_related_related" ON "article_related"  ("related_id") `);
    await queryRunner.query(
      `ALTER TABLE "article_contributor" ADD CONSTRAINT "FK_583dd9636c1d4321755a15dbf6b" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_contributor" ADD CONSTRAINT "FK_71835f3f4b7b89f792e3bb03785" FOREIGN KEY ("contributor_id") REFERENCES "contributor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_topic" ADD CONSTRAINT "FK_093ce6f5cf80a76ecd65e3aaaff" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_topic" ADD CONSTRAINT "FK_e2cfcf1a64c63dfdd953a7a5757" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "topic_event" ADD CONSTRAINT "FK_49002950b25cacf4a08d34c4810" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "topic_event" ADD CONSTRAINT "FK_b029c92cc044ae705557ff7cc44" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "topic_event_citation" ADD CONSTRAINT "FK_8f76538713ae4427ad4c711e2df" FOREIGN KEY ("event_id") REFERENCES "topic_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "topic_event_citation" ADD CONSTRAINT "FK_f6879146e6008f3fbe9f9840409" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_related" ADD CONSTRAINT "FK_a321faea3268142014b079b6f90" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_related" ADD CONSTRAINT "FK_7293c42a56cc07c8e6a884c2429" FOREIGN KEY ("related_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article_related" DROP CONSTRAINT "FK_7293c42a56cc07c8e6a884c2429"`);
    await queryRunner.query(`ALTER TABLE "article_related" DROP CONSTRAINT "FK_a321faea3268142014b079b6f90"`);
    await queryRunner.query(`ALTER TABLE "topic_event_citation" DROP CONSTRAINT "FK_f6879146e6008f3fbe9f9840409"`);
    await queryRunner.query(`ALTER TABLE "topic_event_citation" DROP CONSTRAINT "FK_8f76538713ae4427ad4c711e2df"`);
    await queryRunner.query(`ALTER TABLE "topic_event" DROP CONSTRAINT "FK_b029c92cc044ae705557ff7cc44"`);
    await queryRunner.query(`ALTER TABLE "topic_event" DROP CONSTRAINT "FK_49002950b25cacf4a08d34c4810"`);
    await queryRunner.query(`ALTER TABLE "article_topic" DROP CONSTRAINT "FK_e2cfcf1a64c63dfdd953a7a5757"`);
    await queryRunner.query(`ALTER TABLE "article_topic" DROP CONSTRAINT "FK_093ce6f5cf80a76ecd65e3aaaff"`);
    await queryRunner.query(`ALTER TABLE "article_contributor" DROP CONSTRAINT "FK_71835f3f4b7b89f792e3bb03785"`);
    await queryRunner.query(`ALTER TABLE "article_contributor" DROP CONSTRAINT "FK_583dd9636c1d4321755a15dbf6b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_related_related"`);
    await queryRunner.query(`DROP TABLE "article_related"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_topic_event_citation_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_topic_event_citation_source"`);
    await queryRunner.query(`DROP TABLE "topic_event_citation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_topic_event_topic_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_topic_event_article"`);
    await queryRunner.query(`DROP TABLE "topic_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_topic_topic"`);
    await queryRunner.query(`DROP TABLE "article_topic"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_topic_slug"`);
    await queryRunner.query(`DROP TABLE "topic"`);
    await queryRunner.query(`DROP TYPE "public"."topic_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_contributor_contributor"`);
    await queryRunner.query(`DROP TABLE "article_contributor"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_contributor_slug"`);
    await queryRunner.query(`DROP TABLE "contributor"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CmsWritePath1795600851910 implements MigrationInterface {
  name = 'CmsWritePath1795600851910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."api_key_role" AS ENUM('EDITOR', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "role" "public"."api_key_role" NOT NULL, "key_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_key_name" ON "api_key"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_key_hash" ON "api_key"  ("key_hash") `);
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("api_key_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "response_status" integer NOT NULL, "response_body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_96f2d4f71b232b9bbb3284df119" PRIMARY KEY ("api_key_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_key_expires" ON "idempotency_key"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "article_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "key_name" character varying(100), "action" character varying(60) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_article_revision_version" UNIQUE ("article_id", "version"), CONSTRAINT "PK_8ba7e2fe48e891064c6d4b4ef20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_revision" ADD CONSTRAINT "FK_0f5cabd230607eb5df11fa16ff1" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article_revision" DROP CONSTRAINT "FK_0f5cabd230607eb5df11fa16ff1"`);
    await queryRunner.query(`DROP TABLE "article_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_idempotency_key_expires"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_api_key_hash"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_api_key_name"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP TYPE "public"."api_key_role"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContestedFigures1795601072192 implements MigrationInterface {
  name = 'ContestedFigures1795601072192';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contested_figure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section_id" uuid NOT NULL, "claim" character varying(300) NOT NULL, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f8c7cb254c72703c917c6cc258" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_contested_figure_section_position" ON "contested_figure"  ("section_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "figure_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contested_figure_id" uuid NOT NULL, "claimant_id" uuid NOT NULL, "stated_by_id" uuid, "value" numeric NOT NULL, "unit" character varying(100) NOT NULL, "source_id" uuid, "excerpt" text NOT NULL, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87c19eb64b303d50c9277cc1c30" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_figure_claim_claimant" ON "figure_claim"  ("claimant_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_figure_claim_stated_by" ON "figure_claim"  ("stated_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_figure_claim_source" ON "figure_claim"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_figure_claim_figure_position" ON "figure_claim"  ("contested_figure_id", "position") `);
    await queryRunner.query(
      `ALTER TABLE "contested_figure" ADD CONSTRAINT "FK_a5b795d398a424becd17a6a3901" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "figure_claim" ADD CONSTRAINT "FK_1c41d92d0e1cecbb37afe6b2802" FOREIGN KEY ("contested_figure_id") REFERENCES "contested_figure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "figure_claim" ADD CONSTRAINT "FK_8d21d183504c84572f9affe817f" FOREIGN KEY ("claimant_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "figure_claim" ADD CONSTRAINT "FK_1888506d28767028843d9836e72" FOREIGN KEY ("stated_by_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "figure_claim" ADD CONSTRAINT "FK_90b145b3d90e3870cc88871d480" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "figure_claim" DROP CONSTRAINT "FK_90b145b3d90e3870cc88871d480"`);
    await queryRunner.query(`ALTER TABLE "figure_claim" DROP CONSTRAINT "FK_1888506d28767028843d9836e72"`);
    await queryRunner.query(`ALTER TABLE "figure_claim" DROP CONSTRAINT "FK_8d21d183504c84572f9affe817f"`);
    await queryRunner.query(`ALTER TABLE "figure_claim" DROP CONSTRAINT "FK_1c41d92d0e1cecbb37afe6b2802"`);
    await queryRunner.query(`ALTER TABLE "contested_figure" DROP CONSTRAINT "FK_a5b795d398a424becd17a6a3901"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_figure_claim_figure_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_figure_claim_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_figure_claim_stated_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_figure_claim_claimant"`);
    await queryRunner.query(`DROP TABLE "figure_claim"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contested_figure_section_position"`);
    await queryRunner.query(`DROP TABLE "contested_figure"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled publishing, embargoes and the changes feed.
 * - article.publish_at / unpublish_at: the times the scheduler (graphile-worker jobs) carries out; embargo_until:
 *   readers see nothing of the article while it is set (the embargo job clears it at its time).
 * - article_change: one entry per transaction and article whose reader-visible state changed, written by a trigger
 *   on article in the writing transaction, whatever the write path. `position` is the feed's order: the writing
 *   transaction's id (xid8), raised to the article's previous entry's when lower, so that entries of one article
 *   come in commit order; the feed serves only positions below the oldest running transaction (pg_snapshot_xmin),
 *   so an entry that commits late can never land behind a cursor already handed out. No foreign key: a deleted
 *   article's DELETED entry stays as its tombstone.
 */
export class ScheduleAndChanges1796200000000 implements MigrationInterface {
  name = 'ScheduleAndChanges1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "article" ADD "embargo_until" TIMESTAMP WITH TIME ZONE, ADD "publish_at" TIMESTAMP WITH TIME ZONE, ADD "unpublish_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`CREATE TABLE "article_change" (
      "id" BIGSERIAL PRIMARY KEY,
      "position" xid8 NOT NULL,
      "xact" xid8 NOT NULL DEFAULT pg_current_xact_id(),
      "kind" text NOT NULL CHECK ("kind" IN ('PUBLISHED', 'UPDATED', 'UNPUBLISHED', 'DELETED')),
      "was_visible" boolean NOT NULL,
      "article_id" uuid NOT NULL,
      "slug" varchar(120) NOT NULL,
      "version" integer NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())`);
    await queryRunner.query(`CREATE INDEX "IDX_article_change_position" ON "article_change" ("position", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_article_change_article" ON "article_change" ("article_id", "position")`);
    await queryRunner.query(`CREATE FUNCTION article_change_record() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  art uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
  -- reader-visible: published and not under embargo
  was boolean := TG_OP <> 'INSERT' AND OLD.status = 'PUBLISHED' AND OLD.embargo_until IS NULL;
  now_visible boolean := TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED' AND NEW.embargo_until IS NULL;
  prior_id bigint;
  prior_was boolean;
  k text;
  last_position xid8;
BEGIN
  -- One entry per transaction and article: a later write of the same transaction merges into it.
  SELECT c.id, c.was_visible INTO prior_id, prior_was FROM article_change c WHERE c.article_id = art AND c.xact = pg_current_xact_id();
  IF prior_id IS NOT NULL THEN was := prior_was; END IF;
  k := CASE WHEN was AND now_visible THEN 'UPDATED' WHEN now_visible THEN 'PUBLISHED'
            WHEN was AND TG_OP = 'DELETE' THEN 'DELETED' WHEN was THEN 'UNPUBLISHED' END;
  IF prior_id IS NOT NULL THEN
    IF k IS NULL THEN
      DELETE FROM article_change WHERE id = prior_id;
    ELSIF TG_OP = 'DELETE' THEN
      UPDATE article_change SET kind = k, slug = OLD.slug, version = OLD.version, at = clock_timestamp() WHERE id = prior_id;
    ELSE
      UPDATE article_change SET kind = k, slug = NEW.slug, version = NEW.version, at = clock_timestamp() WHERE id = prior_id;
    END IF;
    RETURN NULL;
  END IF;
  -- Nothing a reader sees changed (a draft's write; or a published row touched without a new version).
  IF k IS NULL OR (k = 'UPDATED' AND NEW.version = OLD.version) THEN RETURN NULL; END IF;
  SELECT max(c.position) INTO last_position FROM article_change c WHERE c.article_id = art;
  INSERT INTO article_change (position, kind, was_visible, article_id, slug, version)
  VALUES (greatest(pg_current_xact_id(), last_position), k, was, art,
          CASE WHEN TG_OP = 'DELETE' THEN OLD.slug ELSE NEW.slug END, CASE WHEN TG_OP = 'DELETE' THEN OLD.version ELSE NEW.version END);
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(
      `CREATE TRIGGER article_change_record AFTER INSERT OR UPDATE OR DELETE ON "article" FOR EACH ROW EXECUTE FUNCTION article_change_record()`,
    );
    // The scheduler's jobs follow the article's times, whatever writes them: one graphile-worker job per task and
    // article (job key `<task>:<article id>`, replaced when the time moves, removed when it is cleared). The
    // graphile_worker schema is installed by the server at start (graphile-worker's own migrations).
    await queryRunner.query(`CREATE FUNCTION article_schedule_job(task text, article uuid, due timestamptz) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF due IS NULL THEN
    PERFORM graphile_worker.remove_job(task || ':' || article);
  ELSE
    PERFORM graphile_worker.add_job(task, json_build_object('articleId', article), run_at := due, job_key := task || ':' || article, max_attempts := 25);
  END IF;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION article_schedule_jobs() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.publish_at IS DISTINCT FROM OLD.publish_at THEN PERFORM article_schedule_job('publishArticle', NEW.id, NEW.publish_at); END IF;
  IF TG_OP = 'INSERT' OR NEW.unpublish_at IS DISTINCT FROM OLD.unpublish_at THEN PERFORM article_schedule_job('unpublishArticle', NEW.id, NEW.unpublish_at); END IF;
  IF TG_OP = 'INSERT' OR NEW.embargo_until IS DISTINCT FROM OLD.embargo_until THEN PERFORM article_schedule_job('liftEmbargo', NEW.id, NEW.embargo_until); END IF;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE TRIGGER article_schedule_jobs_insert AFTER INSERT ON "article" FOR EACH ROW
      WHEN (NEW.publish_at IS NOT NULL OR NEW.unpublish_at IS NOT NULL OR NEW.embargo_until IS NOT NULL) EXECUTE FUNCTION article_schedule_jobs()`);
    await queryRunner.query(`CREATE TRIGGER article_schedule_jobs_update AFTER UPDATE OF publish_at, unpublish_at, embargo_until ON "article" FOR EACH ROW
      WHEN (NEW.publish_at IS DISTINCT FROM OLD.publish_at OR NEW.unpublish_at IS DISTINCT FROM OLD.unpublish_at OR NEW.embargo_until IS DISTINCT FROM OLD.embargo_until)
      EXECUTE FUNCTION article_schedule_jobs()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER article_schedule_jobs_update ON "article"`);
    await queryRunner.query(`DROP TRIGGER article_schedule_jobs_insert ON "article"`);
    await queryRunner.query(`DROP FUNCTION article_schedule_jobs()`);
    await queryRunner.query(`DROP FUNCTION article_schedule_job(text, uuid, timestamptz)`);
    await queryRunner.query(`DROP TRIGGER article_change_record ON "article"`);
    await queryRunner.query(`DROP FUNCTION article_change_record()`);
    await queryRunner.query(`DROP TABLE "article_change"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "unpublish_at", DROP COLUMN "publish_at", DROP COLUMN "embargo_until"`);
  }
}

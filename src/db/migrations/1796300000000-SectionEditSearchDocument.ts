import { MigrationInterface, QueryRunner } from 'typeorm';

// A section edit's search document computed in the edit's own article update (sectionEdit's `v`) instead of in a
// second update of the same row by the section trigger (SearchDocument1795609855950): one row version of the
// article per edit instead of two.
//   - article_search_document_edited: article_search_document as it is once section `edited_section` has the
//     heading and body given (null: unchanged), computed before the section is written.
//   - The statement names its article in the transaction-local setting `explainer.search_document_given`; for that
//     article the BEFORE trigger on article keeps the search_document the update sets (it would read the sections
//     as they were), and the section trigger skips it and clears the setting, so that any later write in the
//     transaction recomputes as before. The trigger fires at the end of the edit's statement even when no section
//     row was written (a stale version): the setting never outlives the statement.
// Written by hand: the functions are not TypeORM metadata.
export class SectionEditSearchDocument1796300000000 implements MigrationInterface {
  name = 'SectionEditSearchDocument1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The same expression as article_search_document (the same text gives the same vector), over the sections
    // with the edited one's new heading and body put in.
    await queryRunner.query(`CREATE FUNCTION article_search_document_edited(article_id uuid, headline text, summary text,
        edited_section uuid, new_heading text, new_body text) RETURNS tsvector
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
          || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
          || coalesce((SELECT setweight(to_tsvector('english'::regconfig, coalesce(string_agg(s.heading, ' ' ORDER BY s.position), '')), 'C')
                              || setweight(to_tsvector('english'::regconfig, string_agg(s.body, ' ' ORDER BY s.position)), 'D')
                         FROM (SELECT x.position,
                                 CASE WHEN x.id = edited_section THEN coalesce(new_heading, x.heading) ELSE x.heading END AS heading,
                                 CASE WHEN x.id = edited_section THEN coalesce(new_body, x.body) ELSE x.body END AS body
                               FROM section x WHERE x.article_id = article_search_document_edited.article_id) s), ''::tsvector)
      $fn$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION article_search_document_row() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- (set by a section edit that computed the document itself: see section_search_document_updated)
        IF TG_OP = 'UPDATE' AND NEW.id::text = current_setting('explainer.search_document_given', true) THEN
          RETURN NEW;
        END IF;
        NEW.search_document := article_search_document(NEW.id, NEW.headline, NEW.summary);
        RETURN NEW;
      END
      $fn$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION section_search_document_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        given text := nullif(current_setting('explainer.search_document_given', true), '');
      BEGIN
        IF given IS NOT NULL THEN
          PERFORM set_config('explainer.search_document_given', '', true);
        END IF;
        UPDATE article a SET search_document = NULL WHERE a.id IN (
          SELECT unnest(ARRAY[n.article_id, o.article_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.article_id, n.position, n.heading, n.body) IS DISTINCT FROM (o.article_id, o.position, o.heading, o.body))
          AND a.id::text IS DISTINCT FROM given;
        RETURN NULL;
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // As SearchDocument1795609855950 made them.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION section_search_document_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE article a SET search_document = NULL WHERE a.id IN (
          SELECT unnest(ARRAY[n.article_id, o.article_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.article_id, n.position, n.heading, n.body) IS DISTINCT FROM (o.article_id, o.position, o.heading, o.body));
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION article_search_document_row() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.search_document := article_search_document(NEW.id, NEW.headline, NEW.summary);
        RETURN NEW;
      END
      $fn$`);
    await queryRunner.query(`DROP FUNCTION article_search_document_edited(uuid, text, text, uuid, text, text)`);
  }
}

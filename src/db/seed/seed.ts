// Loads named fixture sets; an explainer whose slug already exists is left alone, so loading twice adds nothing.
import type { DataSource } from 'typeorm';
import { insertExplainer } from '../../modules/articles/explainer.writer';
import { insertTimeline } from '../../modules/articles/topic.writer';
import { FIXTURE_TIMELINES, FIXTURES, type FixtureName } from './armenia-azerbaijan.fixture';

export async function loadFixtures(ds: DataSource, name: FixtureName): Promise<{ inserted: string[]; skipped: string[] }> {
  const inserted: string[] = [];
  const skipped: string[] = [];
  await ds.transaction(async (manager) => {
    for (const explainer of FIXTURES[name]) {
      const exists = await manager.query('SELECT 1 FROM article WHERE slug = $1', [explainer.slug]);
      if (exists.length > 0) {
        skipped.push(explainer.slug);
        continue;
      }
      await insertExplainer(manager, explainer);
      inserted.push(explainer.slug);
    }
    for (const timeline of FIXTURE_TIMELINES[name]) await insertTimeline(manager, timeline);
  });
  return { inserted, skipped };
}

/** `npm start` seeds only a database that holds no article at all. */
export async function seedIfEmpty(ds: DataSource): Promise<string[]> {
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM article');
  if (n > 0) return [];
  return (await loadFixtures(ds, 'armenia-azerbaijan')).inserted;
}

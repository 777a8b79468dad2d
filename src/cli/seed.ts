// `npm run seed [-- fixture-name]`: loads a named fixture set; explainers already there are left alone.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { loadFixtures } from '../db/seed/seed';
import { FIXTURES, type FixtureName } from '../db/seed/armenia-azerbaijan.fixture';

async function main(): Promise<number> {
  const name = (process.argv[2] ?? 'armenia-azerbaijan') as FixtureName;
  if (!(name in FIXTURES)) {
    console.error(`unknown fixture set "${name}"; known: ${Object.keys(FIXTURES).join(', ')}`);
    return 2;
  }
  const db = await openDatabase(loadConfig(), (m) => console.error(m));
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const { inserted, skipped } = await loadFixtures(db.dataSource, name);
    console.log(JSON.stringify({ fixture: name, inserted, skipped }));
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

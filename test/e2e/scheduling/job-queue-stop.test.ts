// The job queue's connections are closed when its stop() returns: the server stops it before the database, and an
// embedded PostgreSQL stopped while one of them was still open used to end the process with an uncaught 'error'
// event (graphile-worker's own pool lost its error listeners first and was ended without waiting).
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { startJobQueue, JOBS_APPLICATION_NAME } from '../../../src/modules/scheduling/schedule.jobs';
import { createTestDatabase, type TestDatabase } from '../../setup/test-app';
import { until } from '../../setup/time-scale';

const silent = pino({ level: 'silent' });

async function queueConnections(db: TestDatabase): Promise<number> {
  const [row] = await db.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [
    JOBS_APPLICATION_NAME,
  ]);
  return row.n;
}

describe('the job queue stops with its connections', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it.each([
    ['running jobs (JOBS_ENABLED=true)', 'true'],
    ['schema only (JOBS_ENABLED=false)', 'false'],
  ])('%s: none is open once stop() returns', async (_, enabled) => {
    const config = loadConfig({ NODE_ENV: 'test', JOBS_ENABLED: enabled, JOBS_POLL_MS: '50' });
    const queue = await startJobQueue(config, db.ds, silent);
    if (enabled === 'true') {
      expect(await queueConnections(db)).toBeGreaterThan(0);
      expect(queue.connections()).toBeGreaterThan(0);
    }
    await queue.stop();
    // Closed on this side when stop() returns: nothing left for a stopping PostgreSQL to break. (The server's
    // backends exit a moment later; pg_stat_activity shows them until then.)
    expect(queue.connections()).toBe(0);
    await until(
      'the backends gone',
      () => queueConnections(db),
      (n) => n === 0,
      5000,
    );
  });
});

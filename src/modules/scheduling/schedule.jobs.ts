// The job queue of scheduled publishing: graphile-worker, in-process, on the application's database (schema
// graphile_worker). Jobs are rows with a run_at; every instance that runs the queue takes due ones with
// FOR UPDATE SKIP LOCKED, so each runs once across instances; one whose time passed while no instance ran is
// taken at the next start. New jobs that are due at once wake the runners with LISTEN/NOTIFY; future ones are
// found by polling every JOBS_POLL_MS, which bounds how late a scheduled time is carried out.
import type { DataSource } from 'typeorm';
import type { Logger as PinoLogger } from 'pino';
import { Pool, type Client } from 'pg';
import { Logger, run, runMigrations, type Runner, type Task, type TaskList } from 'graphile-worker';
import type { Config } from '../../config';
import { primaryUrl } from '../../common/pg-pool';
import { SCHEDULED_TASKS, scheduleService, type ScheduledTask } from './schedule.service';

/** graphile-worker's log lines through pino (its chatty info lines as debug). */
function workerLogger(logger: PinoLogger): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const fields = { jobs: scope, ...(meta ?? {}) };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}

function tasks(ds: DataSource, logger: PinoLogger): TaskList {
  const list: TaskList = {};
  for (const name of SCHEDULED_TASKS) {
    const task: Task = async (payload) => {
      const articleId = (payload as { articleId?: unknown } | null)?.articleId;
      if (typeof articleId !== 'string') return;
      const outcome = await scheduleService.run(ds, name as ScheduledTask, articleId);
      logger.info({ task: name, articleId, outcome }, 'scheduled task');
    };
    list[name] = task;
  }
  return list;
}

export interface JobQueue {
  /** Stops taking jobs, waits for the running ones, and returns once every connection of the queue is closed. */
  stop(): Promise<void>;
  /** The connections the queue holds open, on this side (0 once stopped). */
  connections(): number;
}

/**
 * Installs (or updates) the graphile_worker schema, then, when JOBS_ENABLED, runs the queue on this instance.
 * The schema is installed even when this instance runs no jobs: writes add jobs in their own transaction.
 */
export async function startJobQueue(config: Config, ds: DataSource, logger: PinoLogger): Promise<JobQueue> {
  // The queue's own pool (LISTEN, the due-job queries, the tasks' bookkeeping; tasks write through `ds`), owned
  // here rather than by graphile-worker: its releaser takes the pool's error listeners off and then ends the pool
  // without waiting, so a PostgreSQL stopped right after (the embedded one, when start-up fails) terminated
  // connections nobody listened on any more: an uncaught 'error' event. Ours keep their listeners, and stop()
  // returns once every connection has closed (pg-pool's end() resolves before its clients' sockets are closed).
  const pool = queuePool(primaryUrl(ds), config.jobs.enabled ? config.jobs.concurrency + 2 : 1, logger);
  const common = { pgPool: pool.pool, logger: workerLogger(logger) };
  try {
    if (!config.jobs.enabled) {
      await runMigrations(common);
      await pool.end();
      return { stop: async () => undefined, connections: pool.open };
    }
    const runner: Runner = await run({
      ...common,
      concurrency: config.jobs.concurrency,
      pollInterval: config.jobs.pollMs,
      noHandleSignals: true,
      taskList: tasks(ds, logger),
    });
    return {
      stop: async () => {
        await runner.stop();
        await pool.end();
      },
      connections: pool.open,
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}

/** application_name of the job queue's connections (what pg_stat_activity shows). */
export const JOBS_APPLICATION_NAME = 'explainer-api jobs';

/**
 * A pg pool whose connections, idle or checked out, report a break to the log instead of throwing it, with the
 * connections still open (until their sockets close) and an end() that waits for them.
 */
function queuePool(connectionString: string | undefined, max: number, logger: PinoLogger) {
  const pool = new Pool({ connectionString, max, application_name: JOBS_APPLICATION_NAME });
  const lost = (err: Error) => logger.warn({ err: err.message }, 'job queue: PostgreSQL connection lost');
  const open = new Map<Client, Promise<void>>();
  pool.on('error', lost);
  pool.on('connect', (client) => {
    client.on('error', lost);
    open.set(
      client,
      new Promise<void>((resolve) =>
        client.once('end', () => {
          open.delete(client);
          resolve();
        }),
      ),
    );
  });
  return {
    pool,
    open: () => open.size,
    end: async () => {
      await pool.end();
      await Promise.all(open.values());
    },
  };
}

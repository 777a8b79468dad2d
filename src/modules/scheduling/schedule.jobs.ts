// The job queue of scheduled publishing: graphile-worker, in-process, on the application's database (schema
// graphile_worker). Jobs are rows with a run_at; every instance that runs the queue takes due ones with
// FOR UPDATE SKIP LOCKED, so each runs once across instances; one whose time passed while no instance ran is
// taken at the next start. New jobs that are due at once wake the runners with LISTEN/NOTIFY; future ones are
// found by polling every JOBS_POLL_MS, which bounds how late a scheduled time is carried out.
import type { DataSource } from 'typeorm';
import type { Logger as PinoLogger } from 'pino';
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
  stop(): Promise<void>;
}

/**
 * Installs (or updates) the graphile_worker schema, then, when JOBS_ENABLED, runs the queue on this instance.
 * The schema is installed even when this instance runs no jobs: writes add jobs in their own transaction.
 */
export async function startJobQueue(config: Config, ds: DataSource, logger: PinoLogger): Promise<JobQueue> {
  const connectionString = primaryUrl(ds);
  const common = { connectionString, logger: workerLogger(logger) };
  if (!config.jobs.enabled) {
    await runMigrations({ ...common, maxPoolSize: 1 });
    return { stop: async () => undefined };
  }
  const runner: Runner = await run({
    ...common,
    // the runner's own pool: LISTEN, the due-job queries and the tasks' bookkeeping (tasks write through `ds`)
    maxPoolSize: config.jobs.concurrency + 2,
    concurrency: config.jobs.concurrency,
    pollInterval: config.jobs.pollMs,
    noHandleSignals: true,
    taskList: tasks(ds, logger),
  });
  return { stop: () => runner.stop() };
}

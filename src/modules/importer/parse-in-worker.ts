// parseExplainer off the request thread: one worker thread, reused, parses one text at a time; a parse that
// takes longer than its budget is stopped (the worker is terminated; the next import starts a new one), so no
// import can stall health checks, cached reads or websocket pings.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, BadUserInputError, type ErrorCode } from '../../common/errors';
import type { ExplainerDraft, ParseOptions } from '../../importer/types';

// The worker's code: load the parser (compiled .js, or the .ts sources through tsx when run from them) and answer.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.typescript) require('tsx/cjs');
const { parseExplainer } = require(workerData.parser);
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, text, options }) => {
  try {
    if (options.referenceDate) options.referenceDate = new Date(options.referenceDate);
    parentPort.postMessage({ id, draft: parseExplainer(text, options) });
  } catch (e) {
    parentPort.postMessage({ id, error: { code: e && e.code, message: String(e && e.message), details: (e && e.details) || {} } });
  }
});
`;

interface Job {
  id: number;
  text: string;
  options: ParseOptions;
  timeoutMs: number;
  resolve: (d: ExplainerDraft) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null = null;
/** The worker has loaded the parser (its language data take seconds on a busy machine: not part of the budget). */
let ready = false;
let current: Job | null = null;
let timer: NodeJS.Timeout | null = null;
const queue: Job[] = [];
let nextId = 1;

function startWorker(): Worker {
  const typescript = __filename.endsWith('.ts');
  const parser = path.resolve(__dirname, '..', '..', 'importer', `parse-explainer${typescript ? '.ts' : '.js'}`);
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { parser, typescript } });
  // An idle worker does not keep the process alive (CLI runs, tests, shutdown).
  w.unref();
  w.on(
    'message',
    (msg: { ready?: boolean; id: number; draft?: ExplainerDraft; error?: { code?: string; message: string; details: Record<string, unknown> } }) => {
      if (msg.ready) {
        if (worker !== w) return;
        ready = true;
        if (current) startBudget(current, w);
        return;
      }
      const job = current;
      if (!job || job.id !== msg.id) return;
      finish();
      if (msg.draft) job.resolve(msg.draft);
      else if (msg.error?.code) job.reject(new AppError(msg.error.code as ErrorCode, msg.error.message, msg.error.details));
      else job.reject(new Error(msg.error?.message ?? 'the import worker failed'));
      next();
    },
  );
  w.on('error', (err) => {
    const job = current;
    worker = null;
    finish();
    job?.reject(err);
    next();
  });
  w.on('exit', () => {
    if (worker === w) {
      worker = null;
      ready = false;
    }
  });
  return w;
}

function finish(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  current = null;
}

function next(): void {
  if (current || queue.length === 0) return;
  const job = queue.shift()!;
  current = job;
  if (!worker) {
    ready = false;
    worker = startWorker();
  }
  const w = worker;
  w.ref();
  // Queued in the worker until it is ready; the budget starts when the parser can start.
  w.postMessage({ id: job.id, text: job.text, options: { ...job.options, referenceDate: job.options.referenceDate?.toISOString() } });
  if (ready) startBudget(job, w);
}

function startBudget(job: Job, w: Worker): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    // Over budget: stop the parse where it is; nothing was written (the write starts after the parse).
    worker = null;
    ready = false;
    finish();
    void w.terminate();
    job.reject(
      new BadUserInputError(`the import took too long: parsing stopped after ${job.timeoutMs} ms (IMPORT_TIMEOUT_MS)`, {
        reason: 'TIMEOUT',
        timeoutMs: job.timeoutMs,
      }),
    );
    next();
  }, job.timeoutMs);
}

/** Whether a parse is running in the worker now (its budget started). */
export function importParsing(): boolean {
  return current !== null && ready && timer !== null;
}

/** Parses in the worker thread; rejects with BAD_USER_INPUT (reason TIMEOUT) after `timeoutMs` of parsing. */
export function parseInWorker(text: string, options: ParseOptions, timeoutMs: number): Promise<ExplainerDraft> {
  return new Promise<ExplainerDraft>((resolve, reject) => {
    queue.push({ id: nextId++, text, options, timeoutMs, resolve, reject });
    next();
  }).finally(() => {
    if (!current && queue.length === 0) worker?.unref();
  });
}

/** Stops the worker (tests, shutdown). */
export async function stopImportWorker(): Promise<void> {
  const w = worker;
  worker = null;
  ready = false;
  if (w) await w.terminate();
}

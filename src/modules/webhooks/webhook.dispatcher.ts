// Delivers the webhook outbox: one row per endpoint and event, written in the write's transaction (see
// revision.service.ts). Every instance runs a dispatcher. A row is claimed with FOR UPDATE SKIP LOCKED by one
// statement that also leases it (its next_attempt_at moves past the send's timeout), and settled by another:
// no database connection is held while an endpoint takes its time, and two instances never send one delivery at
// the same time. A lease that runs out (the instance died while sending) makes the row due again: at least once.
// An article's events reach an endpoint in order: a row waits while an earlier one of the same article and
// endpoint is pending (a leased row is still pending).
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { primaryPool } from '../../common/pg-pool';
import { postWebhook, setEgressPolicy } from './webhook.egress';

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Wait before try `attempt + 1`: exponential, capped, with up to half taken off at random. */
export function backoffMs(attempt: number, cfg: Config['webhooks']): number {
  const full = Math.min(cfg.backoffBaseMs * 2 ** Math.max(attempt - 1, 0), cfg.backoffMaxMs);
  return Math.round(full / 2 + Math.random() * (full / 2));
}

const LEASE_MARGIN_MS = 5000;

interface Claimed {
  id: string;
  event_id: string;
  attempts: number;
  payload: unknown;
  url: string;
  secret: string;
}

/** Leases the first due row ($1: the lease in ms) and returns it, in one statement (no transaction held). */
const CLAIM = `
  UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = now() + $1 * interval '1 millisecond'
  FROM webhook w
  WHERE w.id = d.webhook_id AND d.id = (
    SELECT c.id FROM webhook_delivery c JOIN webhook cw ON cw.id = c.webhook_id
    WHERE c.status = 'PENDING' AND c.next_attempt_at <= now() AND cw.active
      AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
        WHERE e.webhook_id = c.webhook_id AND e.article_id = c.article_id AND e.seq < c.seq AND e.status = 'PENDING')
    ORDER BY c.seq
    LIMIT 1
    FOR UPDATE OF c SKIP LOCKED)
  RETURNING d.id, d.event_id, d.attempts, d.payload, w.url, w.secret`;

/**
 * Settles only the try this dispatcher leased: the claim counted the try (attempts), so a row whose attempts moved
 * on was claimed again after this lease ran out, and that later try settles it. A try whose instance died
 * mid-send counts too: such a row still ends DEAD after WEBHOOK_MAX_ATTEMPTS.
 */
const OWNED = `id = $1 AND status = 'PENDING' AND attempts = $2`;

export class WebhookDispatcher {
  private running = false;
  private workers: Promise<void>[] = [];
  private wake: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private checking = false;
  /** Deliveries this instance has had acknowledged. */
  delivered = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: Config['webhooks'],
    private readonly logger: Logger,
  ) {
    // createWebhook checks endpoints with the policy of the server whose data source it writes to.
    setEgressPolicy(ds, { allowPrivate: cfg.allowPrivate });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (let i = 0; i < this.cfg.concurrency; i++) this.workers.push(this.work());
    this.timer = setInterval(() => void this.check(), this.cfg.pollMs);
    this.timer.unref();
    void this.check();
  }

  /**
   * Whether retries (or rows left by another instance) are due: asked on the pool directly, so an idle
   * dispatcher sends no statement through TypeORM (whose statement counts requests and tests rely on).
   */
  private async check(): Promise<void> {
    if (this.checking || !this.running) return;
    this.checking = true;
    try {
      const { rows } = await primaryPool(this.ds)!.query<{ due: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
           WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() AND w.active) AS due`,
      );
      if (rows[0]?.due) this.poke();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'webhooks: check for due deliveries failed');
    } finally {
      this.checking = false;
    }
  }

  /** New events (or a due retry): idle workers look again now. */
  poke(): void {
    for (const w of this.wake.splice(0)) w();
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => this.wake.push(resolve));
  }

  // A worker claims rows until there is none due, then waits for a write's event or check() to wake it.
  private async work(): Promise<void> {
    await this.idle();
    while (this.running) {
      let found = false;
      try {
        found = await this.deliverOne();
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'webhooks: dispatch failed');
      }
      if (!found && this.running) await this.idle();
    }
  }

  /** Claims, sends and settles one due delivery; false when there was none. */
  private async deliverOne(): Promise<boolean> {
    // The lease outlasts the send (its timeout) with a margin for settling.
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]]: [Claimed[], number] = await this.ds.query(CLAIM, [this.cfg.timeoutMs + LEASE_MARGIN_MS]);
    if (!row) return false;
    const attempt = row.attempts; // this try, counted by the claim
    const error = await this.send(row);
    if (error === null) {
      await this.ds.query(`UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), last_error = NULL WHERE ${OWNED}`, [row.id, attempt]);
      this.delivered++;
    } else if (attempt >= this.cfg.maxAttempts) {
      await this.ds.query(`UPDATE webhook_delivery SET status = 'DEAD', last_error = $3 WHERE ${OWNED}`, [row.id, attempt, error]);
      this.logger.warn({ delivery: row.id, event: row.event_id, error }, 'webhooks: delivery dead');
    } else {
      await this.ds.query(`UPDATE webhook_delivery SET last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond' WHERE ${OWNED}`, [
        row.id,
        attempt,
        error,
        backoffMs(attempt, this.cfg),
      ]);
    }
    return true;
  }

  /** null when the endpoint acknowledged (2xx), else why not (a class: see webhook.egress). */
  private send(row: Claimed): Promise<string | null> {
    const body = JSON.stringify(row.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'explainer-api-webhooks',
      'x-explainer-event-id': row.event_id,
      'x-explainer-timestamp': timestamp,
      'x-explainer-signature': signature(row.secret, timestamp, body),
    };
    return postWebhook(row.url, headers, body, this.cfg);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.timer);
    this.poke();
    await Promise.all(this.workers);
    this.workers = [];
  }
}

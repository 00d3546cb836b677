import { CommitBatcher } from '../db/commit-batcher.js';
import type { Db } from '../db/open-database.js';
import { retryDelay } from './backoff.js';
import type { Clock } from './clock.js';
import { DeliveryQueue, type AttemptFailure, type DueDelivery } from './delivery-queue.js';
import { SendError, type WebhookSend } from './http-sender.js';
import { webhookSignature } from './signature.js';
import type { WebhookSettings } from './webhook-settings.js';

export interface WebhookWorkerOptions {
  db: Db;
  settings: WebhookSettings;
  clock: Clock;
  send: WebhookSend;
  /** The jitter's source, in [0, 1). */
  random?: () => number;
  /** Where a failure of the worker itself (not of a receiver) is reported; it keeps running. */
  onError?: (error: unknown) => void;
}

class AttemptTimeout extends Error {}
class WorkerStopping extends Error {}

/**
 * Delivers webhooks in the background of the server: reads the outbox every
 * `pollMs`, sends due deliveries with at most `concurrency` requests in
 * flight (one per webhook, so a slow receiver holds one slot at most), and
 * retries failures with backoff. Nothing it knows lives only in memory.
 */
export class WebhookWorker {
  private readonly queue: DeliveryQueue;
  /** Outcomes that arrive together share one commit to disk. */
  private readonly commits: CommitBatcher;
  private relaunching = false;
  private readonly inFlight = new Map<string, { attempt: Promise<void>; abort: AbortController }>();
  private timer: unknown;
  private running = false;

  constructor(private readonly options: WebhookWorkerOptions) {
    this.queue = new DeliveryQueue(options.db);
    this.commits = new CommitBatcher(options.db);
  }

  /** Starts polling; attempts cut short by a crash or stop are due again at once. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.guard(() => this.queue.recover(this.options.clock.now()));
    this.schedule(0);
  }

  /**
   * Stops polling and aborts the attempts in flight, which go back to
   * pending (the next start sends them again); resolves once nothing is in
   * flight, so the database can be closed.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.options.clock.clearTimeout(this.timer);
    for (const { abort } of this.inFlight.values()) abort.abort(new WorkerStopping());
    await this.idle();
  }

  /** Resolves when no attempt is in flight (or none for `webhookId`). */
  async idle(webhookId?: string): Promise<void> {
    for (;;) {
      const pending = webhookId ? [this.inFlight.get(webhookId)].filter((a) => a !== undefined) : [...this.inFlight.values()];
      if (pending.length === 0) return;
      await Promise.all(pending.map((a) => a.attempt));
    }
  }

  private schedule(ms: number): void {
    this.options.clock.clearTimeout(this.timer);
    if (this.running) this.timer = this.options.clock.setTimeout(() => this.tick(), ms);
  }

  /** The wait until the next poll, or sooner when a retry falls due before it. */
  private nextWait(): number {
    const { clock, settings } = this.options;
    const due = this.queue.nextDueAt([...this.inFlight.keys()]);
    if (due === undefined || this.inFlight.size >= settings.concurrency) return settings.pollMs;
    return Math.max(0, Math.min(settings.pollMs, Date.parse(due) - clock.now().getTime()));
  }

  private tick(): void {
    if (!this.running) return;
    this.guard(() => this.queue.dispatch(this.options.clock.now()));
    this.launch();
    this.schedule(this.guard(() => this.nextWait()) ?? this.options.settings.pollMs);
  }

  private launch(): void {
    const { clock, settings } = this.options;
    const free = settings.concurrency - this.inFlight.size;
    if (!this.running || free <= 0) return;
    const claimed = this.guard(() => this.queue.claim(this.queue.due(clock.now(), free, [...this.inFlight.keys()]), clock.now())) ?? [];
    for (const delivery of claimed) {
      const abort = new AbortController();
      const attempt = this.attempt(delivery, abort).finally(() => {
        this.inFlight.delete(delivery.webhookId);
        this.relaunch();
      });
      this.inFlight.set(delivery.webhookId, { attempt, abort });
    }
  }

  /** Fills the slots that attempts ending together freed, once for all of them. */
  private relaunch(): void {
    if (this.relaunching) return;
    this.relaunching = true;
    queueMicrotask(() => {
      this.relaunching = false;
      if (!this.running) return;
      this.launch();
      this.schedule(this.guard(() => this.nextWait()) ?? this.options.settings.pollMs);
    });
  }

  private async attempt(delivery: DueDelivery, abort: AbortController): Promise<void> {
    const { clock, settings, send } = this.options;
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    const timer = clock.setTimeout(() => abort.abort(new AttemptTimeout()), settings.timeoutMs);
    let outcome: { status: number } | { failure: AttemptFailure; stopping?: boolean };
    try {
      const response = await send({
        url: delivery.url,
        body: delivery.body,
        signal: abort.signal,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'MotCua-Webhooks/1',
          'X-MotCua-Event': delivery.type,
          'X-MotCua-Delivery': delivery.id,
          'X-MotCua-Timestamp': String(timestamp),
          'X-MotCua-Signature': webhookSignature(delivery.secret, timestamp, delivery.body),
        },
      });
      outcome = { status: response.status };
    } catch (error) {
      const reason: unknown = abort.signal.aborted ? abort.signal.reason : error;
      outcome =
        reason instanceof AttemptTimeout
          ? { failure: { status: null, code: 'timeout', detail: `${settings.timeoutMs} ms` } }
          : reason instanceof WorkerStopping
            ? { failure: { status: null, code: 'stopped', detail: '' }, stopping: true }
            : reason instanceof SendError
              ? { failure: { status: null, code: reason.code, detail: reason.detail } }
              : { failure: { status: null, code: 'network', detail: reason instanceof Error ? reason.message : String(reason) } };
    } finally {
      clock.clearTimeout(timer);
    }
    try {
      await this.commits.run(() => this.record(delivery, outcome));
    } catch (error) {
      (this.options.onError ?? console.error)(error);
    }
  }

  private record(delivery: DueDelivery, outcome: { status: number } | { failure: AttemptFailure; stopping?: boolean }): void {
    const { clock, settings } = this.options;
    const now = clock.now();
    const attempts = delivery.attempts + 1;
    if ('status' in outcome && outcome.status >= 200 && outcome.status < 300) {
      this.queue.delivered(delivery.id, outcome.status, now);
      return;
    }
    const failure = 'failure' in outcome ? outcome.failure : { status: outcome.status, code: outcome.status === 410 ? 'gone' : 'http-status', detail: `HTTP ${outcome.status}` };
    if (failure.code === 'gone') this.queue.gone(delivery.id, delivery.webhookId, failure, now);
    // An attempt cut short by a stop is sent again at the next start, as after a crash.
    else if ('stopping' in outcome && outcome.stopping) this.queue.retry(delivery.id, failure, now);
    else if (attempts >= settings.maxAttempts) this.queue.fail(delivery.id, failure);
    else this.queue.retry(delivery.id, failure, new Date(now.getTime() + retryDelay(attempts, this.options.random ?? Math.random)));
  }

  private guard<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      (this.options.onError ?? console.error)(error);
      return undefined;
    }
  }
}

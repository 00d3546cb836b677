import type { Db } from './open-database.js';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes that arrive while a commit is being prepared share
 * one transaction, so one fsync makes many dossiers durable. A write that
 * fails rolls back alone and rejects alone (the batch is then replayed with
 * a savepoint per write).
 * A write's promise settles only after the transaction holding it has
 * committed, so a 201 is never sent for something a power cut could undo.
 */
export class CommitBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Db,
    /** Upper bound of writes per transaction, so one commit never holds the event loop for long. */
    private readonly maxBatch = 256,
  ) {}

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    this.scheduled = this.queue.length > 0;
    if (this.scheduled) setImmediate(() => this.flush());
    let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      // The common case: every write succeeds, and none needs a savepoint of its own.
      this.db.transaction(() => {
        outcomes = batch.map((item) => ({ ok: true, value: item.work() }));
      });
    } catch {
      // A write refused (rare: the checks ran before it was queued): the batch rolled back whole,
      // and runs again with a savepoint per write, so only the refused one fails.
      outcomes = [];
      try {
        this.db.transaction(() => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: this.db.transaction(() => item.work()) });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        });
      } catch (error) {
        for (const item of batch) item.reject(error);
        return;
      }
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error);
    });
  }
}

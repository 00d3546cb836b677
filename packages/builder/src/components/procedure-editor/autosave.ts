/** Where the saving of the latest change stands, as the officer is told. */
export type SaveStatus<R> =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; result: R }
  | { kind: 'retrying'; error: unknown }
  | { kind: 'failed'; error: unknown };

export interface AutosaveOptions<T, R> {
  save: (value: T) => Promise<R>;
  /** Whether a failed save is worth trying again unchanged (a lost connection is; a refusal of the content is not). */
  retryable: (error: unknown) => boolean;
  onStatus: (status: SaveStatus<R>) => void;
  /** How long changes must pause before they are saved. */
  delayMs: number;
}

/** The longest wait between two attempts after failures. */
const MAX_RETRY_MS = 15_000;

/**
 * Saves the latest value after changes pause, one save at a time: a change made while a save is
 * under way is saved when it ends. A failed save keeps the value and is tried again, waiting
 * twice as long each time, when the failure is worth retrying; any new change tries again too.
 * Values are compared by identity: going back to the saved value (an undo) leaves nothing to save.
 */
export class Autosave<T, R> {
  private latest: T;
  private saved: T;
  private inFlight: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    initial: T,
    private readonly options: AutosaveOptions<T, R>,
  ) {
    this.latest = initial;
    this.saved = initial;
  }

  /** Whether the latest value is not on the server yet. */
  get dirty(): boolean {
    return this.latest !== this.saved;
  }

  change(value: T): void {
    this.latest = value;
    this.failures = 0;
    if (!this.dirty) {
      clearTimeout(this.timer);
      if (!this.inFlight) this.options.onStatus({ kind: 'idle' });
      return;
    }
    this.schedule(this.options.delayMs);
    if (!this.inFlight) this.options.onStatus({ kind: 'pending' });
  }

  /** Saves now (after the save under way, if any); resolves to whether the latest value is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (this.dirty) await this.start();
    return !this.dirty;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => void this.start(), ms);
  }

  private start(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.dirty || this.stopped) return Promise.resolve();
    const value = this.latest;
    this.options.onStatus({ kind: 'saving' });
    this.inFlight = this.options.save(value).then(
      (result) => {
        this.inFlight = undefined;
        this.saved = value;
        this.failures = 0;
        this.options.onStatus({ kind: 'saved', result });
        // Changes made while it was saved go at once: they have already waited.
        if (this.dirty) void this.start();
      },
      (error: unknown) => {
        this.inFlight = undefined;
        if (!this.options.retryable(error)) {
          this.options.onStatus({ kind: 'failed', error });
          return;
        }
        this.failures += 1;
        this.options.onStatus({ kind: 'retrying', error });
        this.schedule(Math.min(1000 * 2 ** (this.failures - 1), MAX_RETRY_MS));
      },
    );
    return this.inFlight;
  }
}

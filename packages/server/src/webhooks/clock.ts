/**
 * Time as the webhook worker sees it: the current instant and timers. The
 * server passes the system's; tests pass one they move by hand, so backoff,
 * timeouts and polling run without waiting.
 */
export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function systemClock(): Clock {
  return {
    now: () => new Date(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

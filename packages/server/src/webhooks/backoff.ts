/** The wait after a first failed attempt; it doubles after each further failure. */
export const RETRY_BASE_MS = 30_000;
/** The longest wait between two attempts. */
export const RETRY_CAP_MS = 6 * 60 * 60 * 1000;

/**
 * How long to wait after failed attempt number `attempt` (1, 2, …): 30 s,
 * 1 min, 2 min, … doubling up to 6 h, then a random point between half and
 * all of it, so receivers that failed together are not retried together.
 */
export function retryDelay(attempt: number, random: () => number): number {
  const full = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(attempt - 1, 30));
  return Math.round(full / 2 + (random() * full) / 2);
}

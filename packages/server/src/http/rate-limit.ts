import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from './api-error.js';

/**
 * A fixed window per client address for the citizens' writes (uploads,
 * submissions, drafts): enough for a family filing together, not for a
 * script hammering the counter. Kept per app, in memory; `perMinute` 0 turns
 * it off (tests and benchmarks set it).
 */
export function rateLimit(perMinute: number, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (perMinute <= 0 || c.req.method === 'GET' || c.req.method === 'OPTIONS') return next();
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // app.request() in tests has no socket; all such requests share one window.
    }
    const at = now();
    const window = windows.get(address);
    if (!window || at - window.start >= 60_000) {
      if (windows.size > 100_000) windows.clear();
      windows.set(address, { start: at, count: 1 });
      return next();
    }
    window.count += 1;
    if (window.count > perMinute) {
      const retry = Math.ceil((window.start + 60_000 - at) / 1000);
      c.header('Retry-After', String(retry));
      throw new ApiError(429, 'rate-limited', { vi: `Quá nhiều yêu cầu; vui lòng thử lại sau ${retry} giây.`, en: `Too many requests; try again in ${retry} seconds.` }, { retryAfter: retry });
    }
    return next();
  };
}

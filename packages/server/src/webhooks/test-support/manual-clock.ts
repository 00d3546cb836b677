import type { Clock } from '../clock.js';

/**
 * A clock the test moves: timers fire, in order, only when `advance` passes
 * their time. It replaces the system's timers, a boundary we do not own.
 */
export class ManualClock implements Clock {
  private current: number;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private next = 1;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.next++;
    this.timers.set(id, { at: this.current + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way (and those they set). */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      let earliest: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= target && (!earliest || entry[1].at < earliest[1].at)) earliest = entry;
      if (!earliest) break;
      this.timers.delete(earliest[0]);
      this.current = Math.max(this.current, earliest[1].at);
      earliest[1].callback();
    }
    this.current = target;
  }

  /** Moves time to `at` (an ISO instant), firing what falls due. */
  advanceTo(at: string): void {
    this.advance(Math.max(0, Date.parse(at) - this.current));
  }
}

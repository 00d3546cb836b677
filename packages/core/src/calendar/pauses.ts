import { CalendarError } from './calendar-error.js';
import { checkInstant } from './vietnam-time.js';

/** A stop of the clock: a supplement request at `from`, resumed at `to` (still open without one). */
export interface Pause {
  from: Date;
  to?: Date;
}

interface Interval {
  from: number;
  /** Infinity while the pause is open. */
  to: number;
}

/**
 * Pauses as sorted, disjoint half-open intervals [from, to), so that "is the
 * clock running at t?" is a binary search and a long pause can be skipped in
 * one step. Overlapping, touching and unsorted pauses are merged; a pause that
 * ends before it starts is a typed error, an empty one is dropped.
 */
export class PauseSet {
  readonly #intervals: Interval[];

  constructor(pauses: readonly Pause[] = []) {
    const intervals: Interval[] = [];
    pauses.forEach((pause, index) => {
      const from = checkInstant(pause.from);
      const to = pause.to === undefined ? Number.POSITIVE_INFINITY : checkInstant(pause.to);
      if (to < from) {
        throw new CalendarError(
          'calendar-invalid-pause',
          {
            vi: `Lần tạm dừng thứ ${index + 1} kết thúc trước khi bắt đầu.`,
            en: `Pause ${index + 1} ends before it starts.`,
          },
          { index },
        );
      }
      if (to > from) intervals.push({ from, to });
    });
    intervals.sort((a, b) => a.from - b.from);
    this.#intervals = [];
    for (const interval of intervals) {
      const last = this.#intervals[this.#intervals.length - 1];
      if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
      else this.#intervals.push({ ...interval });
    }
  }

  /** The start of the pause that never ends, if any. */
  get openFrom(): number | undefined {
    const last = this.#intervals[this.#intervals.length - 1];
    return last && last.to === Number.POSITIVE_INFINITY ? last.from : undefined;
  }

  /** The pause holding instant t, if the clock is stopped then. */
  containing(t: number): Interval | undefined {
    const index = this.#firstEndingAfter(t);
    const interval = this.#intervals[index];
    return interval && interval.from <= t ? interval : undefined;
  }

  isRunningAt(t: number): boolean {
    return this.containing(t) === undefined;
  }

  /** The parts of [from, to) during which the clock runs. */
  runningSpans(from: number, to: number): Interval[] {
    const spans: Interval[] = [];
    let cursor = from;
    for (let index = this.#firstEndingAfter(from); index < this.#intervals.length && cursor < to; index += 1) {
      const pause = this.#intervals[index] as Interval;
      if (pause.from >= to) break;
      if (pause.from > cursor) spans.push({ from: cursor, to: pause.from });
      cursor = Math.max(cursor, pause.to);
    }
    if (cursor < to) spans.push({ from: cursor, to });
    return spans;
  }

  /** Index of the first interval with to > t. */
  #firstEndingAfter(t: number): number {
    let low = 0;
    let high = this.#intervals.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.#intervals[mid] as Interval).to > t) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

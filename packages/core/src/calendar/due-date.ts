/**
 * The due date of a dossier (hạn trả kết quả). This is the contract the rest of
 * Một Cửa relies on; all times are Vietnam local time (UTC+07:00).
 *
 * Cut-off: `serviceLevel.cutOff` if set, else the calendar's.
 *
 * Effective receipt day R: the start's local day if it is a working day and the
 * start is at or before that day's cut-off; otherwise the next working day.
 * `effectiveStart` is the start itself in the first case, the opening of office
 * hours on R in the second.
 *
 * A day "counts" when the clock is running at that day's cut-off instant: a
 * pause (supplement request) that spans the cut-off makes the day not count,
 * one that begins and ends between two cut-offs changes nothing.
 *
 * - working-days: R itself is never counted (Civil Code 2015 art. 147: a period
 *   in days starts on the day after the event). Each later working day that
 *   counts adds one; the due is the close of office (end of the last office
 *   segment) on the day the count reaches `amount`. amount 0 ("within the
 *   day"): the close of the first working day from R on that counts, i.e. of R
 *   unless a pause holds the clock at R's cut-off.
 * - calendar-days: as working-days, but every day counts, working or not; if
 *   the final day is not a working day the due moves to the close of the next
 *   working day (Civil Code art. 148).
 * - working-hours: the clock consumes office-hours minutes of working days
 *   while running, from `effectiveStart`; the due is the instant the consumed
 *   time reaches `amount` hours (fractions allowed, rounded to the minute).
 *
 * Pauses: `from` stops the clock, `to` restarts it; overlapping and unsorted
 * pauses are merged. While a pause is open (no `to`) and the count is not yet
 * complete when it starts, `due` and `dueDate` are null. A pause never moves
 * the due earlier.
 *
 * `provisional` is true when any day from the start to the due (or, while
 * open, to where the count stopped) lies in a year whose days off are not
 * official (see ResolvedCalendar.yearStatus).
 *
 * Bounds: amounts above 3650 days or 3650 × 24 hours are refused, and no date
 * outside the calendar's years (1900–2199) is ever visited, so hostile input
 * ends with a typed error instead of hanging.
 */
import type { ServiceLevel } from '../procedure.types.js';
import type { ResolvedCalendar } from './calendar.js';
import { CalendarError } from './calendar-error.js';
import { dateOfDayNumber, yearOfDayNumber } from './local-date.js';
import { type Pause, PauseSet } from './pauses.js';
import { checkInstant, parseClockTime, vietnamDayNumber, vietnamTime } from './vietnam-time.js';

export const MAX_AMOUNT_DAYS = 3650;
export const MAX_AMOUNT_HOURS = MAX_AMOUNT_DAYS * 24;
const MINUTE_MS = 60_000;
const UNITS: ReadonlySet<string> = new Set<ServiceLevel['unit']>(['working-days', 'working-hours', 'calendar-days']);

export interface DueDateInput {
  calendar: ResolvedCalendar;
  start: Date;
  serviceLevel: Pick<ServiceLevel, 'amount' | 'unit' | 'cutOff'>;
  pauses?: readonly Pause[];
}

export interface DueDate {
  /** The instant the time limit ends; null while an open pause holds the clock. */
  due: Date | null;
  /** The Vietnam-local date of `due`. */
  dueDate: string | null;
  provisional: boolean;
  effectiveStart: Date;
}

interface Context {
  calendar: ResolvedCalendar;
  pauses: PauseSet;
  cutOffMinutes: number;
}

function checkAmount(serviceLevel: DueDateInput['serviceLevel']): number {
  const { amount, unit } = serviceLevel;
  if (!UNITS.has(unit)) {
    throw new CalendarError(
      'calendar-invalid-unit',
      { vi: `Đơn vị thời hạn không hợp lệ: "${String(unit)}".`, en: `Not a valid time limit unit: "${String(unit)}".` },
      { unit },
    );
  }
  const hours = unit === 'working-hours';
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || (!hours && !Number.isInteger(amount))) {
    throw new CalendarError(
      'calendar-invalid-amount',
      {
        vi: `Thời hạn không hợp lệ: ${String(amount)} (cần số ${hours ? 'không âm' : 'nguyên không âm'}).`,
        en: `Not a valid time limit: ${String(amount)} (expected a non-negative ${hours ? 'number' : 'whole number'}).`,
      },
      { amount, unit },
    );
  }
  const max = hours ? MAX_AMOUNT_HOURS : MAX_AMOUNT_DAYS;
  if (amount > max) {
    throw new CalendarError(
      'calendar-amount-too-large',
      {
        vi: `Thời hạn ${amount} vượt quá giới hạn ${max}.`,
        en: `The time limit ${amount} exceeds the maximum of ${max}.`,
      },
      { amount, unit, max },
    );
  }
  return hours ? Math.round(amount * 60) : amount;
}

/**
 * Walks days from `first` until `target` of them have counted; returns the last
 * day reached and whether an open pause stopped the clock for good before the
 * count was complete. Each step moves at least one day forward and a pause is
 * crossed in one step.
 */
function countDays(
  ctx: Context,
  first: number,
  target: number,
  workingOnly: boolean,
): { day: number; stopped: boolean } {
  const { calendar, pauses, cutOffMinutes } = ctx;
  const openFrom = pauses.openFrom;
  let counted = 0;
  let day = first - 1;
  while (counted < target) {
    day += 1;
    if (workingOnly && !calendar.dayInfoOf(day).working) continue;
    const cutOff = vietnamTime(day, cutOffMinutes);
    if (openFrom !== undefined && cutOff >= openFrom) return { day, stopped: true };
    const pause = pauses.containing(cutOff);
    if (pause) {
      // Every day before the one the pause ends on has its cut-off inside the pause.
      day = Math.max(day, vietnamDayNumber(pause.to) - 1);
      continue;
    }
    counted += 1;
  }
  return { day, stopped: false };
}

function dueOfDays(
  ctx: Context,
  receipt: number,
  amount: number,
  calendarDays: boolean,
): { due: number | null; last: number } {
  const { calendar } = ctx;
  const first = amount === 0 ? receipt : receipt + 1;
  const { day, stopped } = countDays(ctx, first, Math.max(amount, 1), !calendarDays);
  if (stopped) return { due: null, last: day };
  const final = calendar.dayInfoOf(day).working ? day : calendar.nextWorkingDayNumber(day);
  return { due: vietnamTime(final, calendar.closeMinutes), last: final };
}

function dueOfHours(
  ctx: Context,
  receipt: number,
  from: number,
  minutes: number,
): { due: number | null; last: number } {
  const { calendar, pauses } = ctx;
  let remaining = minutes * MINUTE_MS;
  if (remaining === 0) return { due: from, last: receipt };
  const openFrom = pauses.openFrom;
  for (let day = receipt; ; day = calendar.nextWorkingDayNumber(day)) {
    const open = vietnamTime(day, calendar.openMinutes);
    const held = pauses.containing(open);
    if (held && held.to !== Number.POSITIVE_INFINITY && held.to >= vietnamTime(day, calendar.closeMinutes)) {
      // The whole day is paused: resume on the day the pause ends.
      day = Math.max(day, vietnamDayNumber(held.to) - 1);
      continue;
    }
    for (const segment of calendar.officeHours) {
      const start = Math.max(from, vietnamTime(day, segment.fromMinutes));
      const end = vietnamTime(day, segment.toMinutes);
      for (const span of pauses.runningSpans(start, end)) {
        const length = span.to - span.from;
        if (length >= remaining) return { due: span.from + remaining, last: day };
        remaining -= length;
      }
    }
    if (openFrom !== undefined && openFrom <= vietnamTime(day, calendar.closeMinutes)) return { due: null, last: day };
  }
}

export function computeDueDate(input: DueDateInput): DueDate {
  const { calendar, serviceLevel } = input;
  const start = checkInstant(input.start);
  const amount = checkAmount(serviceLevel);
  const cutOffMinutes =
    serviceLevel.cutOff === undefined ? calendar.cutOffMinutes : parseClockTime(serviceLevel.cutOff);
  const ctx: Context = { calendar, pauses: new PauseSet(input.pauses), cutOffMinutes };

  const startDay = vietnamDayNumber(start);
  const sameDay = calendar.dayInfoOf(startDay).working && start <= vietnamTime(startDay, cutOffMinutes);
  const receipt = sameDay ? startDay : calendar.nextWorkingDayNumber(startDay);
  const effectiveStart = sameDay ? start : vietnamTime(receipt, calendar.openMinutes);

  const { due, last } =
    serviceLevel.unit === 'working-hours'
      ? dueOfHours(ctx, receipt, effectiveStart, amount)
      : dueOfDays(ctx, receipt, amount, serviceLevel.unit === 'calendar-days');

  let provisional = false;
  for (let year = yearOfDayNumber(startDay); year <= yearOfDayNumber(last); year += 1) {
    if (calendar.yearStatus(year) !== 'official') provisional = true;
  }
  return {
    due: due === null ? null : new Date(due),
    dueDate: due === null ? null : dateOfDayNumber(vietnamDayNumber(due)),
    provisional,
    effectiveStart: new Date(effectiveStart),
  };
}

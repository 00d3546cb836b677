/**
 * A dossier's clock, over core's due-date engine: it starts at receipt,
 * pauses while a supplement is awaited (each request a pause from the
 * request to the citizen's answer), and an extension lengthens the time
 * limit. The legal due date is the one the law sets (pauses count, the
 * agency's own extensions do not); the current due date is the one
 * promised to the citizen (extensions included).
 */
import type { ResolvedCalendar } from '../calendar/calendar.js';
import { computeDueDate } from '../calendar/due-date.js';
import type { Pause } from '../calendar/pauses.js';
import { vietnamDate, vietnamDayNumber, vietnamTime } from '../calendar/vietnam-time.js';
import type { ServiceLevel } from '../procedure.types.js';

export type ClockServiceLevel = Pick<ServiceLevel, 'amount' | 'unit' | 'cutOff'>;

export interface DossierClockInput {
  calendar: ResolvedCalendar;
  receivedAt: Date;
  serviceLevel: ClockServiceLevel;
  pauses?: readonly Pause[];
  /** Days added by extensions, in the time limit's own unit; for a limit in working hours, a day is one working day's office hours. */
  extensionDays?: number;
}

export interface DossierDue {
  /** The date promised to the citizen, extensions included; null while a supplement is awaited. */
  due: Date | null;
  /** The date the law sets: pauses count, extensions do not; what timeliness is judged by. */
  legalDue: Date | null;
}

function officeMinutesPerDay(calendar: ResolvedCalendar): number {
  return calendar.officeHours.reduce((sum, segment) => sum + segment.toMinutes - segment.fromMinutes, 0);
}

/** The time limit with `days` added in its own unit. */
export function extendedServiceLevel(calendar: ResolvedCalendar, serviceLevel: ClockServiceLevel, days: number): ClockServiceLevel {
  if (days === 0) return serviceLevel;
  const added = serviceLevel.unit === 'working-hours' ? (days * officeMinutesPerDay(calendar)) / 60 : days;
  return { ...serviceLevel, amount: serviceLevel.amount + added };
}

export function dossierDue(input: DossierClockInput): DossierDue {
  const { calendar, receivedAt, serviceLevel } = input;
  const pauses = input.pauses ?? [];
  const legal = computeDueDate({ calendar, start: receivedAt, serviceLevel, pauses });
  const extension = input.extensionDays ?? 0;
  const current = extension === 0 ? legal : computeDueDate({ calendar, start: receivedAt, serviceLevel: extendedServiceLevel(calendar, serviceLevel, extension), pauses });
  return { due: current.due, legalDue: legal.due };
}

/**
 * Working days left from `now` to `due`: 0 when due today, 1 when due on
 * the next working day; negative once overdue (−1: due on the last working
 * day before today).
 */
export function workingDaysLeft(calendar: ResolvedCalendar, now: Date, due: Date): number {
  const today = vietnamDayNumber(now.getTime());
  const last = vietnamDayNumber(due.getTime());
  const [from, to, sign] = last >= today ? [today, last, 1] : [last, today, -1];
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (calendar.dayInfoOf(day).working) count += 1;
  return sign * count;
}

/** The close of office on the `days`-th working day after today: "due within `days` working days" means due by then. */
export function workingDaysAhead(calendar: ResolvedCalendar, now: Date, days: number): Date {
  let day = vietnamDayNumber(now.getTime());
  for (let left = days; left > 0; left -= 1) day = calendar.nextWorkingDayNumber(day);
  return new Date(vietnamTime(day, calendar.closeMinutes));
}

export type Timeliness = 'early' | 'on-time' | 'late';
export const TIMELINESS: readonly Timeliness[] = ['early', 'on-time', 'late'];

/** Early: completed on a day before the due date; on time: by the due instant on its day; late: after it. */
export function timelinessOf(completedAt: Date, due: Date): Timeliness {
  if (completedAt.getTime() > due.getTime()) return 'late';
  return vietnamDate(completedAt) < vietnamDate(due) ? 'early' : 'on-time';
}

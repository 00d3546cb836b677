import { CalendarError } from './calendar-error.js';

/**
 * Calendar dates ('YYYY-MM-DD') as whole days since 1970-01-01. Day numbers make
 * "the next day" plain integer arithmetic, free of any time zone, and the same
 * in every process.
 */

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a real date, or undefined for text that is not one (2025-02-29). */
export function tryDayNumber(date: string): number | undefined {
  const match = LOCAL_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(probe.getTime() / DAY_MS);
}

export function dayNumber(date: string): number {
  const day = tryDayNumber(date);
  if (day === undefined) {
    throw new CalendarError(
      'calendar-invalid-date',
      {
        vi: `Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD).`,
        en: `Not a valid date: "${date}" (expected YYYY-MM-DD).`,
      },
      { date },
    );
  }
  return day;
}

export function dateOfDayNumber(day: number): string {
  const probe = new Date(day * DAY_MS);
  const year = String(probe.getUTCFullYear()).padStart(4, '0');
  const month = String(probe.getUTCMonth() + 1).padStart(2, '0');
  const date = String(probe.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isoWeekday(date: string): number {
  return weekdayOfDayNumber(dayNumber(date));
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

import { CalendarError } from './calendar-error.js';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber, yearOfDayNumber } from './local-date.js';

/**
 * Vietnam local time. Vietnam has kept UTC+07:00 without daylight saving since
 * 1975, so local time is the instant shifted by seven hours and read with UTC
 * getters: the process's own time zone never enters (local-time Date getters
 * would give a different answer on a server in Frankfurt).
 */

export const VIETNAM_UTC_OFFSET = '+07:00';
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface VietnamParts {
  /** The local calendar date, YYYY-MM-DD. */
  date: string;
  /** Whole minutes since local midnight, 0–1439. */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  year: number;
}

export function checkInstant(instant: Date): number {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(time)) {
    throw new CalendarError('calendar-invalid-instant', {
      vi: 'Thời điểm không hợp lệ.',
      en: 'Not a valid instant.',
    });
  }
  return time;
}

/** The Vietnam-local day number (days since 1970-01-01) of an instant in ms. */
export function vietnamDayNumber(time: number): number {
  return Math.floor((time + OFFSET_MS) / DAY_MS);
}

export function vietnamParts(instant: Date): VietnamParts {
  const shifted = checkInstant(instant) + OFFSET_MS;
  const day = Math.floor(shifted / DAY_MS);
  return {
    date: dateOfDayNumber(day),
    minutes: Math.floor((shifted - day * DAY_MS) / MINUTE_MS),
    weekday: weekdayOfDayNumber(day),
    year: yearOfDayNumber(day),
  };
}

export function vietnamDate(instant: Date): string {
  return vietnamParts(instant).date;
}

export function vietnamYear(instant: Date): number {
  return vietnamParts(instant).year;
}

/** Minutes since midnight of an 'HH:MM' time; anything else is a typed error. */
export function parseClockTime(time: string): number {
  const match = typeof time === 'string' ? CLOCK_TIME.exec(time) : null;
  if (!match) {
    throw new CalendarError(
      'calendar-invalid-time',
      {
        vi: `Giờ không hợp lệ: "${String(time)}" (cần dạng HH:MM).`,
        en: `Not a valid time: "${String(time)}" (expected HH:MM).`,
      },
      { time },
    );
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant (ms) of a Vietnam-local day number plus minutes past its midnight. */
export function vietnamTime(day: number, minutes: number): number {
  return day * DAY_MS + minutes * MINUTE_MS - OFFSET_MS;
}

/** The instant a Vietnam-local date and 'HH:MM' time denote. */
export function vietnamInstant(date: string, time: string): Date {
  return new Date(vietnamTime(dayNumber(date), parseClockTime(time)));
}

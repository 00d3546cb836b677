import type { Bilingual } from '../i18n/bilingual.js';
import { joinPointer } from '../json/json-pointer.js';
import type { CalendarFile, CalendarYear } from './calendar.types.js';
import { tryDayNumber, weekdayOfDayNumber } from './local-date.js';
import { parseClockTime } from './vietnam-time.js';

/** One problem in a calendar file, located by a JSON Pointer into it. */
export interface CalendarIssue {
  path: string;
  code: string;
  message: Bilingual;
}

export const DEFAULT_WEEKEND: readonly number[] = [6, 7];

interface DaySpan {
  date?: string;
  from?: string;
  to?: string;
}

function issue(path: string, code: string, vi: string, en: string): CalendarIssue {
  return { path, code, message: { vi, en } };
}

/** Checks one date of a year entry; returns its day number when it is a real date inside the year. */
function checkDate(issues: CalendarIssue[], path: string, date: string, year: number): number | undefined {
  const day = tryDayNumber(date);
  if (day === undefined) {
    issues.push(
      issue(path, 'calendar-invalid-date', `Ngày "${date}" không tồn tại.`, `The date "${date}" does not exist.`),
    );
    return undefined;
  }
  if (!date.startsWith(`${year}-`)) {
    issues.push(
      issue(
        path,
        'calendar-date-outside-year',
        `Ngày ${date} không thuộc năm ${year}.`,
        `The date ${date} is not in ${year}.`,
      ),
    );
    return undefined;
  }
  return day;
}

/** A holiday or closure is one date or one ordered range; returns the days it covers. */
function checkSpan(issues: CalendarIssue[], path: string, span: DaySpan, year: number): number[] {
  const hasDate = span.date !== undefined;
  const hasRange = span.from !== undefined || span.to !== undefined;
  if (hasDate === hasRange || (hasRange && (span.from === undefined || span.to === undefined))) {
    issues.push(
      issue(
        path,
        'calendar-date-or-range',
        'Cần đúng một trong hai: "date", hoặc cả "from" và "to".',
        'Give either "date", or both "from" and "to".',
      ),
    );
    return [];
  }
  if (span.date !== undefined) {
    const day = checkDate(issues, joinPointer(path, 'date'), span.date, year);
    return day === undefined ? [] : [day];
  }
  const from = checkDate(issues, joinPointer(path, 'from'), span.from as string, year);
  const to = checkDate(issues, joinPointer(path, 'to'), span.to as string, year);
  if (from === undefined || to === undefined) return [];
  if (to < from) {
    issues.push(
      issue(
        joinPointer(path, 'to'),
        'calendar-range-order',
        `Ngày kết thúc ${span.to} trước ngày bắt đầu ${span.from}.`,
        `The range ends (${span.to}) before it starts (${span.from}).`,
      ),
    );
    return [];
  }
  const days: number[] = [];
  for (let day = from; day <= to; day += 1) days.push(day);
  return days;
}

function checkYear(
  issues: CalendarIssue[],
  path: string,
  year: number,
  entry: CalendarYear,
  weekend: ReadonlySet<number>,
): void {
  const off = new Set<number>();
  (entry.holidays ?? []).forEach((holiday, index) => {
    for (const day of checkSpan(issues, joinPointer(path, 'holidays', index), holiday, year)) off.add(day);
  });
  (entry.closures ?? []).forEach((closure, index) => {
    checkSpan(issues, joinPointer(path, 'closures', index), closure, year);
  });
  (entry.makeUpWorkingDays ?? []).forEach((makeUp, index) => {
    const at = joinPointer(path, 'makeUpWorkingDays', index);
    const day = checkDate(issues, joinPointer(at, 'date'), makeUp.date, year);
    if (day !== undefined && !weekend.has(weekdayOfDayNumber(day))) {
      issues.push(
        issue(
          joinPointer(at, 'date'),
          'calendar-make-up-not-weekend',
          `Ngày làm bù ${makeUp.date} không phải ngày nghỉ hằng tuần.`,
          `The make-up working day ${makeUp.date} is not a weekend day.`,
        ),
      );
    }
    if (day !== undefined && off.has(day)) {
      issues.push(
        issue(
          joinPointer(at, 'date'),
          'calendar-make-up-is-holiday',
          `Ngày làm bù ${makeUp.date} lại là ngày nghỉ lễ.`,
          `The make-up working day ${makeUp.date} is also a holiday.`,
        ),
      );
    }
    const replaced = tryDayNumber(makeUp.replaces);
    if (replaced === undefined) {
      issues.push(
        issue(
          joinPointer(at, 'replaces'),
          'calendar-invalid-date',
          `Ngày "${makeUp.replaces}" không tồn tại.`,
          `The date "${makeUp.replaces}" does not exist.`,
        ),
      );
    } else if (weekend.has(weekdayOfDayNumber(replaced))) {
      issues.push(
        issue(
          joinPointer(at, 'replaces'),
          'calendar-make-up-replaces-weekend',
          `Ngày được hoán đổi ${makeUp.replaces} đã là ngày nghỉ hằng tuần.`,
          `The swapped day ${makeUp.replaces} is already a weekend day.`,
        ),
      );
    }
  });
}

function checkOfficeHours(issues: CalendarIssue[], file: CalendarFile): void {
  let previousEnd = -1;
  (file.officeHours ?? []).forEach((segment, index) => {
    const path = joinPointer('', 'officeHours', index);
    const from = parseClockTime(segment.from);
    const to = parseClockTime(segment.to);
    if (to <= from || from < previousEnd) {
      issues.push(
        issue(
          path,
          'calendar-invalid-office-hours',
          'Các khoảng giờ làm việc phải theo thứ tự và không chồng lên nhau.',
          'Office hours segments must be in order and must not overlap.',
        ),
      );
    }
    previousEnd = to;
  });
}

/**
 * Checks what the schema cannot: dates exist and lie in their year, ranges are
 * ordered, make-up days are weekend days, a standalone calendar says its hours.
 * Expects a file that already passed the schema. `inheritedWeekend` is the
 * weekend a file gets through `extends`, when it does not set its own.
 */
export function checkCalendarSemantics(
  file: CalendarFile,
  inheritedWeekend: readonly number[] = DEFAULT_WEEKEND,
): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  if (file.extends === undefined) {
    for (const field of ['officeHours', 'cutOff'] as const) {
      if (file[field] === undefined) {
        issues.push(
          issue(
            joinPointer('', field),
            'calendar-missing-field',
            `Lịch gốc (không "extends") phải có "${field}".`,
            `A calendar that extends no other must set "${field}".`,
          ),
        );
      }
    }
  } else if (file.extends === file.id) {
    issues.push(
      issue('/extends', 'calendar-cycle', 'Lịch không thể kế thừa chính nó.', 'A calendar cannot extend itself.'),
    );
  }
  const weekend = new Set(file.weekend ?? inheritedWeekend);
  if (weekend.size >= 7) {
    issues.push(
      issue(
        '/weekend',
        'calendar-no-working-day',
        'Tuần phải có ít nhất một ngày làm việc.',
        'A week needs at least one working day.',
      ),
    );
  }
  checkOfficeHours(issues, file);
  for (const [key, entry] of Object.entries(file.years ?? {})) {
    if (entry !== undefined) checkYear(issues, joinPointer('', 'years', key), Number(key), entry, weekend);
  }
  return issues;
}

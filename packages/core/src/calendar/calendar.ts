import type { CalendarFile, CalendarText, CalendarYear, OfficeHoursSegment } from './calendar.types.js';
import { CalendarError } from './calendar-error.js';
import { checkCalendarSemantics, DEFAULT_WEEKEND } from './check-calendar.js';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber, yearOfDayNumber } from './local-date.js';
import { statutoryYear } from './statutory.js';
import { parseClockTime } from './vietnam-time.js';

/**
 * A calendar ready to answer "is this a working day?". Resolving merges the
 * `extends` chain: weekend, office hours and cut-off come from the nearest file
 * that sets them; every file's holidays, make-up days and closures apply.
 *
 * A day's fate, strongest rule first: a holiday or closure is a day off; a
 * make-up day (ngày làm bù) is a working day; a weekend day is a day off; any
 * other day is a working day. Years the root calendar does not list fall back
 * to `statutoryYear`, and every answer about such a year is marked provisional.
 */

export const MIN_CALENDAR_YEAR = 1900;
export const MAX_CALENDAR_YEAR = 2199;
/** The longest run of days off nextWorkingDay will walk through: far more than any real break. */
const MAX_DAYS_OFF_IN_A_ROW = 400;

export type DayKind = 'working' | 'make-up' | 'weekend' | 'holiday' | 'closure';

/** official: from a published notice; provisional: entered but marked provisional; statutory: not entered, computed. */
export type YearStatus = 'official' | 'provisional' | 'statutory';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** The holiday's name or the closure's reason. */
  name?: CalendarText;
  /** True when the year's days off are not yet official. */
  provisional: boolean;
}

interface CompiledYear {
  status: YearStatus;
  off: Map<number, { kind: 'holiday' | 'closure'; name: CalendarText }>;
  makeUp: Set<number>;
}

export interface OfficeSegment {
  from: string;
  to: string;
  /** Minutes since local midnight, for arithmetic. */
  fromMinutes: number;
  toMinutes: number;
}

export class ResolvedCalendar {
  readonly id: string;
  readonly name: CalendarText;
  /** This calendar's id, then each calendar it extends, up to the root. */
  readonly chain: readonly string[];
  readonly weekend: readonly number[];
  readonly officeHours: readonly OfficeSegment[];
  readonly cutOff: string;
  readonly cutOffMinutes: number;
  readonly #files: readonly CalendarFile[];
  readonly #weekend: ReadonlySet<number>;
  readonly #years = new Map<number, CompiledYear>();

  /** Use resolveCalendar: it checks the chain first. `files` run from this calendar to its root. */
  constructor(
    files: readonly CalendarFile[],
    settings: { weekend: readonly number[]; officeHours: readonly OfficeHoursSegment[]; cutOff: string },
  ) {
    const [own] = files;
    if (own === undefined) throw new TypeError('A resolved calendar needs at least one file.');
    this.id = own.id;
    this.name = own.name;
    this.chain = files.map((file) => file.id);
    this.#files = files;
    this.weekend = [...settings.weekend].sort((a, b) => a - b);
    this.#weekend = new Set(settings.weekend);
    this.officeHours = settings.officeHours.map((segment) => ({
      from: segment.from,
      to: segment.to,
      fromMinutes: parseClockTime(segment.from),
      toMinutes: parseClockTime(segment.to),
    }));
    this.cutOff = settings.cutOff;
    this.cutOffMinutes = parseClockTime(settings.cutOff);
  }

  /** Minutes past midnight at which the last office segment closes. */
  get closeMinutes(): number {
    return this.officeHours[this.officeHours.length - 1]?.toMinutes ?? 0;
  }

  get openMinutes(): number {
    return this.officeHours[0]?.fromMinutes ?? 0;
  }

  yearStatus(year: number): YearStatus {
    return this.#compiled(year).status;
  }

  dayInfo(date: string): DayInfo {
    return this.dayInfoOf(dayNumber(date));
  }

  isWorkingDay(date: string): boolean {
    return this.dayInfo(date).working;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return dateOfDayNumber(this.nextWorkingDayNumber(dayNumber(date)));
  }

  /** dayInfo by day number (days since 1970-01-01), for engines that count days. */
  dayInfoOf(day: number): DayInfo {
    const year = this.#compiled(yearOfDayNumber(day));
    const provisional = year.status !== 'official';
    const date = dateOfDayNumber(day);
    const off = year.off.get(day);
    if (off) return { date, working: false, kind: off.kind, name: off.name, provisional };
    if (year.makeUp.has(day)) return { date, working: true, kind: 'make-up', provisional };
    if (this.#weekend.has(weekdayOfDayNumber(day))) return { date, working: false, kind: 'weekend', provisional };
    return { date, working: true, kind: 'working', provisional };
  }

  nextWorkingDayNumber(day: number): number {
    for (let next = day + 1; next <= day + MAX_DAYS_OFF_IN_A_ROW; next += 1) {
      if (this.dayInfoOf(next).working) return next;
    }
    throw new CalendarError(
      'calendar-no-working-day',
      {
        vi: `Lịch "${this.id}" không có ngày làm việc nào trong ${MAX_DAYS_OFF_IN_A_ROW} ngày sau ${dateOfDayNumber(day)}.`,
        en: `Calendar "${this.id}" has no working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${dateOfDayNumber(day)}.`,
      },
      { calendar: this.id, date: dateOfDayNumber(day) },
    );
  }

  #compiled(year: number): CompiledYear {
    const cached = this.#years.get(year);
    if (cached) return cached;
    if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
      throw new CalendarError(
        'calendar-out-of-range',
        {
          vi: `Lịch làm việc chỉ tính cho các năm ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}, không tính được năm ${year}.`,
          en: `Working-day calendars cover ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} only, not ${year}.`,
        },
        { year },
      );
    }
    const root = this.#files[this.#files.length - 1] as CalendarFile;
    const rootYear = root.years?.[String(year)];
    const layers: CalendarYear[] = [rootYear ?? statutoryYear(year)];
    for (const file of this.#files.slice(0, -1)) {
      const entry = file.years?.[String(year)];
      if (entry) layers.push(entry);
    }
    let status: YearStatus = rootYear ? 'official' : 'statutory';
    if (status === 'official' && layers.some((layer) => layer.status !== 'official')) status = 'provisional';
    const compiled: CompiledYear = { status, off: new Map(), makeUp: new Set() };
    for (const layer of layers) {
      for (const holiday of layer.holidays ?? []) {
        for (const day of spanDays(holiday)) compiled.off.set(day, { kind: 'holiday', name: holiday.name });
      }
      for (const makeUp of layer.makeUpWorkingDays ?? []) compiled.makeUp.add(dayNumber(makeUp.date));
    }
    // A holiday's name says more than an agency's closure reason, so closures only fill the remaining days.
    for (const layer of layers) {
      for (const closure of layer.closures ?? []) {
        for (const day of spanDays(closure)) {
          if (!compiled.off.has(day)) compiled.off.set(day, { kind: 'closure', name: closure.reason });
        }
      }
    }
    this.#years.set(year, compiled);
    return compiled;
  }
}

function spanDays(span: { date?: string; from?: string; to?: string }): number[] {
  const from = dayNumber(span.date ?? span.from ?? '');
  const to = dayNumber(span.date ?? span.to ?? '');
  const days: number[] = [];
  for (let d = from; d <= to; d += 1) days.push(d);
  return days;
}

/**
 * Resolves calendar `id` among `files`, following `extends` to the root.
 * Unknown ids and cycles are typed errors, and so is any file in the chain that
 * fails the semantic checks. Structural validity is assumed: check JSON from
 * outside with validateCalendarFile first.
 */
export function resolveCalendar(files: readonly CalendarFile[], id: string): ResolvedCalendar {
  const byId = new Map<string, CalendarFile>();
  for (const file of files) byId.set(file.id, file);
  const chain: CalendarFile[] = [];
  const seen = new Set<string>();
  let next: string | undefined = id;
  while (next !== undefined) {
    if (seen.has(next)) {
      const ids = [...chain.map((file) => file.id), next];
      throw new CalendarError(
        'calendar-cycle',
        {
          vi: `Các lịch kế thừa nhau thành vòng: ${ids.join(' → ')}.`,
          en: `Calendars extend each other in a cycle: ${ids.join(' → ')}.`,
        },
        { chain: ids },
      );
    }
    const file = byId.get(next);
    if (!file) {
      throw new CalendarError(
        'calendar-unknown',
        chain.length === 0
          ? { vi: `Không có lịch "${next}".`, en: `There is no calendar "${next}".` }
          : {
              vi: `Lịch "${chain[chain.length - 1]?.id}" kế thừa lịch "${next}" nhưng không có lịch đó.`,
              en: `Calendar "${chain[chain.length - 1]?.id}" extends "${next}", which does not exist.`,
            },
        { id: next },
      );
    }
    seen.add(next);
    chain.push(file);
    next = file.extends;
  }
  const inherit = <K extends 'weekend' | 'officeHours' | 'cutOff'>(key: K): CalendarFile[K] =>
    chain.find((file) => file[key] !== undefined)?.[key];
  const weekend = inherit('weekend') ?? DEFAULT_WEEKEND;
  for (const file of chain) {
    const issues = checkCalendarSemantics(file, weekend);
    if (issues.length > 0) {
      throw new CalendarError(
        'calendar-invalid',
        {
          vi: `Lịch "${file.id}" có lỗi: ${issues[0]?.message.vi}`,
          en: `Calendar "${file.id}" is invalid: ${issues[0]?.message.en}`,
        },
        { id: file.id, issues },
      );
    }
  }
  return new ResolvedCalendar(chain, {
    weekend,
    officeHours: inherit('officeHours') as OfficeHoursSegment[],
    cutOff: inherit('cutOff') as string,
  });
}

export type {
  CalendarFile,
  CalendarId,
  CalendarSource,
  CalendarText,
  CalendarYear,
  ClockTime,
  Closure,
  Holiday,
  IsoWeekday,
  LocalDate,
  MakeUpWorkingDay,
  OfficeHoursSegment,
} from './calendar.types.js';
export { CalendarError, type CalendarErrorCode } from './calendar-error.js';
export {
  MAX_CALENDAR_YEAR,
  MIN_CALENDAR_YEAR,
  ResolvedCalendar,
  resolveCalendar,
  type DayInfo,
  type DayKind,
  type OfficeSegment,
  type YearStatus,
} from './calendar.js';
export { checkCalendarSemantics, DEFAULT_WEEKEND, type CalendarIssue } from './check-calendar.js';
export { validateCalendarFile } from './validate-calendar.js';
export { computeDueDate, MAX_AMOUNT_DAYS, MAX_AMOUNT_HOURS, type DueDate, type DueDateInput } from './due-date.js';
export type { Pause } from './pauses.js';
export { addDays, isoWeekday } from './local-date.js';
export { leapMonthOf, lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export { LABOUR_CODE_2019, statutoryDaysOff, statutoryYear, type StatutoryDaysOff } from './statutory.js';
export {
  formatClockTime,
  parseClockTime,
  VIETNAM_UTC_OFFSET,
  vietnamDate,
  vietnamInstant,
  vietnamParts,
  vietnamYear,
  type VietnamParts,
} from './vietnam-time.js';

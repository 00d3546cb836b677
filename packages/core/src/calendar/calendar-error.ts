import { MotcuaError } from '../errors.js';

/** Stable codes a program may switch on; the text is for people. */
export type CalendarErrorCode =
  | 'calendar-unknown'
  | 'calendar-cycle'
  | 'calendar-invalid'
  | 'calendar-invalid-time'
  | 'calendar-invalid-date'
  | 'calendar-invalid-instant'
  | 'calendar-invalid-lunar-date'
  | 'calendar-out-of-range'
  | 'calendar-no-working-day'
  | 'calendar-invalid-amount'
  | 'calendar-invalid-unit'
  | 'calendar-amount-too-large'
  | 'calendar-invalid-pause';

export class CalendarError extends MotcuaError<CalendarErrorCode> {}

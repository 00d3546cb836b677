import type { ValidateFunction } from 'ajv';
import { createAjv, type Ajv2020 } from '../ajv/create-ajv.js';
import { localizeErrors } from '../validation/localize-error.js';
import calendarSchema from './calendar.schema.json' with { type: 'json' };
import type { CalendarFile } from './calendar.types.js';
import { checkCalendarSemantics, type CalendarIssue } from './check-calendar.js';

/**
 * Validates a calendar file read from JSON: first against calendar.schema.json,
 * then, when its shape is right, the semantic checks. An empty list means
 * valid. Kept apart from calendar.ts so that computing due dates does not pull
 * ajv into a browser bundle; pass an `ajv` to reuse one across many files.
 */
export function validateCalendarFile(json: unknown, ajv: Ajv2020 = createAjv()): CalendarIssue[] {
  const validate = (ajv.getSchema(calendarSchema.$id) ?? ajv.compile(calendarSchema)) as ValidateFunction<CalendarFile>;
  if (!validate(json)) {
    return localizeErrors(validate.errors ?? []).map(({ path, code, message }) => ({ path, code, message }));
  }
  return checkCalendarSemantics(json);
}

import type { ValidateFunction } from 'ajv';
import { createAjv } from '../ajv/create-ajv.js';
import calendarSchema from './calendar.schema.json' with { type: 'json' };
import type { CalendarFile } from './calendar.types.js';
import { checkCalendarSemantics, type CalendarIssue } from './check-calendar.js';

// Kept apart from calendar.ts so that computing due dates does not pull ajv into a browser bundle.
let validator: ValidateFunction<CalendarFile> | undefined;

function compiled(): ValidateFunction<CalendarFile> {
  validator ??= createAjv().compile<CalendarFile>(calendarSchema);
  return validator;
}

/**
 * Validates a calendar file read from JSON: first against calendar.schema.json,
 * then, when its shape is right, the semantic checks. An empty list means valid.
 */
export function validateCalendarFile(json: unknown): CalendarIssue[] {
  const validate = compiled();
  if (!validate(json)) {
    return (validate.errors ?? []).map((error) => ({
      path: error.instancePath,
      code: 'calendar-schema',
      message: {
        vi: `Không đúng cấu trúc lịch (${error.keyword}): ${error.message ?? ''}`.trim(),
        en: `Not a valid calendar file (${error.keyword}): ${error.message ?? ''}`.trim(),
      },
    }));
  }
  return checkCalendarSemantics(json);
}

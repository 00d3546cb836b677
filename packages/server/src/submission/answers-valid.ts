import type { ValidateFunction } from 'ajv';

/**
 * ajv's uniqueItems compares objects through their own valueOf/toString, so
 * JSON such as [{"valueOf":1},{"valueOf":1}] makes it throw; such answers
 * are invalid, not a server failure.
 */
export function answersValid(validate: ValidateFunction, answers: unknown): boolean {
  try {
    return validate(answers) === true;
  } catch {
    validate.errors = [{ instancePath: '', schemaPath: '#', keyword: 'fallback', params: {}, message: 'unreadable answers' }];
    return false;
  }
}

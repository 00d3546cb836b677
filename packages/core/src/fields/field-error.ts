import { MotcuaError } from '../errors.js';
import type { Bilingual } from '../i18n/bilingual.js';

/**
 * Inspector values that the inspector's JSON Schema cannot rule out but that
 * would give citizens a question nobody can answer (a minimum above the
 * maximum, two options with one stored value). The builder shows `text`
 * next to the inspector instead of saving the field.
 */
export type FieldErrorCode = 'field-range-reversed' | 'field-duplicate-option' | 'field-default-not-an-option';

export class FieldError extends MotcuaError<FieldErrorCode> {}

/** Rejects a lower bound above its upper bound; `what` names the pair for the officer. */
export function assertOrdered<T extends number | string>(low: T | undefined, high: T | undefined, what: Bilingual): void {
  if (low === undefined || high === undefined || low <= high) return;
  throw new FieldError(
    'field-range-reversed',
    {
      vi: `${what.vi}: giá trị nhỏ nhất (${low}) lớn hơn giá trị lớn nhất (${high}), nên không ai trả lời được.`,
      en: `${what.en}: the lower bound (${low}) is above the upper bound (${high}), so nobody could answer.`,
    },
    { low, high },
  );
}

import type { Bilingual } from '../i18n/bilingual.js';
import { assertOrdered } from './field-error.js';
import { numberAt, type Field } from './field-model.js';

export type BoundKeys = readonly ['minLength', 'maxLength'] | readonly ['minItems', 'maxItems'];

/**
 * "Required" must also refuse the empty answer: `required` only asks for the
 * member to be present, and "" or [] is present. rjsf drops empty strings but
 * a submission through the API need not, and a required list of checkboxes
 * or of entries would pass with nothing in it. So a required field gets a
 * lower bound of 1 unless the officer set one, and reading the field back
 * leaves that implied 1 out.
 */
export function writeBounds(field: Field, keys: BoundKeys, values: Record<string, unknown>, what: Bilingual): void {
  const [minKey, maxKey] = keys;
  const low = (values[minKey] as number | undefined) ?? (field.required ? 1 : undefined);
  const high = values[maxKey] as number | undefined;
  assertOrdered(low, high, what);
  if (low !== undefined) field.schema[minKey] = low;
  if (high !== undefined) field.schema[maxKey] = high;
}

export function readBounds(field: Field, keys: BoundKeys): Record<string, number | undefined> {
  const [minKey, maxKey] = keys;
  const low = numberAt(field.schema, minKey);
  return { [minKey]: field.required && low === 1 ? undefined : low, [maxKey]: numberAt(field.schema, maxKey) };
}

import type { ErrorObject } from 'ajv';
import { format, type Bilingual } from '../i18n/bilingual.js';
import { DEFAULT_LABEL, FORMAT_NAMES, TYPE_NAMES, VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { joinPointer } from '../json/json-pointer.js';

/** A validation error a person can act on: where, what kind, and what to do, in both languages. */
export interface ValidationIssue {
  /** JSON Pointer of the value at fault (for `required`, of the missing member). */
  path: string;
  /** Stable: the failed JSON Schema keyword, or a semantic check's own code. */
  code: string;
  message: Bilingual;
  details?: Record<string, unknown>;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The pointer an error is really about: a missing or unexpected member rather than its parent. */
export function errorPath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return joinPointer(error.instancePath, params.missingProperty);
  }
  if (
    (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') &&
    typeof (params.additionalProperty ?? params.unevaluatedProperty) === 'string'
  ) {
    return joinPointer(error.instancePath, String(params.additionalProperty ?? params.unevaluatedProperty));
  }
  return error.instancePath;
}

/**
 * Turns one ajv error into a plain-language issue. `labelOf` names the field
 * at a path (its title in the form); without one, the sentence says "this value".
 */
export function localizeError(
  error: ErrorObject,
  labelOf: (path: string) => Bilingual | undefined = () => undefined,
): ValidationIssue {
  const path = errorPath(error);
  const params = error.params as Record<string, unknown>;
  const keyword = error.keyword === 'false schema' ? 'false' : error.keyword;
  const template = VALIDATION_MESSAGES[keyword] ?? (VALIDATION_MESSAGES.fallback as Bilingual);
  const label = labelOf(path);
  const expected =
    keyword === 'format'
      ? FORMAT_NAMES[String(params.format)]
      : keyword === 'type'
        ? TYPE_NAMES[String(params.type).split(',')[0] ?? '']
        : undefined;
  const message = {} as Bilingual;
  for (const locale of ['vi', 'en'] as const) {
    const values: Record<string, string | number> = {
      label: label ? `“${label[locale]}”` : DEFAULT_LABEL[locale],
      expected: expected?.[locale] ?? String(params.format ?? params.type ?? ''),
      limit: String(params.limit ?? params.comparison ?? ''),
      property: String(params.additionalProperty ?? params.unevaluatedProperty ?? params.propertyName ?? ''),
      missing: String(params.missingProperty ?? ''),
      tag: String(params.tagValue ?? params.tag ?? ''),
    };
    let text = format(template[locale], values);
    // "Vui lòng nhập “Họ tên”" reads right; "Vui lòng nhập Giá trị này" does not.
    if (!label && text.indexOf(values.label as string) > 0) text = text.replace(values.label as string, lowerFirst(values.label as string));
    message[locale] = text;
  }
  const issue: ValidationIssue = { path, code: keyword, message };
  if (Object.keys(params).length > 0) issue.details = { ...params };
  return issue;
}

/**
 * Localizes a list of ajv errors. An `if` error only says that a `then` or
 * `else` failed, and that failure is reported on its own; it is dropped so
 * nobody reads the same problem twice.
 */
export function localizeErrors(
  errors: readonly ErrorObject[],
  labelOf?: (path: string) => Bilingual | undefined,
): ValidationIssue[] {
  return errors.filter((error) => error.keyword !== 'if').map((error) => localizeError(error, labelOf));
}

import { AJV_FORMATS, AJV_OPTIONS, createAjv, labelAtPath, localizeErrors, type Form, type Locale, type ValidationIssue } from '@motcua/core';
import type { ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * rjsf's validator built on core's ajv class, options and formats, so what a panel accepts is
 * what the server accepts, with core's plain-language messages, naming fields as the panel shows
 * them, in place of ajv's.
 */
export function panelValidator(form: Form, locale: Locale): ValidatorType {
  const labelOf = (path: string) => labelAtPath(form, path);
  return customizeValidator(
    { AjvClass: Ajv2020 as never, ajvOptionsOverrides: AJV_OPTIONS, ajvFormatOptions: { formats: [...AJV_FORMATS], keywords: true } },
    (errors?: ErrorObject[] | null) => {
      for (const error of errors ?? []) error.message = localizeErrors([error], labelOf)[0]?.message[locale] ?? error.message;
    },
  );
}

/**
 * Checks a panel's values with core's own ajv: the issues the panel reports to its host, in both
 * languages, at JSON Pointers into the values. One compilation per schema object.
 */
export class PanelChecker {
  readonly #compiled = new WeakMap<object, ValidateFunction>();

  check(form: Form, values: unknown): ValidationIssue[] {
    let validate = this.#compiled.get(form.schema);
    if (!validate) {
      validate = createAjv().compile(form.schema);
      this.#compiled.set(form.schema, validate);
    }
    return validate(values) ? [] : localizeErrors(validate.errors ?? [], (path) => labelAtPath(form, path));
  }
}

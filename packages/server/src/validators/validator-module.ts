import type { ErrorObject } from 'ajv';
import {
  collectConditions,
  validateProcedure,
  type Ajv2020,
  type Predicate,
  type ProcedureDefinition,
} from '@motcua/core';
import { bundleModule, PART_PREFIX } from './bundle-module.js';
import { createStandaloneAjv, standaloneValidator } from './standalone-code.js';
import { definitionInvalid } from './validator-compile-error.js';

/** The version of the shape below; a runtime refuses a module whose `moduleFormat` it does not know. */
export const VALIDATOR_MODULE_FORMAT = 1;

/** ajv's standalone function: the verdict, and the errors of the last call in `.errors`. */
export interface StandaloneValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** What `import()` of a generated validator module gives. */
export interface ValidatorModule {
  /** `VALIDATOR_MODULE_FORMAT` of the generator that wrote it. */
  readonly moduleFormat: number;
  /** The definition's own `formatVersion`. */
  readonly formatVersion: number;
  /** The procedure's code (mã thủ tục). */
  readonly procedure: string;
  /** The pointers of `predicates`, in `collectConditions` order. */
  readonly conditions: readonly string[];
  /** The citizen's answers against `definition.form.schema`, with core's ajv options; word `.errors` with `localizeError`. */
  readonly validateAnswers: StandaloneValidate;
  /** One predicate per condition, keyed by its JSON Pointer: `predicateEvaluator(m.predicates)`. */
  readonly predicates: Readonly<Record<string, Predicate>>;
}

export interface BuildValidatorModuleOptions {
  /** Reuse core's definition ajv (`createDefinitionAjv()`) for the up-front `validateProcedure`. */
  definitionAjv?: Ajv2020;
}

// Exactly core's `normaliseContext`: undefined members are absent, so `required` sees what is there.
const NORMALISE_CONTEXT = `function context(c) {
  const out = { answers: c.answers ?? {} };
  if (c.case !== undefined) out.case = c.case;
  if (c.channel !== undefined) out.channel = c.channel;
  if (c.delivery !== undefined) out.delivery = c.delivery;
  if (c.applicantCategory !== undefined) out.applicantCategory = c.applicantCategory;
  return out;
}`;

/**
 * The browser validator module of one published procedure version: ajv standalone code
 * generated with core's `AJV_OPTIONS` and formats, bundled into one ES module that imports
 * nothing and evaluates no strings (it runs under a CSP without 'unsafe-eval').
 *
 * The definition must be one `validateProcedure` accepts (which bounds its size and depth and
 * proves its form and conditions compile); anything else, and any compile or bundle failure, is a
 * `ValidatorCompileError`. The form is compiled with its own ajv, as the server's
 * `createAjv().compile(definition.form.schema)`; the conditions share one, as core's
 * `compileConditions` does, so both give the verdicts the server gives.
 */
export async function buildValidatorModule(
  definition: ProcedureDefinition,
  options: BuildValidatorModuleOptions = {},
): Promise<string> {
  const checked = validateProcedure(definition, options.definitionAjv ? { ajv: options.definitionAjv } : {});
  if (!checked.valid) throw definitionInvalid(checked.errors);

  const parts = new Map<string, string>();
  parts.set(
    'answers',
    standaloneValidator(createStandaloneAjv(), definition.form.schema, { vi: 'biểu mẫu (form.schema)', en: 'the form (form.schema)' }, '/form/schema'),
  );
  const conditionAjv = createStandaloneAjv();
  const pointers: string[] = [];
  for (const { pointer, schema } of collectConditions(definition)) {
    const what = { vi: `điều kiện tại ${pointer}`, en: `the condition at ${pointer}` };
    parts.set(`condition/${pointers.length}`, standaloneValidator(conditionAjv, schema, what, pointer));
    pointers.push(pointer);
  }

  const lines = [
    `import { validate as validateAnswers } from ${JSON.stringify(`${PART_PREFIX}answers`)};`,
    ...pointers.map((_, i) => `import { validate as c${i} } from ${JSON.stringify(`${PART_PREFIX}condition/${i}`)};`),
    `export { validateAnswers };`,
    `export const moduleFormat = ${VALIDATOR_MODULE_FORMAT};`,
    `export const formatVersion = ${JSON.stringify(definition.formatVersion)};`,
    `export const procedure = ${JSON.stringify(definition.code)};`,
    `export const conditions = Object.freeze(${JSON.stringify(pointers)});`,
    NORMALISE_CONTEXT,
    // Computed keys: a key is always an own property, whatever its text.
    `export const predicates = Object.freeze({`,
    ...pointers.map((pointer, i) => `  [${JSON.stringify(pointer)}]: (c) => c${i}(context(c)) === true,`),
    `});`,
  ];
  return bundleModule(lines.join('\n'), parts);
}

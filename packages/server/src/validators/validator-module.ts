import {
  collectConditions,
  ifSchemaPointers,
  validateProcedure,
  VALIDATOR_MODULE_FORMAT,
  type Ajv2020,
  type ProcedureDefinition,
} from '@motcua/core';
import { bundleModule, PART_PREFIX } from './bundle-module.js';
import { createStandaloneAjv, standaloneExports, standaloneValidator, type KnownSchema } from './standalone-code.js';
import { compileFailed, definitionInvalid } from './validator-compile-error.js';

export interface BuildValidatorModuleOptions {
  /** Reuse core's definition ajv (`createDefinitionAjv()`) for the up-front `validateProcedure`. */
  definitionAjv?: Ajv2020;
}

/** The form's key in the ajv that compiles its `if` subschemas, each then found at `${FORM_KEY}#${pointer}`. */
const FORM_KEY = 'motcua:form';

/** A JSON Pointer as a URI fragment: each token percent-encoded, as ajv decodes it. */
const fragmentOf = (pointer: string) => pointer.split('/').map(encodeURIComponent).join('/');

/**
 * The standalone code of the form's `if` subschemas, exported as `s0`, `s1`, … in `pointers`
 * order. The whole form is added to their ajv and each `if` is compiled where it stands, so its
 * `$ref`s resolve against the form (and the form's own `$id`) exactly as when the server
 * validates the answers; a definition the form refers to from several `if`s is written once.
 */
function ifPredicatesCode(formSchema: ProcedureDefinition['form']['schema'], pointers: readonly string[]): string {
  const ajv = createStandaloneAjv();
  try {
    ajv.addSchema(formSchema, FORM_KEY);
  } catch (error) {
    throw compileFailed({ vi: 'biểu mẫu (form.schema)', en: 'the form (form.schema)' }, '/form/schema', error);
  }
  const schemas: Record<string, KnownSchema> = {};
  pointers.forEach((pointer, i) => {
    schemas[`s${i}`] = {
      id: `${FORM_KEY}#${fragmentOf(pointer)}`,
      what: { vi: `điều kiện “if” tại ${pointer} của biểu mẫu`, en: `the “if” at ${pointer} of the form` },
      pointer: `/form/schema${pointer}`,
    };
  });
  return standaloneExports(ajv, schemas);
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
 * `compileConditions` does; the form's `if` subschemas another, holding the whole form. So all
 * give the verdicts the server gives.
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

  const ifPointers = ifSchemaPointers(definition.form.schema);
  if (ifPointers.length > 0) parts.set('schemas', ifPredicatesCode(definition.form.schema, ifPointers));

  const lines = [
    `import { validate as validateAnswers } from ${JSON.stringify(`${PART_PREFIX}answers`)};`,
    ...pointers.map((_, i) => `import { validate as c${i} } from ${JSON.stringify(`${PART_PREFIX}condition/${i}`)};`),
    ...(ifPointers.length > 0 ? [`import { ${ifPointers.map((_, i) => `s${i}`).join(', ')} } from ${JSON.stringify(`${PART_PREFIX}schemas`)};`] : []),
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
    `export const schemaPredicates = Object.freeze({`,
    ...ifPointers.map((pointer, i) => `  [${JSON.stringify(pointer)}]: (v) => s${i}(v) === true,`),
    `});`,
  ];
  return bundleModule(lines.join('\n'), parts);
}

// The browser validator modules: one per published procedure version, served with immutable
// caching. `buildValidatorModule(definition)` returns the source of one self-contained ES module
// (no import, no require, no eval/new Function: it runs under a CSP without 'unsafe-eval') with
// the shape of core's `ValidatorModule`:
//
//   export const moduleFormat: 2;                 // VALIDATOR_MODULE_FORMAT (from @motcua/core)
//   export const formatVersion: number;           // the definition's formatVersion
//   export const procedure: string;               // the procedure's code
//   export const conditions: readonly string[];   // collectConditions(definition) pointers, in order
//   export function validateAnswers(answers): boolean;  // ajv standalone: sets validateAnswers.errors
//   export const predicates: Record<pointer, (context) => boolean>;  // for predicateEvaluator
//   export const schemaPredicates: Record<pointer, (value) => boolean>;  // one per `if` of the form,
//       // keyed by ifSchemaPointers(form.schema): the `if`'s verdict on the value where it applies
//
// Runtime: `const m = await import(url); const evaluator = predicateEvaluator(m.predicates);`,
// `m.validateAnswers(answers) || localizeErrors(m.validateAnswers.errors, labelOf)`, and
// `m.schemaPredicates['/properties/a/if'](answers.a)` to choose between `then` and `else`.
// The server stores each module with its format and rebuilds one of an older format when it is
// asked for (see ValidatorModules).
export { bundleModule, MODULE_TARGET, PART_PREFIX } from './bundle-module.js';
export { importModuleSource, loadValidatorModule, moduleDataUrl } from './load-module.js';
export { buildSchemaModule, type SchemaModule, type SchemaModuleOptions } from './schema-module.js';
export { createStandaloneAjv, standaloneValidator } from './standalone-code.js';
export { ValidatorCompileError, type ValidatorCompileErrorCode } from './validator-compile-error.js';
export { buildValidatorModule, type BuildValidatorModuleOptions } from './validator-module.js';

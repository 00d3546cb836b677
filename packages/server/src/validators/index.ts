// The browser validator modules: one per published procedure version, served with immutable
// caching. `buildValidatorModule(definition)` returns the source of one self-contained ES module
// (no import, no require, no eval/new Function: it runs under a CSP without 'unsafe-eval'):
//
//   export const moduleFormat: 1;                 // the shape below (VALIDATOR_MODULE_FORMAT)
//   export const formatVersion: number;           // the definition's formatVersion
//   export const procedure: string;               // the procedure's code
//   export const conditions: readonly string[];   // collectConditions(definition) pointers, in order
//   export function validateAnswers(answers): boolean;  // ajv standalone: sets validateAnswers.errors
//   export const predicates: Record<pointer, (context) => boolean>;  // for predicateEvaluator
//
// Runtime: `const m = await import(url); const evaluator = predicateEvaluator(m.predicates);`
// and `m.validateAnswers(answers) || localizeErrors(m.validateAnswers.errors, labelOf)`.
export { bundleModule, MODULE_TARGET, PART_PREFIX } from './bundle-module.js';
export { importModuleSource, loadValidatorModule, moduleDataUrl } from './load-module.js';
export { buildSchemaModule, type SchemaModule, type SchemaModuleOptions } from './schema-module.js';
export { createStandaloneAjv, standaloneValidator } from './standalone-code.js';
export { ValidatorCompileError, type ValidatorCompileErrorCode } from './validator-compile-error.js';
export {
  buildValidatorModule,
  VALIDATOR_MODULE_FORMAT,
  type BuildValidatorModuleOptions,
  type StandaloneValidate,
  type ValidatorModule,
} from './validator-module.js';

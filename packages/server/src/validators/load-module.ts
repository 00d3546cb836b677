import { Buffer } from 'node:buffer';
import { VALIDATOR_MODULE_FORMAT, type ValidatorModule } from '@motcua/core';
import { moduleMalformed as malformed } from './validator-compile-error.js';

/** A `data:` URL holding an ES module's source, importable by node and by browsers. */
export function moduleDataUrl(source: string): string {
  return `data:text/javascript;charset=utf-8;base64,${Buffer.from(source, 'utf8').toString('base64')}`;
}

/**
 * Evaluates a generated module's source in this process (tests, server-side checks) by
 * importing it from a `data:` URL. Node keeps every imported module for the life of the
 * process, so this is for a bounded number of modules, not one per request.
 */
export async function importModuleSource<T = Record<string, unknown>>(source: string): Promise<T> {
  return (await import(moduleDataUrl(source))) as T;
}

/**
 * Imports a module from `buildValidatorModule` and checks it has the exports a runtime relies on,
 * in the format this server writes.
 */
export async function loadValidatorModule(source: string): Promise<ValidatorModule> {
  const m = await importModuleSource<Partial<ValidatorModule>>(source);
  if (typeof m.validateAnswers !== 'function') throw malformed('no validateAnswers function');
  if (m.moduleFormat !== VALIDATOR_MODULE_FORMAT) throw malformed(`moduleFormat ${String(m.moduleFormat)}, not ${VALIDATOR_MODULE_FORMAT}`);
  if (!Array.isArray(m.conditions)) throw malformed('no conditions list');
  const predicates = m.predicates;
  if (predicates === null || typeof predicates !== 'object') throw malformed('no predicates');
  for (const pointer of m.conditions as readonly string[]) {
    if (typeof predicates[pointer] !== 'function') throw malformed(`no predicate for ${pointer}`);
  }
  const schemaPredicates = m.schemaPredicates;
  if (schemaPredicates === null || typeof schemaPredicates !== 'object') throw malformed('no schemaPredicates');
  for (const [pointer, predicate] of Object.entries(schemaPredicates)) {
    if (typeof predicate !== 'function') throw malformed(`schemaPredicates: no function for ${pointer}`);
  }
  return m as ValidatorModule;
}

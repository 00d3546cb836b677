import type { AnySchema, Options } from 'ajv';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, createAjv, type Ajv2020 } from '@motcua/core';
import { compileFailed } from './validator-compile-error.js';

// ajv's standalone entry is CommonJS: its module object is the function and also carries it as `.default`.
const standaloneCode = standaloneModule.default;

/**
 * An ajv with Một Cửa's options and formats that can emit standalone code.
 * `overrides` exist for the conformance suite (e.g. `strict: false`);
 * whatever they say, the code options that make standalone ES modules stay.
 */
export function createStandaloneAjv(overrides: Options = {}): Ajv2020 {
  return createAjv({ ...overrides, code: { ...AJV_OPTIONS.code, ...overrides.code, source: true, esm: true } });
}

/**
 * Compiles `schema` with `ajv` and returns the ES module ajv generates for it:
 * `export const validate`, plus the code of every schema it references. The
 * code still `require`s ajv's runtime helpers and ajv-formats' formats;
 * `bundleModule` inlines them. An ajv refusal becomes a typed error.
 */
export function standaloneValidator(
  ajv: Ajv2020,
  schema: AnySchema,
  what: { vi: string; en: string },
  pointer: string,
): string {
  let validate: AnyValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    throw compileFailed(what, pointer, error);
  }
  try {
    return standaloneCode(ajv, validate);
  } catch (error) {
    throw compileFailed(what, pointer, error);
  }
}

/** A schema `ajv` already holds, by id ("key#/json/pointer"), and how to name it in an error. */
export interface KnownSchema {
  id: string;
  what: { vi: string; en: string };
  pointer: string;
}

/**
 * The ES module ajv generates for several schemas `ajv` already holds, each exported under its
 * name (an identifier), the code they share written once. Each is compiled first, so a refusal
 * is a typed error naming the schema refused.
 */
export function standaloneExports(ajv: Ajv2020, schemas: Readonly<Record<string, KnownSchema>>): string {
  const ids: Record<string, string> = {};
  for (const [name, { id, what, pointer }] of Object.entries(schemas)) {
    try {
      if (!ajv.getSchema(id)) throw new Error(`no schema at ${id}`);
    } catch (error) {
      throw compileFailed(what, pointer, error);
    }
    ids[name] = id;
  }
  try {
    return standaloneCode(ajv, ids);
  } catch (error) {
    throw compileFailed({ vi: 'các lược đồ con của biểu mẫu', en: 'the subschemas of the form' }, '/form/schema', error);
  }
}

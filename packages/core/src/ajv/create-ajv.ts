import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import formatsModule from 'ajv-formats';
import { AJV_FORMATS, AJV_OPTIONS } from './ajv-options.js';
import procedureSchema from '../procedure.schema.json' with { type: 'json' };
import taxonomySchema from '../taxonomy/taxonomy.schema.json' with { type: 'json' };
import agencySchema from '../agency/agency.schema.json' with { type: 'json' };

// ajv-formats is CommonJS: its module object is the plugin and also carries it as `.default`.
const addFormats = formatsModule.default;

export type { Ajv2020 };

/**
 * A JSON Schema 2020-12 validator with Một Cửa's options and formats.
 * `overrides` exist for the conformance suite, which needs non-strict
 * options that production never uses.
 */
export function createAjv(overrides: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...overrides });
  addFormats(ajv, { formats: [...AJV_FORMATS], keywords: true });
  return ajv;
}

/** An ajv that also knows Một Cửa's own meta-schemas, for checking definitions. */
export function createDefinitionAjv(): Ajv2020 {
  const ajv = createAjv();
  ajv.addSchema(procedureSchema);
  ajv.addSchema(taxonomySchema);
  ajv.addSchema(agencySchema);
  return ajv;
}

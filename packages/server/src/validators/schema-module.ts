import type { AnySchema, Options } from 'ajv';
import { bundleModule, PART_PREFIX } from './bundle-module.js';
import { createStandaloneAjv, standaloneValidator } from './standalone-code.js';
import { compileFailed, ValidatorCompileError } from './validator-compile-error.js';

export interface SchemaModuleOptions {
  /**
   * Overrides of core's `AJV_OPTIONS` (the conformance suite needs `strict: false`); production
   * passes none. The code options that make standalone ES modules are kept whatever is given.
   */
  ajvOptions?: Options;
  /** Schemas every validator may reference, added with `ajv.addSchema(schema, uri)` (the suite's remotes). */
  remotes?: Readonly<Record<string, AnySchema>>;
  /** Return refused schemas in `refused` rather than throwing on the first one. */
  partial?: boolean;
}

export interface SchemaModule {
  /** One self-contained ES module: `export const validators = { [name]: validate }`. */
  source: string;
  /** The names compiled into `validators`, in the order given. */
  names: string[];
  /** With `partial`, the schemas ajv refused, by name. */
  refused: Record<string, ValidatorCompileError>;
}

/**
 * Compiles each schema with its own ajv (core's options, formats and the given overrides and
 * remotes) and bundles all their standalone validators into one ES module exporting
 * `validators`, a frozen record of ajv standalone functions (boolean result, `.errors`) keyed by
 * the names given. One esbuild run however many schemas.
 */
export async function buildSchemaModule(
  schemas: Readonly<Record<string, AnySchema>>,
  options: SchemaModuleOptions = {},
): Promise<SchemaModule> {
  const parts = new Map<string, string>();
  const names: string[] = [];
  const refused: Record<string, ValidatorCompileError> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    try {
      const ajv = createStandaloneAjv(options.ajvOptions);
      for (const [uri, remote] of Object.entries(options.remotes ?? {})) {
        try {
          ajv.addSchema(remote, uri);
        } catch (error) {
          throw compileFailed({ vi: `lược đồ tham chiếu ${uri}`, en: `the referenced schema ${uri}` }, uri, error);
        }
      }
      const what = { vi: `lược đồ “${name}”`, en: `the schema “${name}”` };
      parts.set(String(names.length), standaloneValidator(ajv, schema, what, name));
      names.push(name);
    } catch (error) {
      if (!options.partial || !(error instanceof ValidatorCompileError)) throw error;
      refused[name] = error;
    }
  }
  const lines = names.map((_, i) => `import { validate as v${i} } from ${JSON.stringify(PART_PREFIX + i)};`);
  const members = names.map((name, i) => `[${JSON.stringify(name)}]: v${i}`).join(',\n  ');
  lines.push(`export const validators = Object.freeze({\n  ${members}\n});`);
  const source = await bundleModule(lines.join('\n'), parts);
  return { source, names, refused };
}

import type { Options } from 'ajv';

/**
 * The one set of ajv options used wherever Một Cửa validates: the server, the
 * builder, and the standalone modules generated for the browser. Changing one
 * of them changes every verdict at once, which is the point.
 *
 * - strictSchema stays on: an unknown keyword in a definition is an error,
 *   not something silently ignored.
 * - strictTypes and strictRequired are off because conditions are written
 *   against a partial context (`{ properties: { channel: { const: … } } }`)
 *   without restating types.
 * - allErrors: citizens see every problem at once, not one per submit.
 * - discriminator: a `oneOf` tagged by a property reports the errors of the
 *   branch the tag names, not of every branch.
 * - code.source/esm: the server turns compiled validators into ES modules.
 */
export const AJV_OPTIONS = {
  strict: true,
  strictSchema: true,
  strictNumbers: true,
  strictTuples: true,
  strictTypes: false,
  strictRequired: false,
  allErrors: true,
  allowUnionTypes: true,
  discriminator: true,
  unicodeRegExp: true,
  validateFormats: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  code: { source: true, esm: true, lines: false },
} as const satisfies Options;

/** The formats every validator knows, from ajv-formats' full mode. */
export const AJV_FORMATS = [
  'date',
  'time',
  'date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'json-pointer-uri-fragment',
  'relative-json-pointer',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
] as const;

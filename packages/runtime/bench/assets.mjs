// Everything the pages need, built by the bench itself into a scratch folder:
// the rjsf bundle, the 300-field definition with its validator module (made
// by the server's own buildValidatorModule), and the three pages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { blankPage, motcuaPage, rjsfPage } from './pages.mjs';

const FORM_DIR = fileURLToPath(new URL('../../../../shared/bench/', import.meta.url));
const BASE_PROCEDURE = fileURLToPath(new URL('../../../catalogue/procedures/2.000815.json', import.meta.url));

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

export function readForm() {
  return {
    schema: readJson(join(FORM_DIR, 'form-300.schema.json')),
    uiSchema: readJson(join(FORM_DIR, 'form-300.ui.json')),
    data: readJson(join(FORM_DIR, 'form-300.data.json')),
  };
}

/**
 * The JSON Pointer of every field the form shows for `data`, in document
 * order (an array shows one set of fields per item), with its schema.
 */
export function fieldsOf(schema, data, pointer = '') {
  if (schema.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([name, child]) => fieldsOf(child, data?.[name], `${pointer}/${name}`));
  }
  if (schema.type === 'array' && schema.items?.type === 'object') {
    return (data ?? []).flatMap((item, i) => fieldsOf(schema.items, item, `${pointer}/${i}`));
  }
  return [{ pointer, schema }];
}

/** rjsf's ids: its "root" prefix and "_" separator (@rjsf/utils DEFAULT_ID_PREFIX, DEFAULT_ID_SEPARATOR). */
export const rjsfId = (pointer) => `root${pointer.replaceAll('/', '_')}`;

/** The last field that is a plain one-line text input: no enum, format or pattern, not a textarea. */
function lastTextField(fields, uiSchema) {
  const isTextarea = (pointer) => pointer.split('/').slice(1).reduce((ui, part) => ui?.[part], uiSchema)?.['ui:widget'] === 'textarea';
  const plain = fields.filter(({ pointer, schema }) => schema.type === 'string' && !schema.enum && !schema.format && !schema.pattern && !isTextarea(pointer));
  return plain.at(-1).pointer;
}

/**
 * The bench's procedure: a real catalogue definition with the 300-field form
 * in place of its own. Its fees counted pages of its own form's answers
 * (/banSao, /soTrang), which the new form lacks, so they become fixed amounts.
 */
export function benchDefinition({ schema, uiSchema }) {
  const definition = readJson(BASE_PROCEDURE);
  definition.form = { schema, uiSchema };
  definition.fees = definition.fees.map(({ each: _each, multiplier: _multiplier, max: _max, ...fee }) => ({ ...fee, rule: { type: 'fixed', amount: 2000 } }));
  return definition;
}

export async function buildRjsfBundle(outfile) {
  await build({
    entryPoints: [fileURLToPath(new URL('./rjsf-entry.mjs', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * Writes blank.html, rjsf.html, motcua.html, rjsf.js and validators-300.js into
 * `dir` (served as `/bench/`); the runtime's dist is served as `/runtime/`.
 */
export async function buildAssets(dir, buildValidatorModule) {
  const form = readForm();
  const fields = fieldsOf(form.schema, form.data);
  const lastField = lastTextField(fields, form.uiSchema);
  const definition = benchDefinition(form);
  writeFileSync(join(dir, 'validators-300.js'), await buildValidatorModule(definition));
  await buildRjsfBundle(join(dir, 'rjsf.js'));

  // The schema is written for draft-07 too; rjsf's ajv8 validator is a draft-07 Ajv, which refuses the 2020-12 $schema.
  const { $schema: _draft, ...rjsfSchema } = form.schema;
  writeFileSync(join(dir, 'blank.html'), blankPage());
  writeFileSync(
    join(dir, 'rjsf.html'),
    rjsfPage({ bundle: '/bench/rjsf.js', schema: rjsfSchema, uiSchema: form.uiSchema, formData: form.data, expected: fields.map((f) => rjsfId(f.pointer)), lastField: rjsfId(lastField) }),
  );
  writeFileSync(
    join(dir, 'motcua.html'),
    motcuaPage({ runtime: '/runtime/motcua.js', validators: '/bench/validators-300.js', definition, answers: form.data, expected: fields.map((f) => f.pointer), lastField }),
  );
  return { fields: fields.length, lastField };
}

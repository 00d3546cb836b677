// Everything the pages need, built by the bench itself into scratch folders:
// a copy of the catalogue in which procedure 2.000815 carries the 300-field
// form (the real server publishes it, with its validator module, at start),
// the rjsf bundle, and the three pages.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { blankPage, floorPage, floorScript, motcuaInlinePage, motcuaPage, rjsfPage } from './pages.mjs';

const FORM_DIR = fileURLToPath(new URL('../../../../shared/bench/', import.meta.url));
const CATALOGUE_DIR = fileURLToPath(new URL('../../../catalogue/', import.meta.url));
/** The catalogue procedure whose form the bench replaces, and the agency the page names. */
export const BENCH_PROCEDURE = '2.000815';
const BENCH_AGENCY = 'phuong-ba-dinh';

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
  const definition = readJson(join(CATALOGUE_DIR, 'procedures', `${BENCH_PROCEDURE}.json`));
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

/** Copies the catalogue into `dir`, with the bench's definition in place of its procedure's own. */
export function writeBenchCatalogue(dir) {
  cpSync(CATALOGUE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'procedures', `${BENCH_PROCEDURE}.json`), JSON.stringify(benchDefinition(readForm()), null, 2));
}

/**
 * Writes blank.html, rjsf.html, motcua.html, motcua-inline.html and rjsf.js into `dir` (served as
 * `/bench/`, an agency's site); `server` is the Một Cửa server's origin, which
 * serves motcua.js, the definition and its validator module, as to a citizen.
 */
export async function buildAssets(dir, server) {
  const form = readForm();
  const fields = fieldsOf(form.schema, form.data);
  const lastField = lastTextField(fields, form.uiSchema);
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
    motcuaPage({ runtime: `${server}/motcua.js`, procedure: BENCH_PROCEDURE, agency: BENCH_AGENCY, answers: form.data, expected: fields.map((f) => f.pointer), lastField }),
  );
  // Version 1: the bench's catalogue is published afresh when the server starts.
  const validators = `${server}/api/v1/procedures/${BENCH_PROCEDURE}/versions/1/validator.js`;
  writeFileSync(
    join(dir, 'motcua-inline.html'),
    motcuaInlinePage({ runtime: `${server}/motcua.js`, validators, definition: benchDefinition(form), answers: form.data, expected: fields.map((f) => f.pointer), lastField }),
  );
  return { fields: fields.length, lastField, expected: fields.map((f) => f.pointer) };
}

/**
 * Writes the floor page into `dir` and its script into `scriptDir` (served
 * from `scriptOrigin`, an origin of its own as the server's is); `html` is
 * `<motcua-form>`'s shadow root as it rendered the bench's form.
 */
export function buildFloor({ dir, scriptDir, scriptOrigin, server, html, expected, lastField }) {
  writeFileSync(join(scriptDir, 'floor.js'), floorScript({ procedure: `${server}/api/v1/procedures/${BENCH_PROCEDURE}`, html }));
  writeFileSync(join(dir, 'floor.html'), floorPage({ script: `${scriptOrigin}/floor/floor.js`, expected, lastField }));
}

/**
 * Versions that are not in force: an older one after a change was published,
 * one published but effective only later, one never published, and
 * procedures retired or still in draft. The catalogue is a copy, changed and
 * loaded again, as the loader does in production.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadCatalogueInto } from '../catalogue/catalogue-loader.js';
import { formWith, pdf } from '../test-support/sample-files.js';
import { CATALOGUE_DIR, FIXED_NOW, testApp, type TestApp } from '../test-support/test-app.js';
import { runTable, type BadCase } from './harness.js';
import { COPY, get, json, makeCtx, PERMIT, submit, upload, type Ctx } from './requests.js';

const DAY = 86_400_000;
const RETIRED = '1.000894';
const UNPUBLISHED = '1.003197';
let dir: string;
let t: TestApp;
let ctx: Ctx;

function change(code: string, edit: (definition: any) => void): void {
  const path = join(dir, 'procedures', `${code}.json`);
  const definition = JSON.parse(readFileSync(path, 'utf8'));
  edit(definition);
  writeFileSync(path, JSON.stringify(definition, null, 2));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-bad-input-catalogue-'));
  cpSync(CATALOGUE_DIR, dir, { recursive: true });
  t = await testApp({ catalogue: dir, loadedAt: new Date(FIXED_NOW.getTime() - 2 * DAY) });
  // Version 2 of the certified copy, in force since yesterday.
  change(COPY, (d) => (d.fees[0].max = 150_000));
  await loadCatalogueInto(t.database.db, dir, new Date(FIXED_NOW.getTime() - DAY));
  // Version 2 of the permit extension, published now but effective in ten days.
  change(PERMIT, (d) => (d.form.schema.properties.lyDoDeNghi.maxLength = 3000));
  await loadCatalogueInto(t.database.db, dir, new Date(FIXED_NOW.getTime() + 10 * DAY));
  // A retired procedure and one taken back to draft: the back office's doing, written here directly.
  t.database.sqlite.prepare("UPDATE procedures SET status = 'retired' WHERE code = ?").run(RETIRED);
  t.database.sqlite.prepare("UPDATE procedures SET status = 'draft' WHERE code = ?").run(UNPUBLISHED);
  ctx = await makeCtx(t, 2);
});
after(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the catalogue is as the cases assume', async () => {
  assert.equal((await t.json(`/api/v1/procedures/${COPY}`)).body.version, 2);
  assert.equal((await t.json(`/api/v1/procedures/${PERMIT}`)).body.version, 1);
  assert.equal((await t.json(`/api/v1/procedures/${PERMIT}/versions/2`)).status, 200, 'published, not yet in force');
  assert.equal((await t.json(`/api/v1/procedures/${RETIRED}/versions/1`)).status, 200, 'a retired version stays readable: dossiers were filed under it');
});

const notInForce = { status: 409, code: 'version-not-in-force' };
const notFound = { status: 404, code: 'not-found' };

const versionCases: BadCase[] = [
  { name: 'a submission under version 1 after version 2 came into force', request: async (x) => submit(x, await x.copy({ version: 1 })), expect: notInForce },
  { name: 'a submission under a version 3 that was never published', request: async (x) => submit(x, await x.copy({ version: 3 })), expect: notInForce },
  { name: 'a submission under a version published but effective only in ten days', request: async (x) => submit(x, await x.permit({}, { version: 2 }), PERMIT), expect: notInForce },
  { name: 'a quote for a version never published', request: () => json(`/api/v1/procedures/${COPY}/quote`, { version: 3 }), expect: notFound },
  { name: 'the definition of a version never published', request: () => get(`/api/v1/procedures/${COPY}/versions/3`), expect: notFound },
  { name: 'the validator of a version never published', request: () => get(`/api/v1/procedures/${COPY}/versions/3/validator.js`), expect: notFound },
  { name: 'an upload checked against a version never published', request: () => upload(formWith(pdf(), 'a.pdf', { procedure: COPY, version: '3', document: 'ban-chinh' })), expect: notFound },
  { name: 'a retired procedure', request: () => get(`/api/v1/procedures/${RETIRED}`), expect: notFound },
  { name: 'a submission to a retired procedure', request: async (x) => submit(x, await x.copy(), RETIRED), expect: notFound },
  { name: 'a quote of a retired procedure', request: () => json(`/api/v1/procedures/${RETIRED}/quote`, {}), expect: notFound },
  { name: 'a procedure in draft', request: () => get(`/api/v1/procedures/${UNPUBLISHED}`), expect: notFound },
  { name: 'a submission to a procedure in draft', request: async (x) => submit(x, await x.copy(), UNPUBLISHED), expect: notFound },
  { name: 'a quote of a procedure in draft', request: () => json(`/api/v1/procedures/${UNPUBLISHED}/quote`, { answers: {} }), expect: notFound },
];

runTable('versions not in force, retired and unpublished procedures', versionCases, () => ctx);

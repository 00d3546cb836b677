import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATALOGUE_DIR, testApp } from '../test-support/test-app.js';
import { CatalogueError } from './load-catalogue.js';
import { loadCatalogueInto } from './catalogue-loader.js';

function copyOfCatalogue(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-catalogue-'));
  cpSync(CATALOGUE_DIR, dir, { recursive: true });
  return dir;
}

test('loading the same catalogue twice changes nothing', async () => {
  const t = await testApp();
  try {
    const again = await loadCatalogueInto(t.database.db, CATALOGUE_DIR, new Date('2026-03-05T00:00:00Z'));
    assert.deepEqual(again.published, []);
    assert.equal(again.unchanged.length, 22);
    assert.deepEqual(again.calendars, []);
    assert.deepEqual(again.agencies, []);
  } finally {
    t.close();
  }
});

test('a changed procedure becomes a new version; the old one stays as it was', async () => {
  const dir = copyOfCatalogue();
  const t = await testApp({ catalogue: dir, loadedAt: new Date('2026-03-01T00:00:00Z') });
  try {
    const path = join(dir, 'procedures', '2.000815.json');
    const definition = JSON.parse(readFileSync(path, 'utf8'));
    definition.fees[0].max = 150_000;
    writeFileSync(path, JSON.stringify(definition, null, 2));
    const result = await loadCatalogueInto(t.database.db, dir, new Date('2026-03-01T12:00:00Z'));
    assert.deepEqual(result.published, ['2.000815']);
    const current = await t.json('/api/v1/procedures/2.000815');
    assert.equal(current.body.version, 2);
    assert.equal(current.body.definition.fees[0].max, 150_000);
    const first = await t.json('/api/v1/procedures/2.000815/versions/1');
    assert.equal(first.body.definition.fees[0].max, 200_000);
    assert.equal((await t.json('/api/v1/procedures?q=chung%20thuc%20ban%20sao')).body.items.filter((i: any) => i.code === '2.000815').length, 1);
  } finally {
    t.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a catalogue with one bad file loads nothing and says which file and where', async () => {
  const dir = copyOfCatalogue();
  const t = await testApp({ catalogue: false });
  try {
    writeFileSync(join(dir, 'procedures', '9.000001.json'), '{ "code": "9.000001", "formatVersion": 1 ');
    const path = join(dir, 'procedures', '2.000884.json');
    const definition = JSON.parse(readFileSync(path, 'utf8'));
    definition.tier = 'village';
    writeFileSync(path, JSON.stringify(definition));
    await assert.rejects(
      () => loadCatalogueInto(t.database.db, dir),
      (error: unknown) => {
        assert.ok(error instanceof CatalogueError);
        assert.match(error.text.en, /procedures\/9\.000001\.json: json-invalid/);
        assert.match(error.text.en, /procedures\/2\.000884\.json \/tier: tier-unknown/);
        return true;
      },
    );
    assert.deepEqual(t.database.sqlite.prepare('SELECT COUNT(*) AS n FROM procedures').get(), { n: 0 });
  } finally {
    t.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

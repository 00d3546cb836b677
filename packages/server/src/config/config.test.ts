import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

test('defaults: local port 8080, a database file under ./data, the catalogue folder', () => {
  const config = loadConfig({}, '/srv/motcua');
  assert.equal(config.port, 8080);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.databasePath, '/srv/motcua/data/motcua.sqlite');
  assert.equal(config.catalogueDir, '/srv/motcua/catalogue');
  assert.equal(config.publicUrl, 'http://127.0.0.1:8080');
});

test('values from the environment', () => {
  const config = loadConfig({ PORT: '3000', HOST: '0.0.0.0', DATABASE_URL: 'file:/var/lib/motcua.db', CATALOGUE_DIR: 'other' }, '/srv');
  assert.equal(config.port, 3000);
  assert.equal(config.databasePath, '/var/lib/motcua.db');
  assert.equal(config.catalogueDir, '/srv/other');
  assert.equal(config.publicUrl, 'http://localhost:3000');
});

test('every bad value is reported at once, each saying what was expected', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://db/motcua', BODY_LIMIT_BYTES: '10', HOST: 'a b' }, '/srv'),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.variable), ['PORT', 'HOST', 'DATABASE_URL', 'BODY_LIMIT_BYTES']);
      assert.match(error.text.en, /PORT="eighty": must be a whole number from 0 to 65535/);
      assert.match(error.text.vi, /DATABASE_URL="postgres:\/\/db\/motcua": hiện chỉ hỗ trợ SQLite/);
      return true;
    },
  );
});

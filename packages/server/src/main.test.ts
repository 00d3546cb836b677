import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { CATALOGUE_DIR } from './test-support/test-app.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

test('the server starts on a new database, loads the catalogue, prints its URLs and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-main-'));
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', LANG: 'en_US.UTF-8', DATABASE_URL: join(dir, 'db.sqlite'), CATALOGUE_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const found = /API\s+(http:\/\/\S+)\/api\/v1\/procedures/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    assert.match(output, /Loaded the catalogue .*: 22 new versions/);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    const list = (await (await fetch(`${url}/api/v1/procedures?limit=1`)).json()) as { total: number };
    assert.equal(list.total, 22);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad configuration stops the server with one line per bad value', () => {
  const result = spawnSync(process.execPath, [MAIN], { env: { ...process.env, LANG: 'en_US.UTF-8', PORT: '99999', DATABASE_URL: 'mysql://x' }, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /PORT="99999": must be a whole number from 0 to 65535/);
  assert.match(result.stderr, /DATABASE_URL="mysql:\/\/x": only SQLite is supported/);
});

test('an unknown flag is named, in Vietnamese by default', () => {
  const result = spawnSync(process.execPath, [MAIN, '--reload'], { env: { ...process.env, LANG: 'vi_VN.UTF-8' }, encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Không có tùy chọn “--reload”/);
});

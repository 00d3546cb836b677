/**
 * Requests that look hostile but are not bad input, and what must hold for
 * them instead of a 4xx: a replay gets the original receipt, a file name is
 * cleaned, markup in free text is kept verbatim and only ever served as
 * JSON, prototype keys stay plain data, and preflights from unregistered
 * sites are not granted.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formWith, pdf } from '../test-support/sample-files.js';
import { testApp, type TestApp } from '../test-support/test-app.js';
import { snapshot } from './harness.js';
import { COPY, dossiersOf, makeCtx, PERMIT, type Ctx } from './requests.js';

let t: TestApp;
let x: Ctx;
before(async () => {
  t = await testApp();
  x = await makeCtx(t);
});
after(() => t.close());

const send = (code: string, body: string, key: string, headers: Record<string, string> = {}) =>
  t.json(dossiersOf(code), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers }, body });
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const SAFE_NAME = /^[^/\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]+$/;

describe('a replayed submission is not bad input', () => {
  test('the identical request gets the original receipt, 201 with Idempotent-Replayed: true, and stores nothing', async () => {
    const counts = snapshot(t);
    const again = await send(COPY, JSON.stringify(x.filed.body), x.filed.key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.code, x.filed.code);
    assert.equal(again.body.secret, x.filed.secret);
    assert.deepEqual(snapshot(t), counts);
  });

  test('the same request with its members reordered and spaced out is the same request', async () => {
    const reordered = Object.fromEntries(Object.entries(x.filed.body).reverse());
    const again = await send(COPY, JSON.stringify(reordered, null, 2), x.filed.key, { 'Accept-Language': 'en' });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.code, x.filed.code);
  });

  test('a key used by a refused request is still free: the corrected request files a dossier', async () => {
    const key = x.key();
    const body = await x.copy();
    const refused = await send(COPY, JSON.stringify({ ...body, channel: 'postal' }), key);
    assert.equal(refused.status, 422);
    const filed = await send(COPY, JSON.stringify(body), key);
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    assert.equal(filed.headers.get('idempotent-replayed'), null);
  });

  test('one key sent with two bodies at once files one dossier and refuses the other with a 409', async () => {
    const key = x.key();
    const [a, b] = [await x.copy(), await x.copy()];
    const counts = snapshot(t).dossiers as number;
    const answers = await Promise.all([send(COPY, JSON.stringify(a), key), send(COPY, JSON.stringify(b), key)]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [201, 409]);
    assert.equal(answers.find((r) => r.status === 409)!.body.error.code, 'idempotency-key-reused');
    assert.equal(snapshot(t).dossiers, counts + 1);
  });
});

describe('a file name that needs cleaning is accepted under a safe name', () => {
  const names: [given: string, stored: string][] = [
    ['../../etc/passwd', 'passwd.pdf'],
    ['../../../etc/cron.d/job.pdf', 'job.pdf'],
    ['C:\\Windows\\System32\\x.pdf', 'x.pdf'],
    ['\\\\server\\share\\hoso.pdf', 'hoso.pdf'],
    ['giay\u0000khai-sinh.pdf', 'giaykhai-sinh.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe.pdf'],
    ['scan\u2066\u200b.pdf', 'scan.pdf'],
    ['<img src=x onerror=alert(1)>.pdf', '_img src=x onerror=alert(1)_.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['  .hidden.pdf  ', 'hidden.pdf'],
  ];
  for (const [given, stored] of names) {
    test(JSON.stringify(given), async () => {
      const { status, body } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdf(given), given) });
      assert.equal(status, 201, JSON.stringify(body));
      assert.equal(body.name, stored);
      assert.match(body.name, SAFE_NAME);
      const row = t.database.sqlite.prepare('SELECT name FROM uploads WHERE id = ?').get(body.id) as { name: string };
      assert.equal(row.name, stored);
    });
  }

  test('on disk there are only files named by their SHA-256, whatever names were sent', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const files = walk(t.config.uploadDir).map((path) => relative(t.config.uploadDir, path).split('\\').join('/'));
    assert.ok(files.length > 0);
    for (const file of files) assert.match(file, /^[0-9a-f]{2}\/[0-9a-f]{64}$/);
  });
});

describe('markup in free text is text: stored verbatim, served only as JSON', () => {
  const SCRIPT = '<script>alert(document.cookie)</script>';
  const IMG = '"><img src=x onerror=alert(1)>';

  test('a dossier whose free-text answers hold markup is filed with the text unchanged', async () => {
    const body = await x.permit({ tenChuDauTu: `Bình ${IMG}`, lyDoDeNghi: `Lý do: ${SCRIPT}` });
    const filed = await send(PERMIT, JSON.stringify(body), x.key());
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    const row = t.database.sqlite.prepare('SELECT answers FROM dossiers WHERE code = ?').get(filed.body.code) as { answers: string };
    const stored = JSON.parse(row.answers);
    assert.equal(stored.tenChuDauTu, `Bình ${IMG}`);
    assert.equal(stored.lyDoDeNghi, `Lý do: ${SCRIPT}`);
    const status = await t.request(`/api/v1/dossiers/${filed.body.code}`, { headers: { 'X-Dossier-Secret': filed.body.secret } });
    assert.equal(status.status, 200);
    assert.match(status.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(status.headers.get('x-content-type-options'), 'nosniff');
    assert.match(status.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  test('a draft hands the markup back as a JSON string, never as a page', async () => {
    const saved = await t.json('/api/v1/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ procedure: COPY, answers: { hoTen: SCRIPT } }) });
    assert.equal(saved.status, 201);
    const resumed = await t.request(`/api/v1/drafts/${saved.body.resumeCode}`);
    assert.match(resumed.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(resumed.headers.get('x-content-type-options'), 'nosniff');
    assert.match(resumed.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(((await resumed.json()) as { draft: { answers: { hoTen: string } } }).draft.answers.hoTen, SCRIPT);
  });
});

describe('JSON that is legal, if odd', () => {
  test('a byte-order mark before the body is ignored (RFC 8259 §8.1 allows it)', async () => {
    const filed = await send(COPY, `\ufeff${JSON.stringify(await x.copy())}`, x.key());
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
  });

  test('of duplicated keys the last counts, and it is the one validated and stored', async () => {
    const text = JSON.stringify(await x.copy()).replace('"channel":"online"', '"channel":"postal","channel":"online"');
    const filed = await send(COPY, text, x.key());
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    assert.equal(filed.body.channel, 'online');
  });

  test('__proto__ and constructor inside answers stay plain data and pollute nothing', async () => {
    const text = JSON.stringify(await x.copy()).replace('"answers":{', '"answers":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const filed = await send(COPY, text, x.key());
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    const row = t.database.sqlite.prepare('SELECT answers FROM dossiers WHERE code = ?').get(filed.body.code) as { answers: string };
    const stored = JSON.parse(row.answers);
    assert.ok(Object.prototype.hasOwnProperty.call(stored, '__proto__'), 'an own key, as sent');
    assert.equal(Object.getPrototypeOf(stored), Object.prototype);
  });
});

describe('CORS preflights', () => {
  const preflight = (path: string, origin: string) =>
    t.request(path, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' } });

  for (const path of [dossiersOf(COPY), '/api/v1/uploads', '/api/v1/drafts']) {
    test(`${path}: an unregistered site is not granted, and nothing is stored`, async () => {
      const counts = snapshot(t);
      const response = await preflight(path, 'https://evil.example');
      assert.ok(response.status < 300);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.deepEqual(snapshot(t), counts);
    });

    test(`${path}: a registered agency site is granted, Idempotency-Key included`, async () => {
      const response = await preflight(path, 'https://badinh.hanoi.gov.vn');
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://badinh.hanoi.gov.vn');
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
      assert.match(response.headers.get('vary') ?? '', /Origin/);
    });
  }

  test('reading routes are open to every site', async () => {
    const response = await t.request(`/api/v1/procedures/${COPY}/quote`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });
});

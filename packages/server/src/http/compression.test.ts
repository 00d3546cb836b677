import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { testApp, type TestApp } from '../test-support/test-app.js';
import { chooseCoding, CodedBodies, compression } from './compression.js';

test('the coding follows the client’s Accept-Encoding, brotli first', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity', undefined],
    ['*;q=0', undefined],
    ['gzip;q=0, br;q=0', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [header, coding] of cases) assert.equal(chooseCoding(header), coding, String(header));
  assert.equal(chooseCoding('br', ['gzip']), undefined, 'a client taking brotli alone gets no streamed gzip');
});

describe('the server’s responses, coded', () => {
  let t: TestApp;
  let validatorPath: string;
  before(async () => {
    t = await testApp();
    const { body } = await t.json('/api/v1/procedures/2.000815');
    validatorPath = `/api/v1/procedures/2.000815/versions/${body.version}/validator.js`;
  });
  after(() => t.close());

  test('a validator module comes in brotli, byte for byte the module, with the same ETag and a 304 on revalidation', async () => {
    const plain = await t.request(validatorPath);
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    const coded = await t.request(validatorPath, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(coded.status, 200);
    assert.equal(coded.headers.get('content-encoding'), 'br');
    assert.equal(coded.headers.get('content-type'), 'text/javascript; charset=utf-8', 'a module script must keep its type');
    const codedBytes = Buffer.from(await coded.arrayBuffer());
    assert.equal(Number(coded.headers.get('content-length')), codedBytes.byteLength);
    assert.ok(codedBytes.byteLength < plainBytes.byteLength / 4, `${codedBytes.byteLength} bytes for ${plainBytes.byteLength}`);
    assert.deepEqual(brotliDecompressSync(codedBytes), plainBytes);
    assert.match(coded.headers.get('vary') ?? '', /Accept-Encoding/);
    assert.match(plain.headers.get('vary') ?? '', /Accept-Encoding/, 'the uncoded answer varies too, for caches in between');
    assert.equal(coded.headers.get('etag'), plain.headers.get('etag'), 'an officer app’s If-Match keeps matching');
    const again = await t.request(validatorPath, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': coded.headers.get('etag') ?? '' } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('content-encoding'), null);
  });

  test('a published procedure comes in gzip to a client that takes only gzip, and is the same JSON', async () => {
    const plain = await t.json('/api/v1/procedures/2.000815');
    const coded = await t.request('/api/v1/procedures/2.000815', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(coded.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(Buffer.from(await coded.arrayBuffer())).toString('utf8')), plain.body);
  });

  test('a client that takes no coding, a HEAD request and a short error are answered uncoded', async () => {
    const plain = await t.request(validatorPath, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.match(await plain.text(), /export/);
    const head = await t.request(validatorPath, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    assert.equal(head.headers.get('content-encoding'), null);
    const missing = await t.json('/api/v1/procedures/0.000000', { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-encoding'), null);
    assert.equal(missing.body.error.code, 'not-found');
  });
});

/** A one-route app answering `body()` with `headers`, behind the middleware and its own store. */
function appOf(body: () => ConstructorParameters<typeof Response>[0], headers: Record<string, string>, bodies = new CodedBodies(1024 * 1024)) {
  const app = new Hono();
  app.use('*', compression(bodies));
  app.get('/x', () => new Response(body(), { headers }));
  return { app, bodies };
}

const js = { 'Content-Type': 'text/javascript; charset=utf-8' };

test('a public body is compressed once for every client that asks, and a changed body again', async () => {
  let source = 'export const x = 1;\n'.repeat(500);
  const { app, bodies } = appOf(() => source, { ...js, 'Cache-Control': 'public, max-age=60' });
  for (let i = 0; i < 3; i += 1) {
    const response = await app.request('/x', { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString('utf8'), source);
  }
  assert.equal(bodies.compressed, 1);
  source = 'export const y = 2;\n'.repeat(500);
  const changed = await app.request('/x', { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(brotliDecompressSync(Buffer.from(await changed.arrayBuffer())).toString('utf8'), source, 'never the old body');
  assert.equal(bodies.compressed, 2);
  await app.request('/x', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(bodies.compressed, 3, 'each coding is kept apart');
});

test('a private body is compressed for its one client and not kept', async () => {
  const { app, bodies } = appOf(() => JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ code: `HS-${i}` })) }), { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' });
  const response = await app.request('/x', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(response.headers.get('content-encoding'), 'gzip');
  assert.equal(JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).items.length, 200);
  assert.equal(bodies.compressed, 0);
});

test('a large body (the builder’s bundle) is coded whole in brotli and kept, not streamed', async () => {
  const bundle = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `export const v${i} = ${i};\n`).join(''));
  assert.ok(bundle.byteLength > 512 * 1024);
  const { app, bodies } = appOf(() => bundle, { ...js, ETag: '"b1"', 'Cache-Control': 'no-cache' });
  for (let i = 0; i < 2; i += 1) {
    const response = await app.request('/x', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.deepEqual(brotliDecompressSync(Buffer.from(await response.arrayBuffer())), bundle);
  }
  assert.equal(bodies.compressed, 1);
});

test('the store lets its least recently used bodies go beyond its size', async () => {
  const bodies = new CodedBodies(3000);
  // Random bytes do not compress: each coded body is about 1.5 KB, so the store holds two.
  const sources = [randomBytes(1500), randomBytes(1500), randomBytes(1500)];
  for (const source of sources) await bodies.get(source, 'gzip');
  await bodies.get(sources[2] as Buffer, 'gzip');
  assert.equal(bodies.compressed, 3, 'the newest is still kept');
  await bodies.get(sources[0] as Buffer, 'gzip');
  assert.equal(bodies.compressed, 4, 'the oldest was let go');
});

test('a long streamed body (a CSV export) is gzipped as it streams, or streamed uncoded to a client taking brotli alone', async () => {
  const row = 'HS-000001,1.000105,phuong-ba-dinh,online,completed\n';
  // Over the 8 MB the middleware reads whole.
  const rows = 180_000;
  // In pieces of 1,000 rows, as a database cursor hands them out.
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < rows / 1000; i += 1) controller.enqueue(new TextEncoder().encode(row.repeat(1000)));
        controller.close();
      },
    });
  const { app } = appOf(stream, { 'Content-Type': 'text/csv; charset=utf-8' });
  const gz = await app.request('/x', { headers: { 'Accept-Encoding': 'gzip, br' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.equal(gz.headers.get('content-length'), null);
  assert.equal(gz.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8'), row.repeat(rows));
  const plain = await app.request('/x', { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(await plain.text(), row.repeat(rows));
});

test('an image, a body marked no-transform and one already coded pass through as they are', async () => {
  const bytes = Buffer.alloc(4096, 7);
  for (const headers of [{ 'Content-Type': 'image/png' }, { ...js, 'Cache-Control': 'public, no-transform' }, { ...js, 'Content-Encoding': 'gzip' }]) {
    const { app } = appOf(() => bytes, headers);
    const response = await app.request('/x', { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.headers.get('content-encoding'), headers['Content-Encoding' as keyof typeof headers] ?? null);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
  }
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { formWith, pdf, png } from '../test-support/sample-files.js';
import { testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp({ env: { UPLOAD_LIMIT_BYTES: '4096' } });
});
after(() => t.close());

const upload = (form: FormData, headers: Record<string, string> = {}) => t.json('/api/v1/uploads', { method: 'POST', body: form, headers });

test('a PDF is recognised by its content and stored under its SHA-256', async () => {
  const { status, body } = await upload(formWith(pdf(), 'Giấy khai sinh.pdf'));
  assert.equal(status, 201);
  assert.equal(body.mime, 'application/pdf');
  assert.equal(body.name, 'Giấy khai sinh.pdf');
  assert.match(body.id, /^[0-9a-f-]{36}$/);
  assert.ok(existsSync(join(t.config.uploadDir, body.sha256.slice(0, 2), body.sha256)));
});

test('the same bytes uploaded twice are stored once but are two uploads', async () => {
  const first = await upload(formWith(pdf('một'), 'a.pdf'));
  const second = await upload(formWith(pdf('một'), 'b.pdf'));
  assert.equal(first.body.sha256, second.body.sha256);
  assert.notEqual(first.body.id, second.body.id);
});

test('a PNG named .pdf is refused by its content, whatever its name', async () => {
  const { status, body } = await upload(formWith(png(), 'scan.pdf'), { 'Accept-Language': 'en' });
  assert.equal(status, 422);
  assert.equal(body.error.code, 'file-name-mismatch');
  assert.match(body.error.message, /PNG/);
});

test('bytes that are no known document, a file over the limit, an empty file', async () => {
  assert.equal((await upload(formWith(new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'), 'x.pdf'))).body.error.code, 'file-type-unknown');
  const big = new Uint8Array(5000);
  big.set(pdf());
  const tooBig = await upload(formWith(big, 'big.pdf'));
  assert.equal(tooBig.status, 413);
  assert.equal((await upload(formWith(new Uint8Array(0), 'empty.pdf'))).body.error.code, 'file-empty');
});

test('a path in the file name never reaches the disk', async () => {
  const { status, body } = await upload(formWith(pdf(), '../../../etc/passwd.pdf'));
  assert.equal(status, 201);
  assert.equal(body.name, 'passwd.pdf');
});

test('checked against a named document of a procedure version', async () => {
  const ok = await upload(formWith(pdf(), 'ban-chinh.pdf', { procedure: '2.000815', version: '1', document: 'ban-chinh' }));
  assert.equal(ok.status, 201);
  const unknown = await upload(formWith(pdf(), 'x.pdf', { procedure: '2.000815', version: '1', document: 'khong-co' }));
  assert.equal(unknown.body.error.code, 'document-unknown');
  const incomplete = await upload(formWith(pdf(), 'x.pdf', { document: 'ban-chinh' }));
  assert.equal(incomplete.status, 400);
});

test('not multipart, no file, or an unexpected field', async () => {
  assert.equal((await t.json('/api/v1/uploads', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status, 415);
  const noFile = new FormData();
  noFile.set('procedure', '2.000815');
  assert.equal((await upload(noFile)).body.error.code, 'invalid-request');
  assert.equal((await upload(formWith(pdf(), 'a.pdf', { colour: 'red' }))).status, 400);
});

test('only the agencies’ registered sites (and the server’s own) may upload', async () => {
  const foreign = await upload(formWith(pdf(), 'a.pdf'), { Origin: 'https://evil.example' });
  assert.equal(foreign.status, 403);
  assert.equal(foreign.body.error.code, 'origin-not-allowed');
  const agency = await t.request('/api/v1/uploads', { method: 'POST', body: formWith(pdf(), 'a.pdf'), headers: { Origin: 'https://badinh.hanoi.gov.vn' } });
  assert.equal(agency.status, 201);
  assert.equal(agency.headers.get('access-control-allow-origin'), 'https://badinh.hanoi.gov.vn');
  const own = await upload(formWith(pdf(), 'a.pdf'), { Origin: new URL(t.config.publicUrl).origin });
  assert.equal(own.status, 201);
});

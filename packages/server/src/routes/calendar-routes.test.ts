import assert from 'node:assert/strict';
import { resolveCalendar } from '@motcua/core';
import { after, before, test } from 'node:test';
import { testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('a calendar comes with what a client needs to compute a promised date itself', async () => {
  const { status, body, headers } = await t.json('/api/v1/calendars/vn');
  assert.equal(status, 200);
  assert.equal(body.files[0].id, 'vn');
  const calendar = resolveCalendar(body.files, 'vn');
  assert.equal(calendar.isWorkingDay('2026-02-17'), false, 'Tết 2026');
  const etag = headers.get('etag') ?? '';
  assert.equal((await t.request('/api/v1/calendars/vn', { headers: { 'If-None-Match': etag } })).status, 304);
});

test('an unknown or malformed calendar id', async () => {
  assert.equal((await t.json('/api/v1/calendars/mars')).status, 404);
  assert.equal((await t.json('/api/v1/calendars/VN%20')).status, 400);
});

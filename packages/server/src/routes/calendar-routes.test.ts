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

test('the taxonomy names every tier and sector, for catalogue filters', async () => {
  const { status, body } = await t.json('/api/v1/taxonomy');
  assert.equal(status, 200);
  assert.ok(body.sectors.some((s: any) => s.id === 'ho-tich' && s.name.vi === 'Hộ tịch'));
  assert.equal(body.tiers.find((tier: any) => tier.id === 'district').validTo, '2025-06-30');
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postJson, testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const quote = (code: string, body: unknown, headers?: Record<string, string>) => t.json(`/api/v1/procedures/${code}/quote`, postJson(body, headers));

describe('POST /api/v1/procedures/{code}/quote', () => {
  test('certified copies: the fee per page and copy, the documents and a same-day promise', async () => {
    const { status, body } = await quote('2.000815', {
      answers: { banSao: [{ tenGiayTo: 'Học bạ', soTrang: 24, soBan: 2 }] },
      channel: 'in-person',
      receivedAt: '2026-03-02T09:00:00+07:00',
    });
    assert.equal(status, 200);
    assert.equal(body.version, 1);
    assert.equal(body.fees.total, 52_000);
    assert.equal(body.fees.lines[0].legalBasis[0], '226/2016/TT-BTC');
    assert.deepEqual(body.documents.map((d: any) => d.id), ['ban-chinh', 'ban-sao']);
    assert.equal(body.promised.dueDate, '2026-03-02');
    assert.equal(body.promised.provisional, false);
  });

  test('the server’s clock is used when no receipt time is given', async () => {
    const { body } = await quote('1.004194', { case: 'ca-nhan-ho-gia-dinh', channel: 'in-person' });
    // Received Monday 2 March 2026 at 10:00: three working days.
    assert.equal(body.promised.dueDate, '2026-03-05');
  });

  test('an applicant category changes the fee (criminal record certificate)', async () => {
    const full = await quote('3.000333', { case: 'phieu-so-1', answers: { soPhieu: 1 } });
    const student = await quote('3.000333', { case: 'phieu-so-1', applicantCategory: 'sinh-vien', answers: { soPhieu: 1 } });
    assert.deepEqual([full.body.fees.total, student.body.fees.total], [200_000, 100_000]);
  });

  test('the agency’s offering is part of the quote; an agency that does not offer it is a 422', async () => {
    const local = await quote('1.004873', { agency: 'phuong-ba-dinh', case: 'de-ket-hon', answers: {} });
    assert.equal(local.status, 200);
    assert.ok(local.body.fees.lines.some((line: any) => line.amount === null), 'a fee the province sets, not yet entered, is unknown rather than zero');
    assert.equal(local.body.fees.complete, false);
    const wrong = await quote('2.000815', { agency: 'ha-noi', answers: {} });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.error.code, 'agency-not-offering');
    const right = await quote('2.000815', { agency: 'phuong-ba-dinh', answers: {} });
    assert.equal(right.status, 200);
  });

  test('an exact version can be quoted', async () => {
    const { status, body } = await quote('2.000815', { version: 1, answers: {} });
    assert.equal(status, 200);
    assert.equal(body.fees.complete, false);
  });

  test('a case, channel or category the procedure does not have is a 422 naming it', async () => {
    const noCase = await quote('3.000333', { answers: {} }, { 'Accept-Language': 'en' });
    assert.equal(noCase.status, 422);
    assert.equal(noCase.body.error.code, 'case-required');
    assert.deepEqual(noCase.body.error.details.choices, ['phieu-so-1', 'phieu-so-1-uy-quyen', 'phieu-so-2']);
    const channel = await quote('1.003197', { channel: 'postal', answers: {} });
    assert.equal(channel.status, 422);
    assert.equal(channel.body.error.code, 'channel-not-offered');
    const category = await quote('3.000333', { case: 'phieu-so-1', applicantCategory: 'phi-hanh-gia', answers: {} });
    assert.equal(category.body.error.code, 'category-unknown');
  });

  test('bad bodies: each a clear 4xx', async () => {
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"answers": ' }, 400, 'invalid-json'],
      [{ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }, 415, 'unsupported-media-type'],
      [postJson({ answers: [] }), 400, 'invalid-request'],
      [postJson({ answers: {}, channel: 'fax' }), 400, 'invalid-request'],
      [postJson({ answers: {}, receivedAt: 'yesterday' }), 400, 'invalid-request'],
      [postJson({ answers: {}, version: 0 }), 400, 'invalid-request'],
      [postJson({ answers: {}, extra: true }), 400, 'invalid-request'],
      [postJson([]), 400, 'invalid-request'],
    ];
    for (const [init, status, code] of cases) {
      const { status: got, body } = await t.json('/api/v1/procedures/2.000815/quote', init);
      assert.equal(got, status, String(init.body));
      assert.equal(body.error.code, code, String(init.body));
    }
    assert.equal((await quote('2.000815', { version: 9, answers: {} })).status, 404);
  });
});

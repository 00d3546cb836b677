import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formWith, pdf, png } from '../test-support/sample-files.js';
import { postJson, testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

let keys = 0;
const newKey = () => `test-key-${++keys}-${Date.now()}`;

async function uploadPdf(): Promise<string> {
  const { body } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdf(`tệp ${keys}`), 'ban-chinh.pdf') });
  return body.id as string;
}

async function copyRequest(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    agency: 'phuong-ba-dinh',
    channel: 'online',
    delivery: 'in-person',
    answers: { hoTen: 'Nguyễn Văn An', banSao: [{ tenGiayTo: 'Học bạ', soTrang: 3, soBan: 2 }] },
    documents: [{ document: 'ban-chinh', uploads: [await uploadPdf()] }],
    ...overrides,
  };
}

const submit = (body: unknown, key: string | null = newKey(), headers: Record<string, string> = {}) =>
  t.json('/api/v1/procedures/2.000815/dossiers', postJson(body, { ...(key ? { 'Idempotency-Key': key } : {}), ...headers }));

const count = (table: string) => (t.database.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('submitting a dossier', () => {
  test('answers a receipt: a dossier code, a secret, the fee the server computed and the expected date', async () => {
    const { status, body, headers } = await submit(await copyRequest());
    assert.equal(status, 201);
    assert.match(body.code, /^BADINH-2026-\d{6}$/);
    assert.equal(body.secret.length, 22);
    assert.equal(body.status, 'submitted');
    assert.deepEqual(body.procedure, { code: '2.000815', version: 1, name: body.procedure.name });
    assert.equal(body.fee.total, 10_000);
    assert.equal(body.expectedDate, '2026-03-02');
    assert.match(body.next.vi, /tiếp nhận/);
    assert.equal(headers.get('location'), `/api/v1/dossiers/${body.code}`);
  });

  test('dossier codes count up per agency and year', async () => {
    const a = (await submit(await copyRequest())).body.code as string;
    const b = (await submit(await copyRequest())).body.code as string;
    assert.equal(Number(b.slice(-6)), Number(a.slice(-6)) + 1);
  });

  test('a retry with the same key gets the original receipt, secret included, and no second dossier', async () => {
    const key = newKey();
    const request = await copyRequest();
    const first = await submit(request, key);
    const counted = count('dossiers');
    const again = await submit(request, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal(count('dossiers'), counted);
  });

  test('many simultaneous retries of one key file one dossier', async () => {
    const key = newKey();
    const request = await copyRequest();
    const counted = count('dossiers');
    const answers = await Promise.all(Array.from({ length: 25 }, () => submit(request, key)));
    assert.ok(answers.every((a) => a.status === 201));
    assert.equal(new Set(answers.map((a) => a.body.code)).size, 1);
    assert.equal(count('dossiers'), counted + 1);
  });

  test('two different submissions racing for one upload: one dossier gets it, the other is refused', async () => {
    const request = await copyRequest();
    const [a, b] = await Promise.all([submit(request), submit({ ...request, channel: 'in-person' })]);
    assert.deepEqual([a.status, b.status].sort(), [201, 422]);
    assert.equal((a.status === 422 ? a : b).body.error.code, 'upload-already-used');
  });

  test('the same key with a different body is a 409', async () => {
    const key = newKey();
    await submit(await copyRequest(), key);
    const { status, body } = await submit(await copyRequest({ channel: 'in-person' }), key);
    assert.equal(status, 409);
    assert.equal(body.error.code, 'idempotency-key-reused');
  });

  test('the citizen follows the dossier with its secret; a wrong secret finds nothing', async () => {
    const { body: receipt } = await submit(await copyRequest());
    const status = await t.json(`/api/v1/dossiers/${receipt.code}?secret=${receipt.secret}`);
    assert.equal(status.status, 200);
    assert.equal(status.body.status, 'submitted');
    assert.deepEqual(status.body.history.map((h: any) => [h.action, h.status]), [['submit', 'submitted']]);
    const header = await t.json(`/api/v1/dossiers/${receipt.code}`, { headers: { 'X-Dossier-Secret': receipt.secret } });
    assert.equal(header.status, 200);
    assert.equal((await t.json(`/api/v1/dossiers/${receipt.code}?secret=${'x'.repeat(22)}`)).status, 404);
    assert.equal((await t.json(`/api/v1/dossiers/BADINH-2026-999999?secret=${receipt.secret}`)).status, 404);
  });
});

describe('a submission that is refused stores nothing', () => {
  const refused: [string, () => Promise<{ body: unknown; key?: string | null; headers?: Record<string, string> }>, number, string][] = [
    ['no Idempotency-Key', async () => ({ body: await copyRequest(), key: null }), 400, 'idempotency-key-required'],
    ['an older version', async () => ({ body: await copyRequest({ version: 2 }) }), 409, 'version-not-in-force'],
    ['an agency that does not offer it', async () => ({ body: await copyRequest({ agency: 'ha-noi' }) }), 422, 'agency-not-offering'],
    ['a channel it cannot be filed by', async () => ({ body: await copyRequest({ channel: 'postal' }) }), 422, 'channel-not-offered'],
    ['answers that break the form', async () => ({ body: await copyRequest({ answers: { banSao: [] } }) }), 422, 'answers-invalid'],
    ['a missing required document', async () => ({ body: await copyRequest({ documents: [] }) }), 422, 'document-missing'],
    ['a document that cannot follow by post', async () => ({ body: await copyRequest({ documents: [{ document: 'ban-chinh', byPost: true }] }) }), 422, 'document-not-by-post'],
    ['an upload that does not exist', async () => ({ body: await copyRequest({ documents: [{ document: 'ban-chinh', uploads: ['00000000-0000-4000-8000-000000000000'] }] }) }), 422, 'upload-unknown'],
    ['a cross-site POST', async () => ({ body: await copyRequest(), headers: { Origin: 'https://evil.example' } }), 403, 'origin-not-allowed'],
    ['a script in a text field is only text, but an unknown member is refused', async () => ({ body: { ...(await copyRequest()), note: '<script>alert(1)</script>' } }), 400, 'invalid-request'],
  ];
  for (const [name, make, status, code] of refused) {
    test(name, async () => {
      const { body, key, headers } = await make();
      const counts = [count('dossiers'), count('dossier_events'), count('dossier_sequences'), count('dossier_documents')];
      const answer = await submit(body, key === undefined ? newKey() : key, headers);
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.equal(answer.body.error.code, code);
      assert.deepEqual([count('dossiers'), count('dossier_events'), count('dossier_sequences'), count('dossier_documents')], counts);
    });
  }

  test('answer errors name each field in the citizen’s language', async () => {
    const { body } = await submit(await copyRequest({ answers: { banSao: [{ tenGiayTo: '', soTrang: 0, soBan: 1 }] } }), newKey(), { 'Accept-Language': 'vi' });
    const paths = body.error.details.errors.map((e: any) => e.path);
    assert.ok(paths.includes('/answers/hoTen'));
    assert.ok(paths.includes('/answers/banSao/0/soTrang'));
    assert.match(body.error.details.errors.find((e: any) => e.path === '/answers/hoTen').message.vi, /Vui lòng nhập “Họ và tên người yêu cầu”/);
  });

  test('an upload already in another dossier cannot be reused', async () => {
    const request = await copyRequest();
    await submit(request);
    const { status, body } = await submit({ ...request }, newKey());
    assert.equal(status, 422);
    assert.equal(body.error.code, 'upload-already-used');
  });

  test('a photo of the original is accepted where the document takes the default types', async () => {
    const { body: upload } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(png(), 'anh.png') });
    const request = await copyRequest({ documents: [{ document: 'ban-chinh', uploads: [upload.id] }] });
    const accepted = await submit(request);
    assert.equal(accepted.status, 201);
  });
});

describe('documents that follow by post and results sent by post', () => {
  const extension = (overrides: Record<string, unknown>) => ({
    version: 1,
    agency: 'phuong-ba-dinh',
    channel: 'online',
    delivery: 'postal',
    deliveryAddress: { recipient: 'Trần Thị Bình', phone: '0912345678', province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
    answers: {
      tenChuDauTu: 'Trần Thị Bình',
      soDienThoai: '0912345678',
      diaChiLienHe: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
      soGiayPhep: '123/GPXD',
      ngayCapGiayPhep: '2025-09-01',
      diaDiemXayDung: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
      lyDoDeNghi: 'Chưa khởi công được do thời tiết.',
      soLanDaGiaHan: 0,
    },
    ...overrides,
  });
  const submitExtension = (body: unknown) => t.json('/api/v1/procedures/1.013227/dossiers', postJson(body, { 'Idempotency-Key': newKey() }));

  test('the paper permit may follow by post, and the receipt says so', async () => {
    const request = extension({ documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf()] }, { document: 'giay-phep-da-cap', byPost: true }] });
    const { status, body } = await submitExtension(request);
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(body.documentsByPost, ['giay-phep-da-cap']);
    assert.match(body.next.en, /Post the paper copies/);
  });

  test('a result by post needs an address', async () => {
    const { deliveryAddress: _address, ...request } = extension({ documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf()] }, { document: 'giay-phep-da-cap', byPost: true }] });
    const { status, body } = await submitExtension(request);
    assert.equal(status, 422);
    assert.equal(body.error.code, 'delivery-address-required');
  });
});

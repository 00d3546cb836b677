import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { signedIn } from '../../test-support/officers.js';
import { CATALOGUE_DIR, FIXED_NOW, testApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
let reform: Record<string, string>;
before(async () => {
  t = await testApp();
  reform = (await signedIn(t, 'reform-officer')).headers;
});
after(() => t.close());

const send = (method: string, path: string, body?: unknown, headers = reform) =>
  t.json(path, { method, headers: { ...headers, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

const copy = () => {
  const definition = JSON.parse(readFileSync(join(CATALOGUE_DIR, 'procedures', '2.000815.json'), 'utf8'));
  definition.code = '9.000001';
  definition.name.vi = 'Chứng thực bản sao (thử nghiệm)';
  return definition;
};

describe('building and publishing a procedure', () => {
  test('a new code starts as a draft, saved even when invalid, with every error at its path', async () => {
    const broken = { ...copy(), tier: 'village' };
    const saved = await send('PUT', '/api/v1/admin/procedures/9.000001/draft', broken);
    assert.equal(saved.status, 200);
    assert.equal(saved.body.validation.valid, false);
    assert.deepEqual(saved.body.validation.errors.map((e: any) => [e.path, e.code]), [['/tier', 'tier-unknown']]);
    const refused = await send('POST', '/api/v1/admin/procedures/9.000001/publish', {});
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'definition-invalid');
    assert.equal((await t.json('/api/v1/procedures/9.000001')).status, 404, 'a draft is not public');
  });

  test('publishing makes an immutable version in force, with its validator module; a second is version 2', async () => {
    await send('PUT', '/api/v1/admin/procedures/9.000001/draft', copy());
    const first = await send('POST', '/api/v1/admin/procedures/9.000001/publish', {});
    assert.equal(first.status, 201);
    assert.equal(first.body.version, 1);
    assert.equal((await t.json('/api/v1/procedures/9.000001')).body.version, 1);
    assert.equal((await t.request('/api/v1/procedures/9.000001/versions/1/validator.js')).status, 200);
    assert.equal((await send('GET', '/api/v1/admin/procedures/9.000001/draft')).status, 404, 'the draft is consumed');

    const next = copy();
    next.fees[0].max = 150_000;
    await send('PUT', '/api/v1/admin/procedures/9.000001/draft', next);
    const diff = await send('GET', '/api/v1/admin/procedures/9.000001/diff?from=1&to=draft');
    assert.deepEqual(diff.body.changes, [{ op: 'replace', path: '/fees/0/max', oldValue: 200_000, value: 150_000 }]);
    const second = await send('POST', '/api/v1/admin/procedures/9.000001/publish', {});
    assert.equal(second.body.version, 2);
    assert.equal((await t.json('/api/v1/procedures/9.000001/versions/1')).body.definition.fees[0].max, 200_000);
    const versions = await send('GET', '/api/v1/admin/procedures/9.000001/versions');
    assert.deepEqual(versions.body.items.map((v: any) => v.version), [2, 1]);
  });

  test('a version can be published to come into force later', async () => {
    await send('PUT', '/api/v1/admin/procedures/9.000002/draft', { ...copy(), code: '9.000002' });
    const later = await send('POST', '/api/v1/admin/procedures/9.000002/publish', { effectiveFrom: '2027-01-01T00:00:00+07:00' });
    assert.equal(later.status, 201);
    assert.equal((await t.json('/api/v1/procedures/9.000002')).status, 404);
    assert.equal((await t.json('/api/v1/procedures?q=9.000002')).body.total, 0);
    t.setNow(new Date('2027-01-02T00:00:00Z'));
    try {
      assert.equal((await t.json('/api/v1/procedures?q=9.000002')).body.total, 1, 'found once it comes into force');
    } finally {
      t.setNow(FIXED_NOW);
    }
  });

  test('retiring withdraws it from the catalogue, but its versions stay readable', async () => {
    await send('PUT', '/api/v1/admin/procedures/9.000003/draft', { ...copy(), code: '9.000003' });
    await send('POST', '/api/v1/admin/procedures/9.000003/publish', {});
    const findIt = async () => (await t.json('/api/v1/procedures?q=9.000003')).body.items.map((i: any) => i.code);
    assert.deepEqual(await findIt(), ['9.000003']);
    assert.equal((await send('POST', '/api/v1/admin/procedures/9.000003/retire')).status, 200);
    assert.equal((await t.json('/api/v1/procedures/9.000003')).status, 404);
    assert.deepEqual(await findIt(), [], 'no longer found by search');
    assert.equal((await t.json('/api/v1/procedures/9.000003/versions/1')).status, 200);
    assert.equal((await send('POST', '/api/v1/admin/procedures/9.000003/retire')).status, 409);
  });

  test('a definition whose code differs from the address is not published', async () => {
    await send('PUT', '/api/v1/admin/procedures/9.000004/draft', copy());
    const validation = await send('POST', '/api/v1/admin/procedures/9.000004/validate');
    assert.deepEqual(validation.body.errors.map((e: any) => e.code), ['code-mismatch']);
  });

  test('agency officers may read but not edit procedures; every action is audited', async () => {
    const agency = await signedIn(t, 'agency-officer');
    assert.equal((await send('PUT', '/api/v1/admin/procedures/9.000005/draft', copy(), agency.headers)).status, 403);
    assert.equal((await send('GET', '/api/v1/admin/procedures', undefined, agency.headers)).status, 200);
    const admin = await signedIn(t, 'admin');
    const log = await send('GET', '/api/v1/admin/audit?limit=500', undefined, admin.headers);
    const actions = new Set(log.body.items.map((e: any) => e.action));
    for (const action of ['procedure-draft-save', 'procedure-publish', 'procedure-retire', 'sign-in']) assert.ok(actions.has(action), action);
  });

  test('the list is filtered by sector and agency as well as status; a draft not yet published shows its own name and sector', async () => {
    const draft = { ...copy(), code: '9.000006', sector: 'ho-tich', name: { vi: 'Bản nháp hộ tịch để lọc', en: 'A civil status draft to filter' } };
    await send('PUT', '/api/v1/admin/procedures/9.000006/draft', draft);
    const list = async (query: string) => (await send('GET', `/api/v1/admin/procedures?${query}`)).body.items as { code: string; name: string | null; sector: string | null; status: string }[];
    const civil = await list('sector=ho-tich');
    assert.ok(civil.length > 1);
    assert.ok(civil.every((row) => row.sector === 'ho-tich'));
    assert.deepEqual(civil.find((row) => row.code === '9.000006'), { ...civil.find((row) => row.code === '9.000006'), name: 'Bản nháp hộ tịch để lọc', status: 'draft' });
    assert.ok(!civil.some((row) => row.code === '2.000815'), 'a certification procedure is not among civil status ones');
    assert.deepEqual((await list('sector=ho-tich&status=published')).map((row) => row.status).filter((status) => status !== 'published'), []);
    const offered = JSON.parse(readFileSync(join(CATALOGUE_DIR, 'agencies', 'phuong-ba-dinh.json'), 'utf8')).offerings.map((o: { procedure: string }) => o.procedure).sort();
    assert.deepEqual((await list('agency=phuong-ba-dinh')).map((row) => row.code), offered);
    assert.deepEqual(await list('agency=khong-co-co-quan-nay'), []);
    const refused = await send('GET', '/api/v1/admin/procedures?sector=Hộ tịch');
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.details.errors[0].path, '/query/sector');
  });

  test('each version says who published it; a version loaded from the catalogue says nobody', async () => {
    const admin = await signedIn(t, 'admin');
    await send('PUT', '/api/v1/admin/procedures/9.000007/draft', { ...copy(), code: '9.000007' });
    await send('POST', '/api/v1/admin/procedures/9.000007/publish', {}, admin.headers);
    await send('PUT', '/api/v1/admin/procedures/9.000007/draft', { ...copy(), code: '9.000007', name: { vi: 'Phiên bản thứ hai', en: 'The second version' } });
    await send('POST', '/api/v1/admin/procedures/9.000007/publish', {});
    const versions = (await send('GET', '/api/v1/admin/procedures/9.000007/versions')).body.items as { version: number; publishedBy: { id: string; name: string } | null }[];
    assert.deepEqual(versions.map((v) => [v.version, v.publishedBy?.name]), [[2, 'reform-officer'], [1, 'admin']]);
    assert.equal(versions[1]?.publishedBy?.id, admin.officer.id);
    const catalogue = (await send('GET', '/api/v1/admin/procedures/2.000815/versions')).body.items as { publishedBy: unknown }[];
    assert.equal(catalogue[0]?.publishedBy, null);
  });
});

describe('two officers on one draft', () => {
  const path = '/api/v1/admin/procedures/9.000077/draft';
  const definition = () => ({ ...copy(), code: '9.000077' });
  const named = (name: string) => ({ ...definition(), name: { vi: name, en: name } });
  let other: Record<string, string>;
  before(async () => {
    other = (await signedIn(t, 'reform-officer')).headers;
  });

  test('a first save asks that no draft exist; each save answers its revision; a save on an older revision is refused and changes nothing', async () => {
    const first = await t.json(path, { method: 'PUT', headers: { ...reform, 'Content-Type': 'application/json', 'If-None-Match': '*' }, body: JSON.stringify(named('Bản của An')) });
    assert.equal(first.status, 200);
    assert.match(first.body.revision, /^[0-9a-f]{24}$/);
    assert.equal(first.headers.get('etag'), `"${first.body.revision}"`);
    const again = await t.json(path, { method: 'PUT', headers: { ...other, 'Content-Type': 'application/json', 'If-None-Match': '*' }, body: JSON.stringify(named('Bản của Bình')) });
    assert.equal(again.status, 412, 'a second “new” procedure of the same code does not replace the first');

    const read = await send('GET', path);
    assert.equal(read.body.revision, first.body.revision);
    const theirs = await t.json(path, { method: 'PUT', headers: { ...other, 'Content-Type': 'application/json', 'If-Match': `"${read.body.revision}"` }, body: JSON.stringify(named('Bản của Bình')) });
    assert.equal(theirs.status, 200);
    assert.notEqual(theirs.body.revision, first.body.revision);

    const mine = await t.json(path, { method: 'PUT', headers: { ...reform, 'Content-Type': 'application/json', 'If-Match': `"${first.body.revision}"`, 'Accept-Language': 'en' }, body: JSON.stringify(named('Bản của An, sửa lại')) });
    assert.equal(mine.status, 412);
    assert.equal(mine.body.error.code, 'draft-changed');
    assert.equal(mine.body.error.message, 'reform-officer saved the draft of “9.000077” on 2 March 2026 at 10:00, after you opened it; your change was not saved.');
    assert.equal(mine.body.error.details.revision, theirs.body.revision);
    assert.equal(mine.body.error.details.savedAt, theirs.body.savedAt);
    assert.equal((await send('GET', path)).body.definition.name.vi, 'Bản của Bình', 'the other officer’s save stands');

    // Told, the officer may keep their own version over the other's, naming the revision they were shown.
    const kept = await t.json(path, { method: 'PUT', headers: { ...reform, 'Content-Type': 'application/json', 'If-Match': `"${mine.body.error.details.revision}"` }, body: JSON.stringify(named('Bản của An, sửa lại')) });
    assert.equal(kept.status, 200);
    assert.equal((await send('GET', path)).body.definition.name.vi, 'Bản của An, sửa lại');
    const script = await send('PUT', path, named('Bản của một kịch bản'));
    assert.equal(script.status, 200, 'a write naming no revision (a script) is taken as before');
  });

  test('publishing names the draft it was shown: a later save makes it refused, and the draft stays', async () => {
    const saved = await send('PUT', path, definition());
    const later = await send('PUT', path, named('Bản lưu sau'), other);
    const refused = await t.json('/api/v1/admin/procedures/9.000077/publish', { method: 'POST', headers: { ...reform, 'Content-Type': 'application/json', 'If-Match': `"${saved.body.revision}"` }, body: '{}' });
    assert.equal(refused.status, 412);
    assert.equal(refused.body.error.code, 'draft-changed');
    assert.equal((await t.json('/api/v1/procedures/9.000077')).status, 404, 'nothing was published');
    assert.equal((await send('GET', path)).body.revision, later.body.revision);
    const published = await t.json('/api/v1/admin/procedures/9.000077/publish', { method: 'POST', headers: { ...reform, 'Content-Type': 'application/json', 'If-Match': `"${later.body.revision}"` }, body: '{}' });
    assert.equal(published.status, 201);
    const gone = await t.json(path, { method: 'PUT', headers: { ...reform, 'Content-Type': 'application/json', 'If-Match': `"${later.body.revision}"` }, body: JSON.stringify(definition()) });
    assert.equal(gone.status, 412, 'a save on a draft since published is refused too');
    assert.match(gone.body.error.message, /không còn nữa/);
  });
});

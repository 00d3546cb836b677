/**
 * Bad input to the statistics and export routes, in the bad-input harness:
 * each refusal in the one error shape, in the language asked, with nothing
 * stored.
 */
import { after, before } from 'node:test';
import { runTable, type BadCase } from '../bad-input/harness.js';
import { get, makeCtx, type Ctx } from '../bad-input/requests.js';
import { signedIn } from '../test-support/officers.js';
import { testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let ctx: Ctx;
const as: Record<'admin' | 'baDinh' | 'reform', Record<string, string>> = { admin: {}, baDinh: {}, reform: {} };
before(async () => {
  t = await testApp();
  ctx = await makeCtx(t);
  as.admin = (await signedIn(t, 'admin')).headers;
  as.baDinh = (await signedIn(t, 'agency-officer', [{ agency: 'phuong-ba-dinh', stepRoles: ['receiver'] }])).headers;
  as.reform = (await signedIn(t, 'reform-officer')).headers;
});
after(() => t.close());

const period = { status: 400, code: 'invalid-period' };
const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const forbidden = { status: 403, code: 'forbidden' };
const notFound = { status: 404, code: 'not-found' };
const MARCH = 'from=2026-03-01&to=2026-03-31';

const cases: BadCase[] = [];
for (const route of ['statistics', 'statistics.csv', 'dossiers.csv']) {
  const at = (query: string, who: keyof typeof as = 'admin') => () => get(`/api/v1/admin/${route}?${query}`, as[who]);
  cases.push(
    { name: `${route}: no session`, lang: 'vi', request: () => get(`/api/v1/admin/${route}?${MARCH}`), expect: { status: 401, code: 'unauthenticated' } },
    { name: `${route}: a reform officer`, request: at(MARCH, 'reform'), expect: forbidden },
    { name: `${route}: an agency officer asking for another agency`, request: at(`${MARCH}&agency=phuong-hoan-kiem`, 'baDinh'), expect: forbidden },
    { name: `${route}: an agency officer asking for an agency that does not exist`, request: at(`${MARCH}&agency=khong-co`, 'baDinh'), expect: forbidden },
    { name: `${route}: an admin asking for an agency that does not exist`, request: at(`${MARCH}&agency=khong-co`), expect: notFound },
    { name: `${route}: a procedure that does not exist`, request: at(`${MARCH}&procedure=9.999999`), expect: notFound },
    { name: `${route}: no from`, request: at('to=2026-03-31'), expect: invalid('/query/from') },
    { name: `${route}: no to`, request: at('from=2026-03-01'), expect: invalid('/query/to') },
    { name: `${route}: from as a word`, request: at('from=yesterday&to=2026-03-31'), expect: period },
    { name: `${route}: to in day-first order`, request: at('from=2026-03-01&to=31-03-2026'), expect: period },
    { name: `${route}: 30 February`, request: at('from=2026-02-30&to=2026-03-31'), expect: period },
    { name: `${route}: month 13`, request: at('from=2026-13-01&to=2026-12-31'), expect: period },
    { name: `${route}: a date with a time`, request: at('from=2026-03-01T00:00&to=2026-03-31'), expect: period },
    { name: `${route}: from after to`, request: at('from=2026-04-01&to=2026-03-31'), expect: period },
    { name: `${route}: 367 days apart`, request: at('from=2026-01-01&to=2027-01-03'), expect: period },
    { name: `${route}: ten years`, request: at('from=2016-01-01&to=2026-01-01'), expect: period },
    { name: `${route}: agency as a path`, request: at(`${MARCH}&agency=..%2Fha-noi`), expect: invalid('/query/agency') },
    { name: `${route}: lang outside vi and en`, request: at(`${MARCH}&lang=fr`), expect: invalid('/query/lang') },
    { name: `${route}: an unknown parameter`, request: at(`${MARCH}&channel=online`), expect: invalid('/query/channel') },
  );
}
cases.push(
  { name: 'dossiers.csv: a status outside the states', request: () => get(`/api/v1/admin/dossiers.csv?${MARCH}&status=done`, as.admin), expect: invalid('/query/status') },
  { name: 'statistics: ?lang=en wins over Accept-Language', lang: 'en', request: () => get('/api/v1/admin/statistics?from=2026-04-01&to=2026-03-31&lang=en', { ...as.admin, 'Accept-Language': 'vi' }), expect: period },
);

runTable('statistics and exports', cases, () => ctx);

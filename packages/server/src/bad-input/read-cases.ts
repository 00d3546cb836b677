/**
 * Reading routes with query strings, codes, versions and secrets that do not
 * parse or find nothing; unknown routes; known routes with the wrong method.
 */
import type { BadCase } from './harness.js';
import { COPY, get } from './requests.js';

const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const notFound = { status: 404, code: 'not-found' };
/** RFC 9110 §15.5.6: the resource exists, the method does not; a 405 names the methods that do, in Allow. */
const notAllowed = (allow: RegExp) => ({ status: 405, code: 'method-not-allowed', header: ['allow', allow] as [string, RegExp] });
const LIST = '/api/v1/procedures';

export const readCases: BadCase[] = [
  // GET /api/v1/procedures
  { name: 'list: limit 0', request: () => get(`${LIST}?limit=0`), expect: invalid('/query/limit') },
  { name: 'list: limit 101', request: () => get(`${LIST}?limit=101`), expect: invalid('/query/limit') },
  { name: 'list: limit as a word', request: () => get(`${LIST}?limit=ten`), expect: invalid('/query/limit') },
  { name: 'list: limit negative', request: () => get(`${LIST}?limit=-5`), expect: invalid('/query/limit') },
  { name: 'list: offset negative', request: () => get(`${LIST}?offset=-1`), expect: invalid('/query/offset') },
  { name: 'list: offset in exponent notation', request: () => get(`${LIST}?offset=1e9`), expect: invalid('/query/offset') },
  { name: 'list: offset of 30 digits', request: () => get(`${LIST}?offset=${'9'.repeat(30)}`), expect: invalid('/query/offset') },
  { name: 'list: online level outside the enum', request: () => get(`${LIST}?online=maybe`), expect: invalid('/query/online') },
  { name: 'list: channel outside the enum', request: () => get(`${LIST}?channel=fax`), expect: invalid('/query/channel') },
  { name: 'list: sector in capitals', request: () => get(`${LIST}?sector=HO-TICH`), expect: invalid('/query/sector') },
  { name: 'list: agency as a path', request: () => get(`${LIST}?agency=..%2Fha-noi`), expect: invalid('/query/agency') },
  { name: 'list: q of 201 characters', request: () => get(`${LIST}?q=${'a'.repeat(201)}`), expect: invalid('/query/q') },
  { name: 'list: an unknown parameter', request: () => get(`${LIST}?sort=name`), expect: invalid('/query/sort') },
  { name: 'list: a constructor parameter', request: () => get(`${LIST}?constructor=x`), expect: invalid('/query/constructor') },
  { name: 'list: a __proto__ parameter is as unknown as any other', request: () => get(`${LIST}?__proto__=x`), expect: invalid('/query/__proto__') },
  // GET /api/v1/procedures/{code}
  { name: 'procedure: a code that does not exist', request: () => get(`${LIST}/9.999999`), expect: notFound },
  { name: 'procedure: a code of 300 characters', request: () => get(`${LIST}/${'1'.repeat(300)}`), expect: invalid('/params/code') },
  { name: 'procedure: a code with a NUL', request: () => get(`${LIST}/${COPY}%00`), expect: invalid('/params/code') },
  { name: 'procedure: an encoded path traversal', request: () => get(`${LIST}/..%2F..%2Fetc%2Fpasswd`), expect: invalid('/params/code') },
  { name: 'procedure: a code with a quote (SQL)', request: () => get(`${LIST}/${encodeURIComponent("2.000815' OR '1'='1")}`), expect: invalid('/params/code') },
  // GET /api/v1/procedures/{code}/versions/{n}
  { name: 'version: zero', request: () => get(`${LIST}/${COPY}/versions/0`), expect: invalid('/params/version') },
  { name: 'version: negative', request: () => get(`${LIST}/${COPY}/versions/-1`), expect: invalid('/params/version') },
  { name: 'version: not a number', request: () => get(`${LIST}/${COPY}/versions/latest`), expect: invalid('/params/version') },
  { name: 'version: a fraction', request: () => get(`${LIST}/${COPY}/versions/1.5`), expect: invalid('/params/version') },
  { name: 'version: a leading zero', request: () => get(`${LIST}/${COPY}/versions/01`), expect: invalid('/params/version') },
  { name: 'version: twenty digits', request: () => get(`${LIST}/${COPY}/versions/${'9'.repeat(20)}`), expect: invalid('/params/version') },
  { name: 'version: one that was never published', request: () => get(`${LIST}/${COPY}/versions/99`), expect: notFound },
  { name: 'version: of a procedure that does not exist', request: () => get(`${LIST}/9.999999/versions/1`), expect: notFound },
  // GET …/versions/{n}/validator.js
  { name: 'validator: a version never published', request: () => get(`${LIST}/${COPY}/versions/99/validator.js`), expect: notFound },
  { name: 'validator: version zero', request: () => get(`${LIST}/${COPY}/versions/0/validator.js`), expect: invalid('/params/version') },
  { name: 'validator: a procedure that does not exist', request: () => get(`${LIST}/9.999999/versions/1/validator.js`), expect: notFound },
  { name: 'validator: a version that is a path', request: () => get(`${LIST}/${COPY}/versions/..%2F..%2F1/validator.js`), expect: invalid('/params/version') },
  // GET /api/v1/calendars/{id}
  { name: 'calendar: one that does not exist', request: () => get('/api/v1/calendars/sao-hoa'), expect: notFound },
  { name: 'calendar: an id in capitals', request: () => get('/api/v1/calendars/VN'), expect: invalid('/params/id') },
  { name: 'calendar: an encoded path traversal', request: () => get('/api/v1/calendars/%2e%2e%2f%2e%2e%2fetc%2fpasswd'), expect: invalid('/params/id') },
  // GET /api/v1/dossiers/{code}
  { name: 'dossier: a malformed code', request: () => get('/api/v1/dossiers/abc?secret=x'), expect: invalid('/params/code') },
  { name: 'dossier: a code in lower case', request: (x) => get(`/api/v1/dossiers/${x.filed.code.toLowerCase()}?secret=${x.filed.secret}`), expect: invalid('/params/code') },
  { name: 'dossier: a code with SQL', request: () => get(`/api/v1/dossiers/${encodeURIComponent("BADINH-2026-000001' OR '1'='1")}`), expect: invalid('/params/code') },
  { name: 'dossier: a code that does not exist, with a secret', request: (x) => get(`/api/v1/dossiers/BADINH-2026-999999?secret=${x.filed.secret}`), expect: notFound },
  { name: 'dossier: the right code, a wrong secret', request: (x) => get(`/api/v1/dossiers/${x.filed.code}?secret=${'A'.repeat(22)}`), expect: notFound },
  { name: 'dossier: the right code, no secret', request: (x) => get(`/api/v1/dossiers/${x.filed.code}`), expect: notFound },
  { name: 'dossier: the right code, a wrong secret in X-Dossier-Secret', request: (x) => get(`/api/v1/dossiers/${x.filed.code}`, { 'X-Dossier-Secret': x.filed.secret.slice(1) }), expect: notFound },
  { name: 'dossier: the secret with multi-byte letters of the same length', request: (x) => get(`/api/v1/dossiers/${x.filed.code}?secret=${encodeURIComponent('ễ'.repeat(22))}`), expect: notFound },
  { name: 'dossier: a secret of 101 characters', request: (x) => get(`/api/v1/dossiers/${x.filed.code}?secret=${'a'.repeat(101)}`), expect: invalid('/query/secret') },
  { name: 'dossier: an empty secret', request: (x) => get(`/api/v1/dossiers/${x.filed.code}?secret=`), expect: invalid('/query/secret') },
  { name: 'dossier: an unknown query parameter', request: (x) => get(`/api/v1/dossiers/${x.filed.code}?secret=${x.filed.secret}&debug=1`), expect: invalid('/query/debug') },
  // Languages: a list of preferences is honoured; one the server lacks gets Vietnamese.
  { name: 'language: en-GB first in a list', lang: 'en', request: () => get(`${LIST}/9.999999`, { 'Accept-Language': 'en-GB,en;q=0.9,vi;q=0.5' }), expect: notFound },
  { name: 'language: French falls back to Vietnamese', lang: 'vi', request: () => get(`${LIST}/9.999999`, { 'Accept-Language': 'fr-FR,fr;q=0.9' }), expect: notFound },
  { name: 'language: Vietnamese asked after an unknown one', lang: 'vi', request: () => get(`${LIST}?limit=0`, { 'Accept-Language': 'xx, vi-VN;q=0.8, en;q=0.5' }), expect: invalid('/query/limit') },
  // Unknown routes.
  { name: 'unknown: another API version', request: () => get('/api/v2/procedures'), expect: notFound },
  { name: 'unknown: a dotfile', request: () => get('/.env'), expect: notFound },
  { name: 'unknown: a segment past a version', request: () => get(`${LIST}/${COPY}/versions/1/definition.json`), expect: notFound },
  { name: 'unknown: markup in the path is echoed only as JSON text', lang: 'en', request: () => get('/api/v1/<script>alert(1)</script>'), expect: notFound },
  { name: 'unknown: a listing of uploads', request: () => get('/api/v1/uploads/'), expect: notFound },
  // Known routes, wrong methods.
  { name: 'method: DELETE the procedure list', request: () => ({ path: LIST, method: 'DELETE' }), expect: notAllowed(/\bGET\b/) },
  { name: 'method: PUT a procedure', request: () => ({ path: `${LIST}/${COPY}`, method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' }), expect: notAllowed(/\bGET\b/) },
  { name: 'method: GET the dossiers of a procedure', request: () => get(`${LIST}/${COPY}/dossiers`), expect: notAllowed(/\bPOST\b/) },
  { name: 'method: GET a quote', request: () => get(`${LIST}/${COPY}/quote`), expect: notAllowed(/\bPOST\b/) },
  { name: 'method: PUT an upload', request: () => ({ path: '/api/v1/uploads', method: 'PUT' }), expect: notAllowed(/\bPOST\b/) },
  { name: 'method: PATCH a draft', request: (x) => ({ path: `/api/v1/drafts/${x.draft}`, method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{}' }), expect: notAllowed(/\bPUT\b/) },
  { name: 'method: DELETE a dossier', request: (x) => ({ path: `/api/v1/dossiers/${x.filed.code}?secret=${x.filed.secret}`, method: 'DELETE' }), expect: notAllowed(/\bGET\b/) },
  { name: 'method: POST a calendar', request: () => ({ path: '/api/v1/calendars/vn', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }), expect: notAllowed(/\bGET\b/) },
];

/**
 * Bodies that are not JSON, not UTF-8, not declared as JSON, too deep or too
 * large: for submissions, quotes and drafts; and quotes' members one by one.
 */
import type { BadCase } from './harness.js';
import { COPY, deep, json, oversized, raw, spliced, streamed, submit, submitRaw } from './requests.js';

const QUOTE = `/api/v1/procedures/${COPY}/quote`;
const DRAFTS = '/api/v1/drafts';
const invalidJson = { status: 400, code: 'invalid-json' };
const invalidRequest = { status: 400, code: 'invalid-request' };
const unsupported = { status: 415, code: 'unsupported-media-type' };
const tooLarge = { status: 413, code: 'body-too-large' };
const THREE_MB = 3 * 1024 * 1024;

export const jsonCases: BadCase[] = [
  // Not JSON at all.
  { name: 'dossiers: truncated JSON', request: async (x) => submitRaw(x, JSON.stringify(await x.copy()).slice(0, -7)), expect: invalidJson },
  { name: 'dossiers: trailing garbage after the object', request: async (x) => submitRaw(x, `${JSON.stringify(await x.copy())}garbage`), expect: invalidJson },
  { name: 'dossiers: two JSON documents back to back', request: async (x) => submitRaw(x, JSON.stringify(await x.copy()).repeat(2)), expect: invalidJson },
  { name: 'dossiers: single-quoted strings', request: async (x) => submitRaw(x, JSON.stringify(await x.copy()).replace(/"/g, "'")), expect: invalidJson },
  { name: 'dossiers: a comment before the object', request: async (x) => submitRaw(x, `/* hi */${JSON.stringify(await x.copy())}`), expect: invalidJson },
  { name: 'dossiers: a trailing comma', request: async (x) => submitRaw(x, `${JSON.stringify(await x.copy()).slice(0, -1)},}`), expect: invalidJson },
  { name: 'dossiers: NaN as the version', request: async (x) => submitRaw(x, await spliced(x.copy(), '"version":1', '"version":NaN')), expect: invalidJson },
  { name: 'dossiers: Infinity as a page count', request: async (x) => submitRaw(x, await spliced(x.copy(), '"soTrang":3', '"soTrang":Infinity')), expect: invalidJson },
  { name: 'dossiers: an empty body', request: (x) => submitRaw(x, ''), expect: invalidJson },
  { name: 'dossiers: whitespace only', request: (x) => submitRaw(x, ' \r\n\t '), expect: invalidJson },
  { name: 'dossiers: an unterminated string', request: (x) => submitRaw(x, '{"version":1,"agency":"phuong-ba-dinh'), expect: invalidJson },
  // JSON, but not the JSON a submission is.
  { name: 'dossiers: the body is null', request: (x) => submitRaw(x, 'null'), expect: { ...invalidRequest, path: '/body' } },
  { name: 'dossiers: the body is an array', request: async (x) => submitRaw(x, `[${JSON.stringify(await x.copy())}]`), expect: { ...invalidRequest, path: '/body' } },
  { name: 'dossiers: the body is a string', request: (x) => submitRaw(x, '"submit please"'), expect: { ...invalidRequest, path: '/body' } },
  { name: 'dossiers: 1e400 (Infinity once parsed) as the version', request: async (x) => submitRaw(x, await spliced(x.copy(), '"version":1', '"version":1e400')), expect: { ...invalidRequest, path: '/body/version' } },
  { name: 'dossiers: a duplicated key whose last value is wrong (the last one counts)', request: async (x) => submitRaw(x, await spliced(x.copy(), '"version":1', '"version":1,"version":"1"')), expect: { ...invalidRequest, path: '/body/version' } },
  { name: 'dossiers: a duplicated channel, the last one unknown', request: async (x) => submitRaw(x, await spliced(x.copy(), '"channel":"online"', '"channel":"online","channel":"fax"')), expect: { ...invalidRequest, path: '/body/channel' } },
  // Encodings: JSON on the wire is UTF-8 (RFC 8259 §8.1), whatever a charset parameter claims.
  {
    name: 'dossiers: UTF-16 bytes declared as charset=utf-16le',
    request: async (x) => submitRaw(x, Buffer.from(JSON.stringify(await x.copy()), 'utf16le'), { 'Content-Type': 'application/json; charset=utf-16le' }),
    expect: invalidJson,
  },
  {
    name: 'dossiers: Latin-1 bytes declared as charset=iso-8859-1 (not UTF-8: must not be stored as U+FFFD)',
    request: async (x) => submitRaw(x, Buffer.from(JSON.stringify(await x.copy({ answers: { hoTen: 'Lê Hà', banSao: [{ tenGiayTo: 'Hôn thú', soTrang: 1, soBan: 1 }] } })), 'latin1'), { 'Content-Type': 'application/json; charset=iso-8859-1' }),
    expect: invalidJson,
  },
  {
    name: 'dossiers: an invalid UTF-8 sequence inside a free-text answer',
    request: async (x) => {
      const [head, tail] = (await spliced(x.copy(), 'Nguyễn Văn An', 'Nguy\u0000n')).split('\u0000') as [string, string];
      return submitRaw(x, Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(tail)]));
    },
    expect: invalidJson,
  },
  // Not declared as JSON.
  { name: 'dossiers: Content-Type text/plain', request: async (x) => submitRaw(x, JSON.stringify(await x.copy()), { 'Content-Type': 'text/plain' }), expect: unsupported },
  { name: 'dossiers: no Content-Type at all', request: async (x) => ({ path: `/api/v1/procedures/${COPY}/dossiers`, method: 'POST', headers: { 'Idempotency-Key': x.key() }, body: new Blob([JSON.stringify(await x.copy())]) }), expect: unsupported },
  { name: 'dossiers: a form-urlencoded body', request: (x) => submitRaw(x, 'version=1&agency=phuong-ba-dinh', { 'Content-Type': 'application/x-www-form-urlencoded' }), expect: unsupported },
  { name: 'dossiers: a look-alike type application/jsonp', request: async (x) => submitRaw(x, JSON.stringify(await x.copy()), { 'Content-Type': 'application/jsonp' }), expect: unsupported },
  { name: 'dossiers: multipart/form-data instead of JSON', request: async (x) => submitRaw(x, JSON.stringify(await x.copy()), { 'Content-Type': 'multipart/form-data; boundary=x' }), expect: unsupported },
  // Deep and large.
  { name: 'dossiers: 10,000 nested arrays as the version', request: async (x) => submitRaw(x, await spliced(x.copy(), '"version":1', `"version":${deep(10_000)}`)), expect: { ...invalidRequest, path: '/body/version' } },
  { name: 'dossiers: 100,000 nested arrays as the whole body', request: (x) => submitRaw(x, deep(100_000)), expect: { ...invalidRequest, path: '/body' } },
  { name: 'dossiers: 10,000 nested arrays inside the answers', request: async (x) => submitRaw(x, await spliced(x.copy(), '"answers":{', `"answers":{"ghiChu":${deep(10_000)},`)), expect: invalidRequest },
  { name: 'dossiers: 10,000 nested objects inside the answers', request: async (x) => submitRaw(x, await spliced(x.copy(), '"answers":{', `"answers":{"ghiChu":${deep(10_000, 'object')},`)), expect: invalidRequest },
  { name: 'dossiers: a 3 MB body, beyond BODY_LIMIT_BYTES', request: (x) => submitRaw(x, oversized(THREE_MB)), expect: tooLarge },
  { name: 'dossiers: a 3 MB body streamed without Content-Length', request: (x) => ({ ...submitRaw(x, ''), body: streamed(oversized(THREE_MB)), duplex: 'half' }), expect: tooLarge },
  { name: 'dossiers: 2,001 answers (maxProperties)', request: async (x) => submit(x, await x.copy({ answers: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`k${i}`, i])) })), expect: { ...invalidRequest, path: '/body/answers' } },
  // Quotes.
  { name: 'quote: truncated JSON', request: () => raw(QUOTE, '{"answers":{"banSao":[{"soTrang":3'), expect: invalidJson },
  { name: 'quote: text/plain', request: () => raw(QUOTE, '{}', { 'Content-Type': 'text/plain;charset=utf-8' }), expect: unsupported },
  { name: 'quote: 10,000 nested arrays as receivedAt', request: () => raw(QUOTE, `{"receivedAt":${deep(10_000)}}`), expect: { ...invalidRequest, path: '/body/receivedAt' } },
  { name: 'quote: a 3 MB body', request: () => raw(QUOTE, oversized(THREE_MB)), expect: tooLarge },
  { name: 'quote: NaN inside the answers', request: () => raw(QUOTE, '{"answers":{"banSao":[{"soTrang":NaN,"soBan":1}]}}'), expect: invalidJson },
  { name: 'quote: version as text', request: () => json(QUOTE, { version: 'latest' }), expect: { ...invalidRequest, path: '/body/version' } },
  { name: 'quote: version zero', request: () => json(QUOTE, { version: 0 }), expect: { ...invalidRequest, path: '/body/version' } },
  { name: 'quote: a version never published', request: () => json(QUOTE, { version: 99 }), expect: { status: 404, code: 'not-found' } },
  { name: 'quote: a huge version', request: () => json(QUOTE, { version: 1e20 }), expect: { status: 404, code: 'not-found' } },
  { name: 'quote: a procedure that does not exist', request: () => json('/api/v1/procedures/9.999999/quote', {}), expect: { status: 404, code: 'not-found' } },
  { name: 'quote: answers as an array', request: () => json(QUOTE, { answers: [] }), expect: { ...invalidRequest, path: '/body/answers' } },
  { name: 'quote: an unknown member', request: () => json(QUOTE, { agency: 'phuong-ba-dinh', fee: 0 }), expect: { ...invalidRequest, path: '/body/fee' } },
  { name: 'quote: a top-level __proto__', request: () => raw(QUOTE, '{"__proto__":{"version":2},"answers":{}}'), expect: { ...invalidRequest, path: '/body/__proto__' } },
  { name: 'quote: 30 February as receivedAt', request: () => json(QUOTE, { receivedAt: '2026-02-30T09:00:00+07:00' }), expect: { ...invalidRequest, path: '/body/receivedAt' } },
  { name: 'quote: a receivedAt in the year 9999', request: () => json(QUOTE, { receivedAt: '9999-12-31T23:59:59Z' }), expect: { status: 422, code: 'calendar-out-of-range' } },
  { name: 'quote: a channel the procedure lacks', request: () => json(QUOTE, { channel: 'postal' }), expect: { status: 422, code: 'channel-not-offered' } },
  { name: 'quote: a case the procedure lacks', request: () => json(QUOTE, { case: 'cap-lai' }), expect: { status: 422, code: 'case-unknown' } },
  // Drafts.
  { name: 'drafts: trailing garbage', request: () => raw(DRAFTS, `{"procedure":"${COPY}"}}`), expect: invalidJson },
  { name: 'drafts: no Content-Type', request: () => ({ path: DRAFTS, method: 'POST', body: new Blob([`{"procedure":"${COPY}"}`]) }), expect: unsupported },
  { name: 'drafts: 10,000 nested arrays inside the answers', request: () => raw(DRAFTS, `{"procedure":"${COPY}","answers":{"ghiChu":${deep(10_000)}}}`), expect: invalidRequest },
  { name: 'drafts: a 3 MB draft', request: () => raw(DRAFTS, oversized(THREE_MB).replace('{', `{"procedure":"${COPY}",`)), expect: tooLarge },
  { name: 'drafts: saving a draft again with truncated JSON', request: (x) => raw(`${DRAFTS}/${x.draft}`, `{"procedure":"${COPY}","answers":{`, {}, 'PUT'), expect: invalidJson },
  { name: 'drafts: saving a draft again with 10,000 nested arrays', request: (x) => raw(`${DRAFTS}/${x.draft}`, `{"procedure":"${COPY}","answers":{"ghiChu":${deep(10_000)}}}`, {}, 'PUT'), expect: invalidRequest },
  { name: 'drafts: saving a draft again as a JSON string', request: (x) => json(`${DRAFTS}/${x.draft}`, JSON.stringify({ procedure: COPY }), {}, 'PUT'), expect: { ...invalidRequest, path: '/body' } },
];

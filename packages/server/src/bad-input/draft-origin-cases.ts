/**
 * Drafts with bad resume codes and bad contents, and citizens' writes
 * (uploads, submissions, drafts) from sites that are not registered.
 */
import { formWith, pdf } from '../test-support/sample-files.js';
import type { BadCase } from './harness.js';
import { COPY, get, json, NO_SUCH_UPLOAD, submit, upload } from './requests.js';

const DRAFTS = '/api/v1/drafts';
const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const notFound = { status: 404, code: 'not-found' };
const forbidden = { status: 403, code: 'origin-not-allowed' };
const EVIL = 'https://evil.example';
const put = (path: string, body: unknown, headers: Record<string, string> = {}) => json(path, body, headers, 'PUT');

export const draftCases: BadCase[] = [
  // Resume codes.
  { name: 'draft: a malformed resume code', request: () => get(`${DRAFTS}/not-a-code`), expect: invalid('/params/resumeCode') },
  { name: 'draft: a code with letters Crockford leaves out (I, L, O, U)', request: () => get(`${DRAFTS}/IIII-LLLL-OOOU`), expect: invalid('/params/resumeCode') },
  { name: 'draft: a code one character short', request: () => get(`${DRAFTS}/ABCD-EFGH-JKM`), expect: invalid('/params/resumeCode') },
  { name: 'draft: a code with SQL', request: () => get(`${DRAFTS}/${encodeURIComponent("' OR 1=1 --")}`), expect: invalid('/params/resumeCode') },
  { name: 'draft: a well-formed code that was never given', request: () => get(`${DRAFTS}/AAAA-BBBB-CCCC`), expect: notFound },
  { name: 'draft: saving again under a code never given', request: () => put(`${DRAFTS}/AAAA-BBBB-CCCC`, { procedure: COPY }), expect: notFound },
  { name: 'draft: saving again under a malformed code', request: () => put(`${DRAFTS}/xyz`, { procedure: COPY }), expect: invalid('/params/resumeCode') },
  { name: 'draft: deleting under a code never given', request: () => ({ path: `${DRAFTS}/AAAA-BBBB-CCCC`, method: 'DELETE' }), expect: notFound },
  { name: 'draft: deleting under a malformed code', request: () => ({ path: `${DRAFTS}/..%2F..%2Fetc`, method: 'DELETE' }), expect: invalid('/params/resumeCode') },
  // Contents.
  { name: 'draft: no procedure', request: () => json(DRAFTS, { answers: {} }), expect: invalid('/body/procedure') },
  { name: 'draft: a procedure code that is a path', request: () => json(DRAFTS, { procedure: '../../etc/passwd' }), expect: invalid('/body/procedure') },
  { name: 'draft: a procedure that does not exist', request: () => json(DRAFTS, { procedure: '9.999999', answers: { hoTen: 'An' } }), expect: notFound },
  { name: 'draft: an unknown member', request: () => json(DRAFTS, { procedure: COPY, resumeCode: 'AAAA-BBBB-CCCC' }), expect: invalid('/body/resumeCode') },
  { name: 'draft: a __proto__ member', request: () => json(DRAFTS, JSON.parse(`{"procedure":"${COPY}","__proto__":{"expiresAt":"2999-01-01"}}`)), expect: invalid('/body/__proto__') },
  { name: 'draft: answers null', request: () => json(DRAFTS, { procedure: COPY, answers: null }), expect: invalid('/body/answers') },
  { name: 'draft: a version as text', request: () => json(DRAFTS, { procedure: COPY, version: 'mới nhất' }), expect: invalid('/body/version') },
  { name: 'draft: an upload that does not exist', request: () => json(DRAFTS, { procedure: COPY, documents: [{ document: 'ban-chinh', uploads: [NO_SUCH_UPLOAD] }] }), expect: { status: 422, code: 'upload-unknown' } },
  { name: 'draft: an upload already in a dossier', request: (x) => json(DRAFTS, { procedure: COPY, documents: [{ document: 'ban-chinh', uploads: [x.filed.upload] }] }), expect: { status: 422, code: 'upload-unknown' } },
  { name: 'draft: saving again with an unknown member', request: (x) => put(`${DRAFTS}/${x.draft}`, { procedure: COPY, expiresAt: '2999-01-01T00:00:00Z' }), expect: invalid('/body/expiresAt') },
  { name: 'draft: saving again with an upload already in a dossier', request: (x) => put(`${DRAFTS}/${x.draft}`, { procedure: COPY, documents: [{ document: 'ban-chinh', uploads: [x.filed.upload] }] }), expect: { status: 422, code: 'upload-unknown' } },
];

export const originCases: BadCase[] = [
  { name: 'upload from an unregistered site', request: () => upload(formWith(pdf('cross-site'), 'a.pdf'), { Origin: EVIL }), expect: forbidden },
  { name: 'submission from an unregistered site', request: async (x) => submit(x, await x.copy(), COPY, { Origin: EVIL }), expect: forbidden },
  { name: 'submission from Origin: null (a sandboxed frame or a file)', request: async (x) => submit(x, await x.copy(), COPY, { Origin: 'null' }), expect: forbidden },
  { name: 'submission from a registered host as a suffix of another', request: async (x) => submit(x, await x.copy(), COPY, { Origin: 'https://badinh.hanoi.gov.vn.evil.example' }), expect: forbidden },
  { name: 'submission from a registered host over http', request: async (x) => submit(x, await x.copy(), COPY, { Origin: 'http://badinh.hanoi.gov.vn' }), expect: forbidden },
  { name: 'submission from a registered host on another port', request: async (x) => submit(x, await x.copy(), COPY, { Origin: 'https://badinh.hanoi.gov.vn:8443' }), expect: forbidden },
  { name: 'submission from an origin carrying markup', lang: 'en', request: async (x) => submit(x, await x.copy(), COPY, { Origin: 'https://x"><script>alert(1)</script>' }), expect: forbidden },
  { name: 'a replay of a filed dossier from an unregistered site', request: (x) => submit(x, x.filed.body, COPY, { 'Idempotency-Key': x.filed.key, Origin: EVIL }), expect: forbidden },
  { name: 'draft saved from an unregistered site', request: () => json(DRAFTS, { procedure: COPY }, { Origin: EVIL }), expect: forbidden },
  { name: 'draft saved again from an unregistered site', request: (x) => put(`${DRAFTS}/${x.draft}`, { procedure: COPY, answers: { hoTen: 'Kẻ gian' } }, { Origin: EVIL }), expect: forbidden },
  { name: 'draft deleted from an unregistered site', request: (x) => ({ path: `${DRAFTS}/${x.draft}`, method: 'DELETE', headers: { Origin: EVIL } }), expect: forbidden },
];

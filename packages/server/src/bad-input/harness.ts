/**
 * The runner of the bad-input corpus: each case is data (a request built
 * from a context, and the 4xx it must get), and every case is checked the
 * same way — the status and code, the one error shape, a message in the
 * language asked, nothing of the server's insides in the body, and nothing
 * stored by that request.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { TestApp } from '../test-support/test-app.js';
import type { Ctx } from './requests.js';

export type Req = RequestInit & { path: string };
export type Lang = 'vi' | 'en';

export interface Expect {
  status: number;
  code: string;
  /** A JSON Pointer that one of `details.errors` must name. */
  path?: string;
  /** A response header that must be present and match. */
  header?: [name: string, value: RegExp];
}

export interface BadCase {
  name: string;
  /** The language asked for; the runner alternates vi and en when not given. */
  lang?: Lang;
  request: (ctx: Ctx) => Req | Promise<Req>;
  expect: Expect;
}

/** Words only one of the two languages has, to tell which language a message is in. */
const VI = /(không|phải|vui lòng|được|của|nội dung|tệp|thủ tục|hồ sơ|giấy tờ|yêu cầu|trường hợp|cơ quan|mã|địa chỉ|trang|lịch)/i;
const VI_ONLY = /(không|phải|vui lòng|được|của|nội dung|tìm thấy)/i;
const EN = /\b(the|this|must|is|are|was|not|no|there|may|cannot|does|enter|invalid|too|an?)\b/i;
const EN_ONLY = /\b(the|this|must|was|cannot|does|there is)\b/i;

/** What a body must never show: stacks, file paths, SQL, engine error names. */
const LEAK =
  /\bat [\w.$<>]+ \(|\n\s+at |file:\/\/|node:internal|node_modules|\/work\/|\/tmp\/|\/home\/|\/var\/|\.(?:js|ts|mjs|cjs):\d+|SQLITE_|\bsqlite\b|\b(?:SELECT \S|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b|\b(?:Range|Type|Syntax|Reference)Error\b|Maximum call stack|drizzle|better-sqlite3/i;

const TABLES = ['dossiers', 'dossier_events', 'dossier_documents', 'dossier_sequences', 'dossier_supplements', 'dossier_apologies', 'uploads', 'drafts', 'document_templates', 'audit_log'] as const;

function filesUnder(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? filesUnder(join(dir, entry.name)) : 1;
  return n;
}

/** Everything a request could have stored: row counts, sequence numbers, attachments, drafts' contents, dossiers' states and files on disk. */
export function snapshot(t: TestApp): Record<string, unknown> {
  const one = (sql: string) => Object.values(t.database.sqlite.prepare(sql).get() as Record<string, unknown>)[0];
  const state: Record<string, unknown> = {};
  for (const table of TABLES) state[table] = one(`SELECT COUNT(*) FROM ${table}`);
  state.sequenceTotal = one('SELECT COALESCE(SUM(last), 0) FROM dossier_sequences');
  state.attachedUploads = one('SELECT COUNT(*) FROM uploads WHERE dossier_code IS NOT NULL');
  const drafts = t.database.sqlite.prepare('SELECT code_hash, body, updated_at, expires_at FROM drafts ORDER BY code_hash').all();
  state.draftsDigest = createHash('sha256').update(JSON.stringify(drafts)).digest('hex');
  const dossiers = t.database.sqlite.prepare('SELECT code, status, revision, step_id, holder_agency_id, due_at, rating FROM dossiers ORDER BY code').all();
  state.dossiersDigest = createHash('sha256').update(JSON.stringify(dossiers)).digest('hex');
  state.files = filesUnder(t.config.uploadDir);
  return state;
}

/** The checks every refusal must pass, whatever the route. */
export function assertRefusal(response: Response, text: string, expect: Expect, lang: Lang): void {
  assert.equal(response.status, expect.status, `status ${response.status}, body ${text.slice(0, 400)}`);
  assert.ok(response.status >= 400 && response.status < 500, 'a client error');
  assert.match(response.headers.get('content-type') ?? '', /^application\/json\b/, 'an error is JSON');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.doesNotMatch(text, LEAK, 'no stack trace, file path or SQL');
  const body = JSON.parse(text) as { error: { code: string; message: unknown; details: unknown } };
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error), ['code', 'message', 'details']);
  assert.equal(body.error.code, expect.code, body.error.message as string);
  const message = body.error.message;
  assert.ok(typeof message === 'string' && message.trim().length > 0, 'a message');
  if (lang === 'vi') {
    assert.match(message, VI, `Vietnamese asked: ${message}`);
    assert.doesNotMatch(message, EN_ONLY, `Vietnamese asked: ${message}`);
  } else {
    assert.match(message, EN, `English asked: ${message}`);
    assert.doesNotMatch(message, VI_ONLY, `English asked: ${message}`);
  }
  assert.ok(body.error.details === null || typeof body.error.details === 'object', 'details are null or an object');
  if (expect.path) {
    const errors = (body.error.details as { errors?: { path: string }[] } | null)?.errors ?? [];
    assert.ok(
      errors.some((e) => e.path === expect.path),
      `an error at ${expect.path}: ${JSON.stringify(errors.map((e) => e.path))}`,
    );
  }
  if (expect.header) {
    const [name, value] = expect.header;
    assert.match(response.headers.get(name) ?? '', value, `header ${name}`);
  }
}

/** Sends one case and checks it; the request is built first, so uploads it needs are not counted against it. */
export async function runCase(ctx: Ctx, c: BadCase, lang: Lang): Promise<void> {
  const { path, ...init } = await c.request(ctx);
  const headers = new Headers(init.headers);
  if (!headers.has('accept-language')) headers.set('accept-language', lang);
  const before = snapshot(ctx.t);
  const response = await ctx.t.request(path, { ...init, headers });
  const text = await response.text();
  assertRefusal(response, text, c.expect, lang);
  assert.deepEqual(snapshot(ctx.t), before, 'nothing stored by a refused request');
}

/** One test per case, in order (node:test runs a file's tests one after another, so each snapshot is the case's own). */
export function runTable(title: string, cases: readonly BadCase[], ctx: () => Ctx): void {
  describe(title, () => {
    cases.forEach((c, i) => {
      test(c.name, async () => runCase(ctx(), c, c.lang ?? (i % 2 === 0 ? 'vi' : 'en')));
    });
  });
}

/**
 * What the bad-input cases build their requests from: a context with a filed
 * dossier and a saved draft, valid submissions to spoil one member at a
 * time, and hostile bytes.
 */
import assert from 'node:assert/strict';
import { formWith, pdf } from '../test-support/sample-files.js';
import type { TestApp } from '../test-support/test-app.js';
import type { Req } from './harness.js';

export const COPY = '2.000815';
export const PERMIT = '1.013227';
export const REISSUE = '1.013228';
export const dossiersOf = (code: string) => `/api/v1/procedures/${code}/dossiers`;
export const NO_SUCH_UPLOAD = '00000000-0000-4000-8000-000000000000';

type Body = Record<string, unknown>;

export interface Ctx {
  t: TestApp;
  /** A fresh Idempotency-Key. */
  key(): string;
  /** A fresh, free upload of a small PDF (or of `bytes`). */
  upload(bytes?: Uint8Array, name?: string): Promise<string>;
  /** A valid submission of 2.000815 (certified copies) with a fresh upload, then `overrides`. */
  copy(overrides?: Body): Promise<Body>;
  /** A valid submission of 1.013227 (permit extension) with a fresh upload; `answers` are merged into the valid ones. */
  permit(answers?: Body, overrides?: Body): Promise<Body>;
  /** A dossier filed while setting up: its key, its body, its receipt and its upload. */
  filed: { key: string; body: Body; code: string; secret: string; upload: string };
  /** A saved draft's resume code. */
  draft: string;
}

export const PERMIT_ANSWERS: Body = {
  tenChuDauTu: 'Trần Thị Bình',
  soDienThoai: '0912345678',
  email: 'binh@example.vn',
  diaChiLienHe: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
  soGiayPhep: '123/GPXD',
  ngayCapGiayPhep: '2025-09-01',
  diaDiemXayDung: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
  lyDoDeNghi: 'Chưa khởi công được do thời tiết.',
  soLanDaGiaHan: 0,
};

/** `copyVersion`: the version of 2.000815 in force in `t`'s catalogue. */
export async function makeCtx(t: TestApp, copyVersion = 1): Promise<Ctx> {
  let keys = 0;
  let files = 0;
  const key = () => `bad-input-${++keys}-${process.pid}`;
  const freshUpload = async (bytes?: Uint8Array, name = 'ban-chinh.pdf') => {
    const { status, body } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(bytes ?? pdf(`bad input ${++files}`), name) });
    assert.equal(status, 201, JSON.stringify(body));
    return body.id as string;
  };
  const copy = async (overrides: Body = {}) => ({
    version: copyVersion,
    agency: 'phuong-ba-dinh',
    channel: 'online',
    delivery: 'in-person',
    answers: { hoTen: 'Nguyễn Văn An', banSao: [{ tenGiayTo: 'Học bạ', soTrang: 3, soBan: 2 }] },
    documents: [{ document: 'ban-chinh', uploads: [await freshUpload()] }],
    ...overrides,
  });
  const permit = async (answers: Body = {}, overrides: Body = {}) => ({
    version: 1,
    agency: 'phuong-ba-dinh',
    channel: 'online',
    delivery: 'in-person',
    answers: { ...PERMIT_ANSWERS, ...answers },
    documents: [{ document: 'don-de-nghi', uploads: [await freshUpload()] }, { document: 'giay-phep-da-cap', byPost: true }],
    ...overrides,
  });
  const body = await copy();
  const filedKey = key();
  const receipt = await t.json(dossiersOf(COPY), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': filedKey }, body: JSON.stringify(body) });
  assert.equal(receipt.status, 201, JSON.stringify(receipt.body));
  const draft = await t.json('/api/v1/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ procedure: COPY, answers: { hoTen: 'Lê Văn Cường' } }) });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const filed = { key: filedKey, body, code: receipt.body.code as string, secret: receipt.body.secret as string, upload: (body.documents as { uploads: string[] }[])[0]!.uploads[0]! };
  return { t, key, upload: freshUpload, copy, permit, filed, draft: draft.body.resumeCode as string };
}

/** A request with a JSON body (already text, so it can be anything). */
export function raw(path: string, body: Req['body'], headers: Record<string, string> = {}, method = 'POST'): Req {
  return { path, method, headers: { 'Content-Type': 'application/json', ...headers }, body };
}

export function json(path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST'): Req {
  return raw(path, JSON.stringify(body), headers, method);
}

export function get(path: string, headers: Record<string, string> = {}): Req {
  return { path, method: 'GET', headers };
}

/** A submission with a fresh Idempotency-Key unless `headers` gives one. */
export function submit(ctx: Ctx, body: unknown, code = COPY, headers: Record<string, string> = {}): Req {
  return json(dossiersOf(code), body, { 'Idempotency-Key': ctx.key(), ...headers });
}

export function submitRaw(ctx: Ctx, body: Req['body'], headers: Record<string, string> = {}): Req {
  return raw(dossiersOf(COPY), body, { 'Idempotency-Key': ctx.key(), ...headers });
}

/** A valid body as text, with `from` replaced by `to` once (for what JSON.stringify cannot write). */
export async function spliced(body: Promise<Body>, from: string, to: string): Promise<string> {
  const text = JSON.stringify(await body);
  assert.ok(text.includes(from), `${from} in ${text}`);
  return text.replace(from, to);
}

/** `depth` nested arrays (or objects) as JSON text, written out rather than stringified. */
export function deep(depth: number, kind: 'array' | 'object' = 'array'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A body of `bytes` bytes that is otherwise a valid JSON object. */
export function oversized(bytes: number): string {
  return `{"answers":{"ghiChu":"${'a'.repeat(bytes)}"}}`;
}

/** The same bytes handed over in 64 KiB chunks, with no Content-Length: the limit must hold while streaming. */
export function streamed(text: string): Req['body'] {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
      controller.close();
    },
  });
}

export function upload(form: FormData, headers: Record<string, string> = {}): Req {
  return { path: '/api/v1/uploads', method: 'POST', body: form, headers };
}

export const text = (value: string) => new TextEncoder().encode(value);

/** The start of a Windows executable: "MZ", then zeros; no document type begins so. */
export function exe(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
  return bytes;
}

export function elf(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
  return bytes;
}

export function gif(): Uint8Array {
  return Uint8Array.from([...text('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A plain zip holding one stored file: a container, but no Office document. */
export function zip(name: string, content: Uint8Array): Uint8Array {
  const file = text(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint32(14, crc32(content), true);
  local.setUint32(18, content.length, true);
  local.setUint32(22, content.length, true);
  local.setUint16(26, file.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint32(16, crc32(content), true);
  central.setUint32(20, content.length, true);
  central.setUint32(24, content.length, true);
  central.setUint16(28, file.length, true);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + file.length, true);
  end.setUint32(16, 30 + file.length + content.length, true);
  const parts = [new Uint8Array(local.buffer), file, content, new Uint8Array(central.buffer), file, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

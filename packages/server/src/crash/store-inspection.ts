import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Submission } from './submission-load.js';

interface DossierRow {
  code: string;
  idempotency_key: string;
  status: string;
}

interface UploadRow {
  id: string;
  sha256: string;
  size: number;
  dossier_code: string | null;
}

/** What the database and the upload folder hold, read straight from the files, not through the server. */
export interface StoreReport {
  /** Every broken promise found; empty when the store is whole. */
  problems: string[];
  dossiers: number;
  uploads: number;
  filesChecked: number;
  /** Upload rows no dossier holds (their client never submitted, or the kill cut the submission off). */
  unattachedUploads: number;
  /** Whole files under UPLOAD_DIR/xx/ that no upload row names (a request cut off between rename and insert). */
  orphanFiles: number;
}

/** Opens the SQLite file read-only; the server may be running (WAL lets us read beside it). */
export function openReadOnly(databasePath: string): Database.Database {
  return new Database(databasePath, { readonly: true, fileMustExist: true });
}

/** The dossier codes stored for these Idempotency-Keys (absent when none was stored). */
export function dossiersByKey(databasePath: string, keys: readonly string[]): Map<string, string> {
  const db = openReadOnly(databasePath);
  try {
    const byKey = db.prepare('SELECT code FROM dossiers WHERE idempotency_key = ?');
    const found = new Map<string, string>();
    for (const key of keys) {
      const row = byKey.get(key) as { code: string } | undefined;
      if (row) found.set(key, row.code);
    }
    return found;
  } finally {
    db.close();
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

/**
 * Checks the stored dossiers against what the clients sent and received:
 *  - the database file is sound (integrity_check, foreign_key_check);
 *  - every dossier whose receipt a client holds is there, under its key;
 *  - every dossier there is whole: all the uploads its request named, each
 *    attached to it, one 'submit' event, no key used twice;
 *  - every upload row has its file at UPLOAD_DIR/<sha[0:2]>/<sha>, of the
 *    recorded size and with the recorded SHA-256.
 */
export function inspectStore(databasePath: string, uploadDir: string, submissions: readonly Submission[], documentId: string): StoreReport {
  const problems: string[] = [];
  const db = openReadOnly(databasePath);
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
    const foreign = db.pragma('foreign_key_check') as unknown[];
    if (foreign.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 5))}`);

    const duplicates = db.prepare('SELECT idempotency_key AS key, COUNT(*) AS n FROM dossiers GROUP BY idempotency_key HAVING COUNT(*) > 1').all() as { key: string; n: number }[];
    for (const d of duplicates) problems.push(`Idempotency-Key ${d.key} has ${d.n} dossiers`);

    const bySent = new Map(submissions.map((s) => [s.key, s]));
    const dossiers = db.prepare('SELECT code, idempotency_key, status FROM dossiers').all() as DossierRow[];
    const documentsOf = db.prepare('SELECT document_id, upload_id, by_post FROM dossier_documents WHERE dossier_code = ?');
    const eventsOf = db.prepare('SELECT action, from_status, to_status FROM dossier_events WHERE dossier_code = ?');
    const uploadById = db.prepare('SELECT id, sha256, size, dossier_code FROM uploads WHERE id = ?');
    for (const dossier of dossiers) {
      const sent = bySent.get(dossier.idempotency_key);
      if (!sent) {
        problems.push(`dossier ${dossier.code} has a key no client sent: ${dossier.idempotency_key}`);
        continue;
      }
      if (dossier.status !== 'submitted') problems.push(`dossier ${dossier.code} has status ${dossier.status}`);
      const documents = documentsOf.all(dossier.code) as { document_id: string; upload_id: string | null; by_post: number }[];
      const ids = documents.map((d) => d.upload_id ?? '(none)');
      if (!sameSet(ids, sent.uploads.map((u) => u.id))) {
        problems.push(`dossier ${dossier.code} is half-stored: documents ${JSON.stringify(ids)}, its request named ${JSON.stringify(sent.uploads.map((u) => u.id))}`);
      }
      for (const d of documents) {
        if (d.document_id !== documentId || d.by_post !== 0) problems.push(`dossier ${dossier.code} has a document row ${JSON.stringify(d)}`);
      }
      const events = eventsOf.all(dossier.code) as { action: string; from_status: string | null; to_status: string }[];
      if (events.length !== 1 || events[0]?.action !== 'submit' || events[0]?.to_status !== 'submitted' || events[0]?.from_status !== null) {
        problems.push(`dossier ${dossier.code} is half-stored: events ${JSON.stringify(events)}`);
      }
      for (const upload of sent.uploads) {
        const row = uploadById.get(upload.id) as UploadRow | undefined;
        if (!row) problems.push(`dossier ${dossier.code} names upload ${upload.id}, which has no row`);
        else if (row.dossier_code !== dossier.code) problems.push(`upload ${upload.id} of dossier ${dossier.code} is attached to ${String(row.dossier_code)}`);
      }
    }

    const byCode = new Map(dossiers.map((d) => [d.code, d]));
    for (const s of submissions) {
      if (!s.receipt) continue;
      const row = byCode.get(s.receipt.code);
      if (!row) problems.push(`the dossier ${s.receipt.code} of acknowledged key ${s.key} is missing`);
      else if (row.idempotency_key !== s.key) problems.push(`the dossier ${s.receipt.code} has key ${row.idempotency_key}, its receipt came for ${s.key}`);
    }

    const strayAttached = db
      .prepare('SELECT u.id, u.dossier_code FROM uploads u WHERE u.dossier_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dossier_documents d WHERE d.upload_id = u.id AND d.dossier_code = u.dossier_code)')
      .all() as { id: string; dossier_code: string }[];
    for (const u of strayAttached) problems.push(`upload ${u.id} is attached to ${u.dossier_code} but that dossier does not list it`);

    // Every upload a client got a 201 for (those it went on to submit) has its row, as acknowledged.
    for (const s of submissions) {
      for (const upload of s.uploads) {
        const row = uploadById.get(upload.id) as UploadRow | undefined;
        if (!row) problems.push(`acknowledged upload ${upload.id} has no row`);
        else if (row.sha256 !== upload.sha256 || row.size !== upload.size) problems.push(`upload ${upload.id} is stored as ${row.sha256}/${row.size}, was sent as ${upload.sha256}/${upload.size}`);
      }
    }

    // Every upload row, attached or not, must have its whole file.
    const uploads = db.prepare('SELECT id, sha256, size, dossier_code FROM uploads').all() as UploadRow[];
    const known = new Set<string>();
    let filesChecked = 0;
    for (const upload of uploads) {
      known.add(upload.sha256);
      const path = join(uploadDir, upload.sha256.slice(0, 2), upload.sha256);
      if (!existsSync(path)) {
        problems.push(`upload ${upload.id}${upload.dossier_code ? ` of dossier ${upload.dossier_code}` : ''} has no file at ${path}`);
        continue;
      }
      const bytes = readFileSync(path);
      filesChecked += 1;
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== upload.sha256 || bytes.length !== upload.size) problems.push(`the file of upload ${upload.id} has SHA-256 ${actual} and ${bytes.length} bytes, its row says ${upload.sha256} and ${upload.size}`);
    }

    let orphanFiles = 0;
    for (const entry of readdirSync(uploadDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !/^[0-9a-f]{2}$/.test(entry.name)) continue;
      for (const name of readdirSync(join(uploadDir, entry.name))) if (!known.has(name)) orphanFiles += 1;
    }
    const unattachedUploads = uploads.filter((u) => u.dossier_code === null).length;
    return { problems, dossiers: dossiers.length, uploads: uploads.length, filesChecked, unattachedUploads, orphanFiles };
  } finally {
    db.close();
  }
}

import type { Config } from '../config/config.js';
import { DraftStore } from '../db/draft-store.js';
import type { Db } from '../db/open-database.js';
import { TemplateStore } from '../db/template-store.js';
import { UploadStore } from '../db/upload-store.js';
import { FileStore } from '../files/file-store.js';

/** Uploads a citizen never submitted are kept as long as a draft would be. */
export const ABANDONED_UPLOAD_DAYS = 30;

export interface Sweep {
  /** Half-written files under tmp/ (a crash or a SIGKILL mid-upload). */
  files: number;
  drafts: number;
  /** Upload records no dossier holds and no draft keeps, past their time. */
  uploads: number;
  /** Whole files no upload or template record refers to (a kill between the file and its record, or swept uploads). */
  orphans: number;
}

/** What a start sweeps away, so nothing an unfinished request left behind stays forever. */
export function sweepOnStart(db: Db, config: Config, now: Date): Sweep {
  const files = new FileStore(config.uploadDir);
  const drafts = new DraftStore(db);
  const uploads = new UploadStore(db);
  const half = files.sweepTemporary();
  const expired = drafts.sweep(now.toISOString());
  const before = new Date(now.getTime() - ABANDONED_UPLOAD_DAYS * 86_400_000).toISOString();
  const abandoned = uploads.sweepAbandoned(before, drafts.keptUploads());
  // Files are shared by digest: an upload swept here may have had the bytes of a template, which stay.
  const referenced = new Set([...uploads.digests(), ...new TemplateStore(db).digests()]);
  const orphans = files.digests().filter((sha) => !referenced.has(sha));
  for (const sha of orphans) files.remove(sha);
  return { files: half, drafts: expired, uploads: abandoned, orphans: orphans.length };
}

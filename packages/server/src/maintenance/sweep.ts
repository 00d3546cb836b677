import type { Config } from '../config/config.js';
import { DraftStore } from '../db/draft-store.js';
import type { Db } from '../db/open-database.js';
import { FileStore } from '../files/file-store.js';

/**
 * What a start sweeps away: files that requests cut off mid-write left under
 * tmp/ (a crash or a SIGKILL), and drafts past their expiry.
 */
export function sweepOnStart(db: Db, config: Config, now: Date): { files: number; drafts: number } {
  return {
    files: new FileStore(config.uploadDir).sweepTemporary(),
    drafts: new DraftStore(db).sweep(now.toISOString()),
  };
}

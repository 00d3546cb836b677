import { formatDateTime } from '@motcua/core';
import type { Context } from 'hono';
import { sha256 } from '../../db/procedure-store.js';
import { ApiError } from '../../http/api-error.js';
import type { Services } from '../../services/services.js';

/*
 * Two reform officers may edit one procedure at once. Each write of its
 * draft (a save, a publication) names the draft it was made on, so that the
 * second writer is told rather than silently undoing the first's work: the
 * way the back office's dossier actions already work, with a token instead
 * of a counter, since a draft row keeps no revision of its own.
 */

/** A draft's revision: it changes with every save, whatever the text saved. */
export function draftRevision(draft: { body: string; updatedAt: string; updatedBy: string }): string {
  return sha256(`${draft.updatedAt}\n${draft.updatedBy}\n${draft.body}`).slice(0, 24);
}

/** The revision an If-Match header names ("r", W/"r" or r), or "*". */
function named(header: string): string {
  return /^\s*(?:W\/)?"?([^"]*?)"?\s*$/.exec(header)?.[1] ?? header;
}

/**
 * Refuses, with a 412 `draft-changed`, a write on the draft of `code` made
 * on another revision than the one stored now: `If-Match` names the revision
 * the officer's copy is from (`*`: any draft), `If-None-Match: *` asks that
 * there be no draft yet (a procedure's first save). A request with neither
 * (a script) writes whatever is stored. Checked and written in one
 * synchronous step by the caller, so nothing comes in between.
 */
export function checkDraftRevision(c: Context, services: Services, code: string): void {
  const ifMatch = c.req.header('if-match');
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifMatch === undefined && ifNoneMatch?.trim() !== '*') return;
  const current = services.procedureAdmin.draft(code);
  const revision = current && draftRevision(current);
  const asked = ifMatch === undefined ? undefined : named(ifMatch);
  const holds = ifMatch === undefined ? current === undefined : current !== undefined && (asked === '*' || asked === revision);
  if (!holds) throw draftChanged(services, code);
}

/** The refusal of a write on a draft that changed meanwhile, saying who saved it when. */
export function draftChanged(services: Services, code: string): ApiError {
  const current = services.procedureAdmin.draft(code);
  if (!current) {
    return new ApiError(412, 'draft-changed', {
      vi: `Bản nháp của thủ tục “${code}” không còn nữa (đã được công bố hoặc xóa từ nơi khác). Hãy tải lại thủ tục.`,
      en: `The draft of “${code}” is gone (published or removed elsewhere). Load the procedure again.`,
    }, { code });
  }
  const by = services.users.get(current.updatedBy)?.name ?? current.updatedBy;
  return new ApiError(412, 'draft-changed', {
    vi: `${by} đã lưu bản nháp của thủ tục “${code}” ${formatDateTime(current.updatedAt, 'vi')}, sau khi bạn mở nó; thay đổi của bạn chưa được lưu.`,
    en: `${by} saved the draft of “${code}” on ${formatDateTime(current.updatedAt, 'en')}, after you opened it; your change was not saved.`,
  }, { code, revision: draftRevision(current), savedAt: current.updatedAt, savedBy: { id: current.updatedBy, name: by } });
}

import { timelinessOf, vietnamDate } from '@motcua/core';
import type { DossierChanges } from '../db/dossier-store.js';
import { actorId, text, type ActionContext, type ActionHandler } from './action-context.js';
import { apologise } from './apologies.js';
import { clockOf } from './dossier-clock-state.js';
import { unfit } from './processing-errors.js';

/**
 * What completing a dossier (returning its result, or rejecting it) writes:
 * past its due date, the officer must say why, and the citizen gets an
 * apology (unless one was already written after that date passed); a
 * received dossier is classed early, on time or late against its legal due
 * date, an awaited supplement's pause ending now.
 */
function complete(ctx: ActionContext): { changes: DossierChanges; details: Record<string, unknown> } {
  const { services, row, rules, now, at, body } = ctx;
  const lateReason = text(body.lateReason);
  const due = row.dueAt;
  const details: Record<string, unknown> = {};
  if (due && now.toISOString() > due) {
    const covered = services.supplements.apologies(row.code).some((a) => a.createdAt > due);
    if (!covered) {
      if (!lateReason) {
        throw unfit(
          'late-reason-required',
          `Hồ sơ đã quá hạn (hạn ${vietnamDate(new Date(due))}); cần ghi lý do chậm trễ (lateReason) để gửi thư xin lỗi công dân.`,
          `The dossier is past its due date (${vietnamDate(new Date(due))}); give the reason for the delay (lateReason) for the apology to the citizen.`,
          { dueAt: due },
        );
      }
      apologise(ctx, { kind: 'late-completion', oldDate: vietnamDate(new Date(due)), newDate: vietnamDate(now), reason: lateReason, officerId: actorId(ctx.actor) });
      details.lateReason = lateReason;
    }
  }
  const { legalDue } = clockOf(rules.calendar, row, services.supplements.supplements(row.code), now);
  const timeliness = row.receivedAt && legalDue ? timelinessOf(now, legalDue) : null;
  details.timeliness = timeliness;
  return { changes: { completedAt: at, timeliness, pausedAt: null }, details };
}

export const reject: ActionHandler = (ctx) => {
  const { changes, details } = complete(ctx);
  return { changes, note: text(ctx.body.reason) ?? null, details };
};

/** Hands over the result: in person, as a file to download, or by post with its tracking number. */
export const returnResult: ActionHandler = (ctx) => {
  const { services, row, body } = ctx;
  const method = body.method as 'in-person' | 'online' | 'postal';
  const file = text(body.resultFile);
  const tracking = text(body.trackingNumber);
  if (method === 'online') {
    if (!file) throw unfit('result-file-required', 'Trả kết quả trực tuyến cần tệp kết quả (resultFile, mã tệp đã tải lên).', 'An online return needs the result file (resultFile, an uploaded file id).');
    const upload = services.uploads.get(file);
    if (!upload) throw unfit('upload-unknown', 'Không tìm thấy tệp kết quả đã tải lên.', 'The uploaded result file was not found.', { upload: file });
    if (upload.dossierCode !== null) throw unfit('upload-already-used', 'Tệp này đã thuộc một hồ sơ khác.', 'This file already belongs to a dossier.', { upload: file });
  }
  if (method === 'postal' && !tracking) throw unfit('tracking-number-required', 'Trả kết quả hồ sơ qua bưu chính cần số hiệu bưu gửi (trackingNumber).', 'A return by post needs the tracking number (trackingNumber).');
  const { changes, details } = complete(ctx);
  if (method === 'online' && file) services.uploads.attach([file], row.code);
  return {
    changes: { ...changes, returnMethod: method, resultUploadId: method === 'online' ? (file ?? null) : null, trackingNumber: method === 'postal' ? (tracking ?? null) : null },
    note: text(body.note) ?? null,
    details: { ...details, method, ...(method === 'postal' ? { trackingNumber: tracking } : {}) },
  };
};

import { dossierDue, forwardTargets, nextStepIndex, decisionStepIndex, returnStepIndex, serviceLevelFor, vietnamDate, type ClockServiceLevel } from '@motcua/core';
import { actorId, text, type ActionHandler } from './action-context.js';
import { clockOf } from './dossier-clock-state.js';
import { unfit, wrongStep } from './processing-errors.js';
import { apologise } from './apologies.js';

/** Receipt (tiếp nhận): papers announced by post must have arrived; the clock starts and the due date is fixed. */
export const receive: ActionHandler = ({ services, row, rules, now, at, body }) => {
  const posted = services.dossiers.documents(row.code).filter((d) => d.byPost).map((d) => d.documentId);
  const confirmed = (body.postedDocumentsReceived as string[] | undefined) ?? [];
  const stray = confirmed.filter((id) => !posted.includes(id));
  if (stray.length > 0) {
    throw unfit('document-not-posted', `Hồ sơ không khai gửi qua bưu chính giấy tờ: ${stray.join(', ')}.`, `The dossier declared no posted paper for: ${stray.join(', ')}.`, { documents: stray });
  }
  const missing = posted.filter((id) => !confirmed.includes(id));
  if (missing.length > 0) {
    throw unfit(
      'posted-documents-missing',
      `Chưa nhận được bản giấy gửi qua bưu chính của: ${missing.join(', ')}; hồ sơ chưa đầy đủ (có thể yêu cầu bổ sung).`,
      `The posted papers of ${missing.join(', ')} have not arrived; the dossier is not complete (request a supplement).`,
      { documents: missing },
    );
  }
  const { amount, unit, cutOff } = serviceLevelFor(rules.effective, row.channel as 'in-person' | 'online' | 'postal');
  const level: ClockServiceLevel = cutOff === undefined ? { amount, unit } : { amount, unit, cutOff };
  const { due } = dossierDue({ calendar: rules.calendar, receivedAt: now, serviceLevel: level });
  const first = rules.steps[0]?.id ?? null;
  return {
    changes: { receivedAt: at, serviceLevel: JSON.stringify(level), dueAt: due?.toISOString() ?? null, stepId: first },
    ...(first ? { toStep: first } : {}),
    note: text(body.note) ?? null,
    details: { dueAt: due?.toISOString() ?? null, serviceLevel: level, postedDocumentsReceived: confirmed },
  };
};

/** Hands the dossier to another step (the next by default), and to another agency when one is named. */
export const forward: ActionHandler = ({ services, row, rules, body }) => {
  const targets = forwardTargets(rules.steps, rules.stepIndex);
  const named = text(body.toStep);
  const index = named === undefined ? nextStepIndex(rules.steps, rules.stepIndex) : rules.steps.findIndex((s) => s.id === named);
  const target = index === undefined ? undefined : rules.steps[index];
  if (!target || !targets.includes(target)) {
    throw unfit(
      'forward-target-invalid',
      named === undefined ? 'Hồ sơ đã ở bước quyết định; hãy phê duyệt hoặc chọn bước cần chuyển đến.' : `Không chuyển được hồ sơ đến bước “${named}”.`,
      named === undefined ? 'The dossier is at the decision step; approve it or name the step to send it to.' : `The dossier cannot be sent to the step “${named}”.`,
      { targets: targets.map((s) => s.id) },
    );
  }
  const holder = row.holderAgencyId ?? row.agencyId;
  const toAgency = text(body.toAgency);
  if (toAgency !== undefined && (toAgency === holder || !services.agencies.agency(toAgency))) {
    throw unfit('agency-invalid', `Không chuyển được hồ sơ đến cơ quan “${toAgency}”.`, `The dossier cannot be sent to the agency “${toAgency}”.`, { agency: toAgency, holder });
  }
  return {
    changes: { stepId: target.id, ...(toAgency ? { holderAgencyId: toAgency } : {}) },
    toStep: target.id,
    ...(toAgency ? { toAgency } : {}),
    note: text(body.note) ?? null,
  };
};

/** Lengthens the time limit: a new due date, and an apology to the citizen with the old and new dates. */
export const extend: ActionHandler = (ctx) => {
  const { services, row, rules, body } = ctx;
  const days = body.days as number;
  const extensionDays = row.extensionDays + days;
  const { due } = clockOf(rules.calendar, { ...row, extensionDays }, services.supplements.supplements(row.code));
  const before = row.dueAt;
  const reason = text(body.reason) ?? '';
  if (before && due) apologise(ctx, { kind: 'extension', oldDate: vietnamDate(new Date(before)), newDate: vietnamDate(due), reason, officerId: actorId(ctx.actor) });
  return { changes: { extensionDays, dueAt: due?.toISOString() ?? null }, note: reason, details: { days, previousDueAt: before, dueAt: due?.toISOString() ?? null } };
};

/** The decision: only at the decision step; the dossier then waits at the return step. */
export const approve: ActionHandler = ({ rules, at, body }) => {
  const decision = decisionStepIndex(rules.steps);
  const step = rules.steps[rules.stepIndex];
  if (rules.stepIndex !== decision && step) throw wrongStep('approve', step, [rules.steps[decision]?.id ?? '']);
  const next = rules.steps[returnStepIndex(rules.steps)]?.id;
  return { changes: { resultReadyAt: at, ...(next ? { stepId: next } : {}) }, ...(next ? { toStep: next } : {}), note: text(body.note) ?? null };
};

import { FINAL_STATES, labelAtPath, parsePointer, requiredDocuments, vietnamDate, workingDaysLeft, type ChannelKind, type DossierState } from '@motcua/core';
import type { DossierRow } from '../db/dossier-store.js';
import type { SupplementRequest } from '../db/dossier-supplement-store.js';
import type { Services } from '../services/services.js';
import type { DossierRules } from './dossier-context.js';
import { clockOf } from './dossier-clock-state.js';

/** Where a dossier stands against its time limit, as officers and citizens see it. */
export function clockView(row: DossierRow, rules: DossierRules, supplements: readonly SupplementRequest[], now: Date) {
  const final = FINAL_STATES.has(row.status as DossierState);
  const paused = row.pausedAt !== null;
  // While paused, the days left are those left when the clock stopped.
  const asOf = paused ? new Date(row.pausedAt as string) : now;
  const due = row.dueAt ? new Date(row.dueAt) : paused ? clockOf(rules.calendar, row, supplements, asOf).due : null;
  const { legalDue } = clockOf(rules.calendar, row, supplements);
  return {
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    dueDate: row.dueAt ? vietnamDate(new Date(row.dueAt)) : null,
    legalDueAt: legalDue?.toISOString() ?? null,
    serviceLevel: row.serviceLevel ? (JSON.parse(row.serviceLevel) as unknown) : null,
    extensionDays: row.extensionDays,
    paused,
    pausedSince: row.pausedAt,
    workingDaysLeft: due && !final ? workingDaysLeft(rules.calendar, asOf, due) : null,
    overdue: !final && row.dueAt !== null && now.toISOString() > row.dueAt,
    completedAt: row.completedAt,
    timeliness: row.timeliness,
  };
}

export function stepView(rules: DossierRules) {
  const step = rules.steps[rules.stepIndex];
  return {
    current: step ? { id: step.id, name: step.name, role: step.role, index: rules.stepIndex } : null,
    steps: rules.steps.map((s) => ({ id: s.id, name: s.name, role: s.role })),
  };
}

/** A supplement request with the names of the documents and the labels of the fields it asks for. */
export function supplementView(row: DossierRow, rules: DossierRules, supplement: SupplementRequest) {
  const { definition, evaluator } = rules.compiled;
  const context = { answers: JSON.parse(row.answers) as Record<string, unknown>, channel: row.channel as ChannelKind, delivery: row.delivery as ChannelKind, case: row.caseId };
  const requirements = requiredDocuments(rules.effective, context, evaluator);
  return {
    id: supplement.id,
    requestedAt: supplement.requestedAt,
    reason: supplement.reason,
    documents: supplement.documents.map((id) => {
      const requirement = requirements.find((r) => r.id === id);
      const document = rules.effective.documents.find((d) => d.id === id);
      return { id, name: document?.name ?? { vi: id }, accept: requirement?.accept ?? null, maxSize: requirement?.maxSize ?? null, mayFollowByPost: requirement?.mayFollowByPost ?? false };
    }),
    fields: supplement.fields.map((pointer) => ({ pointer, label: labelAtPath(definition.form, pointer) ?? null })),
    // The answers already filed for each top-level member asked about: the answer replaces a member whole, so the citizen corrects them rather than typing them again.
    filed: Object.fromEntries(
      [...new Set(supplement.fields.map((pointer) => parsePointer(pointer)[0]).filter((member): member is string => member !== undefined && Object.hasOwn(context.answers, member)))].map((member) => [member, context.answers[member]]),
    ),
    answeredAt: supplement.answeredAt,
    answer: supplement.answer,
  };
}

export function resultView(row: DossierRow) {
  if (!row.returnMethod) return null;
  return {
    method: row.returnMethod,
    trackingNumber: row.trackingNumber,
    download: row.resultUploadId ? `/api/v1/dossiers/${row.code}/result` : null,
  };
}

export function ratingView(row: DossierRow) {
  return row.rating ? { value: row.rating, comment: row.ratingComment, ratedAt: row.ratedAt } : null;
}

/** The summary of an inbox line. */
export function summaryView(row: DossierRow) {
  return {
    code: row.code,
    procedure: { code: row.procedureCode, version: row.version },
    agency: row.agencyId,
    holder: row.holderAgencyId ?? row.agencyId,
    applicantName: row.applicantName,
    case: row.caseId,
    channel: row.channel,
    delivery: row.delivery,
    status: row.status,
    step: row.stepId,
    submittedAt: row.submittedAt,
    receivedAt: row.receivedAt,
    expectedDate: row.expectedDate,
    dueAt: row.dueAt,
    paused: row.pausedAt !== null,
    completedAt: row.completedAt,
    timeliness: row.timeliness,
    feeTotal: row.feeTotal,
    revision: row.revision,
  };
}

/** What the citizen sees with the code and secret: where the dossier is, what is missing, apologies, the result and the rating. */
export function citizenStatusView(services: Services, row: DossierRow, rules: DossierRules) {
  const supplements = services.supplements.supplements(row.code);
  const open = supplements.find((s) => s.answeredAt === null);
  const receipt = JSON.parse(row.receipt) as { procedure: unknown; agency: unknown };
  const clock = clockView(row, rules, supplements, services.now());
  const step = rules.steps[rules.stepIndex];
  return {
    code: row.code,
    status: row.status,
    procedure: receipt.procedure,
    agency: receipt.agency,
    step: step ? { id: step.id, name: step.name } : null,
    submittedAt: row.submittedAt,
    expectedDate: row.expectedDate,
    dueAt: row.dueAt,
    clock: { receivedAt: clock.receivedAt, dueAt: clock.dueAt, dueDate: clock.dueDate, paused: clock.paused, workingDaysLeft: clock.workingDaysLeft, completedAt: clock.completedAt, timeliness: clock.timeliness },
    supplement: open ? supplementView(row, rules, open) : null,
    apologies: services.supplements.apologies(row.code).map(({ createdAt, kind, oldDate, newDate, reason, text }) => ({ createdAt, kind, oldDate, newDate, reason, text })),
    result: resultView(row),
    rating: ratingView(row),
    canRate: row.status === 'returned' && row.rating === null,
    history: services.dossiers.history(row.code).map(({ at, action, toStatus, toStep, note }) => {
      const reached = toStep ? rules.steps.find((s) => s.id === toStep) : undefined;
      return { at, action, status: toStatus, step: reached ? { id: reached.id, name: reached.name } : null, note: PUBLIC_NOTES.has(action) ? note : null };
    }),
  };
}

/** Actions whose note is written for the citizen (why a supplement, an extension, a rejection); others' notes are the officers' own. */
const PUBLIC_NOTES = new Set(['request-supplement', 'extend', 'reject', 'withdraw']);

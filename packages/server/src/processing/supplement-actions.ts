import { hiddenSections, labelAtPath, localizeErrors, parsePointer, pruneHiddenAnswers, requiredDocuments, type ChannelKind, type ConditionContext, type DossierState, type ValidationIssue } from '@motcua/core';
import type { DossierDocumentRow } from '../db/dossier-store.js';
import { ApiError } from '../http/api-error.js';
import { answersValid } from '../submission/answers-valid.js';
import { checkDocuments, type SubmittedDocument } from '../submission/check-documents.js';
import { actorId, text, type ActionContext, type ActionHandler } from './action-context.js';
import { applicantNameOf, searchTextOf } from './applicant.js';
import { clockOf } from './dossier-clock-state.js';
import { unfit } from './processing-errors.js';

function unprocessable(code: string, issues: ValidationIssue[]): ApiError {
  const [first] = issues;
  return new ApiError(422, code, first?.message ?? { vi: 'Phần bổ sung chưa hợp lệ.', en: 'The supplement is not valid.' }, { errors: issues });
}

/** The answers' top-level member a JSON Pointer names ("/diaChi/detail" → "diaChi"). */
function memberOf(pointer: string): string {
  return parsePointer(pointer)[0] ?? '';
}

/** Asks the citizen for documents and corrected answers; once received, the clock pauses until they answer. */
export const requestSupplement: ActionHandler = ({ services, row, rules, at, actor, body }) => {
  const documents = (body.documents as string[] | undefined) ?? [];
  const fields = (body.fields as string[] | undefined) ?? [];
  if (documents.length === 0 && fields.length === 0) {
    throw unfit('supplement-empty', 'Yêu cầu bổ sung cần nêu ít nhất một giấy tờ (documents) hoặc một trường cần sửa (fields).', 'A supplement request names at least one document (documents) or one field to correct (fields).');
  }
  const known = new Set(rules.effective.documents.map((d) => d.id));
  const unknown = documents.filter((id) => !known.has(id));
  if (unknown.length > 0) throw unfit('document-unknown', `Thủ tục không có giấy tờ: ${unknown.join(', ')}.`, `The procedure has no document: ${unknown.join(', ')}.`, { documents: unknown, known: [...known] });
  const properties = Object.keys((rules.compiled.definition.form.schema as { properties?: object }).properties ?? {});
  const strange = fields.filter((pointer) => !properties.includes(memberOf(pointer)));
  if (strange.length > 0) throw unfit('field-unknown', `Tờ khai không có trường: ${strange.join(', ')}.`, `The form has no field: ${strange.join(', ')}.`, { fields: strange });
  const reason = text(body.reason) ?? '';
  const id = services.supplements.request(row.code, { requestedAt: at, requestedBy: actorId(actor), reason, documents, fields, statusBefore: row.status });
  return {
    changes: row.receivedAt ? { pausedAt: at, dueAt: null } : {},
    note: reason,
    details: { supplement: id, documents, fields, clockPaused: row.receivedAt !== null },
  };
};

/**
 * The answer to the open supplement request, from the citizen (or recorded
 * by the receiver at the counter): every document asked for, checked like a
 * submission's; corrected answers merged over the filed ones and the whole
 * validated against the version's form. The clock resumes, the due date
 * moved by the paused working time.
 */
export const answerSupplement: ActionHandler = (ctx: ActionContext) => {
  const { services, row, rules, now, at, actor, body } = ctx;
  const all = services.supplements.supplements(row.code);
  const open = all.find((s) => s.answeredAt === null);
  if (!open) throw unfit('no-supplement-requested', 'Hồ sơ không có yêu cầu bổ sung nào đang chờ.', 'The dossier has no supplement request awaiting an answer.');
  const patch = (body.answers as Record<string, unknown> | undefined) ?? {};
  const missingFields = open.fields.map(memberOf).filter((key) => !Object.hasOwn(patch, key));
  if (missingFields.length > 0) {
    throw unfit('supplement-incomplete', `Cần sửa các trường: ${[...new Set(missingFields)].join(', ')}.`, `Correct these fields: ${[...new Set(missingFields)].join(', ')}.`, { fields: [...new Set(missingFields)] });
  }
  const { definition, evaluator, validateAnswers } = rules.compiled;
  const merged = { ...(JSON.parse(row.answers) as Record<string, unknown>), ...patch };
  const context: ConditionContext = { answers: merged, channel: row.channel as ChannelKind, delivery: row.delivery as ChannelKind, case: row.caseId };
  if (row.applicantCategory) context.applicantCategory = row.applicantCategory;
  const answers = pruneHiddenAnswers(merged, hiddenSections(definition, context, evaluator));
  context.answers = answers;
  if (!answersValid(validateAnswers, answers)) {
    throw unprocessable('answers-invalid', localizeErrors(validateAnswers.errors ?? [], (path) => labelAtPath(definition.form, path)).map((issue) => ({ ...issue, path: `/answers${issue.path}` })));
  }
  const asked = requiredDocuments(rules.effective, context, evaluator)
    .filter((r) => open.documents.includes(r.id))
    .map((r) => ({ ...r, required: true }));
  const given = (body.documents as SubmittedDocument[] | undefined) ?? [];
  const { issues, uploads } = checkDocuments(asked, given, (id) => services.uploads.get(id));
  if (issues.length > 0) throw unprocessable(issues[0]?.code ?? 'documents-invalid', issues);

  services.supplements.answer(open.id, at, actorId(actor), { documents: given.map((d) => ({ document: d.document, uploads: d.uploads ?? [] })), answers: Object.keys(patch) });
  services.dossiers.addDocuments(
    row.code,
    given.flatMap((d): DossierDocumentRow[] => (d.byPost ? [{ documentId: d.document, uploadId: null, byPost: true, supplementId: open.id }] : (d.uploads ?? []).map((uploadId) => ({ documentId: d.document, uploadId, byPost: false, supplementId: open.id })))),
  );
  services.uploads.attach(uploads.map((u) => u.id), row.code);
  const applicantName = row.applicantName ?? applicantNameOf(answers);
  const { due } = clockOf(rules.calendar, row, services.supplements.supplements(row.code));
  return {
    status: open.statusBefore as DossierState,
    changes: {
      answers: JSON.stringify(answers),
      applicantName,
      searchText: searchTextOf(row.code, applicantName, answers),
      pausedAt: null,
      ...(row.receivedAt ? { dueAt: due?.toISOString() ?? null } : {}),
    },
    note: text(body.note) ?? null,
    details: { supplement: open.id, documents: given.map((d) => d.document), answers: Object.keys(patch), dueAt: due?.toISOString() ?? null, answeredAt: now.toISOString() },
  };
};

export const withdraw: ActionHandler = ({ body }) => ({ note: text(body.reason) ?? null });

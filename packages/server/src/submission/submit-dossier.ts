import { createHash } from 'node:crypto';
import {
  checkContext,
  chooseCase,
  computeDueDate,
  computeFees,
  hiddenSections,
  labelAtPath,
  localizeErrors,
  pruneHiddenAnswers,
  requiredDocuments,
  resolveCase,
  serviceLevelFor,
  vietnamYear,
  type ConditionContext,
  type ValidationIssue,
} from '@motcua/core';
import type { DossierDocumentRow } from '../db/dossier-store.js';
import type { Officer } from '../db/user-store.js';
import { ApiError, notFound } from '../http/api-error.js';
import { applicantNameOf, searchTextOf } from '../processing/applicant.js';
import { writeDossier } from '../processing/dossier-ledger.js';
import { actWithin } from '../processing/dossier-processing.js';
import type { Services } from '../services/services.js';
import { answersValid } from './answers-valid.js';
import { checkDocuments } from './check-documents.js';
import { nextSteps, type Receipt } from './receipt.js';
import type { SubmissionRequest } from './submission-request.js';

/** Keys sorted at every level, so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function unprocessable(code: string, issues: ValidationIssue[]): ApiError {
  const [first] = issues;
  return new ApiError(422, code, first?.message ?? { vi: 'Hồ sơ chưa hợp lệ.', en: 'The dossier is not valid.' }, { errors: issues });
}

export interface SubmissionResult {
  receipt: Receipt;
  replayed: boolean;
}

/** A dossier filed at the counter by an officer on the citizen's behalf. */
export interface CounterIntake {
  officer: Officer;
  applicant: { name: string; idNumber?: string; phone?: string; address?: string };
  /** Received at once: the clock starts with the filing, in the same transaction. */
  receive: boolean;
  postedDocumentsReceived?: string[];
}

/**
 * Files a dossier. The checks run synchronously and the write joins the next
 * group commit; until it is committed, the key is held in memory, so a copy
 * of the request arriving meanwhile waits for the same receipt instead of
 * filing a second dossier, and one arriving later finds the row. The server
 * computes the fee and the dates itself and stores the dossier, its
 * documents and its first event together.
 */
export function submitDossier(services: Services, code: string, key: string, request: SubmissionRequest, intake?: CounterIntake): Promise<SubmissionResult> {
  const requestHash = createHash('sha256').update(`${code}\n${canonical(request)}`).digest('hex');
  const reused = () => new ApiError(409, 'idempotency-key-reused', { vi: 'Mã chống gửi trùng (Idempotency-Key) này đã dùng cho một hồ sơ khác.', en: 'This Idempotency-Key was already used for a different dossier.' });
  const existing = services.dossiers.withIdempotencyKey(key);
  if (existing) {
    if (existing.requestHash !== requestHash) throw reused();
    return Promise.resolve({ receipt: JSON.parse(existing.receipt) as Receipt, replayed: true });
  }
  // The same key still waiting for its commit: a retry waits for that receipt.
  const inFlight = services.pendingSubmissions.get(key);
  if (inFlight) {
    if (inFlight.requestHash !== requestHash) throw reused();
    return inFlight.result.then(({ receipt }) => ({ receipt, replayed: true }));
  }

  const now = services.now();
  const inForce = services.procedures.versionInForce(code, now.toISOString());
  if (!inForce) throw notFound({ vi: `thủ tục “${code}” đang có hiệu lực`, en: `A procedure “${code}” in force` }, { code });
  if (inForce.version !== request.version) {
    throw new ApiError(409, 'version-not-in-force', { vi: `Thủ tục đã có phiên bản mới (${inForce.version}); vui lòng tải lại biểu mẫu.`, en: `The procedure has a newer version (${inForce.version}); reload the form.` }, { current: inForce.version, given: request.version });
  }
  const agency = services.agencies.agency(request.agency);
  const offering = agency?.offerings.find((o) => o.procedure === code);
  if (!agency || !offering) {
    throw new ApiError(422, 'agency-not-offering', { vi: `Cơ quan “${request.agency}” không giải quyết thủ tục này.`, en: `The agency “${request.agency}” does not offer this procedure.` }, { agency: request.agency });
  }

  const { definition, evaluator, validateAnswers } = services.compiled.get(inForce);
  const context: ConditionContext = { answers: request.answers, channel: request.channel, delivery: request.delivery };
  if (request.case !== undefined) context.case = request.case;
  if (request.applicantCategory !== undefined) context.applicantCategory = request.applicantCategory;
  const chosen = chooseCase(definition, context, evaluator);
  context.case = chosen.id;
  const effective = resolveCase(definition, chosen.id, offering);
  const contextIssues = checkContext(effective, context);
  if (request.delivery === 'postal' && !request.deliveryAddress) {
    contextIssues.push({ path: '/deliveryAddress', code: 'delivery-address-required', message: { vi: 'Vui lòng nhập địa chỉ nhận kết quả qua bưu chính.', en: 'Enter the address to post the result to.' } });
  }
  if (contextIssues.length > 0) throw unprocessable(contextIssues[0]?.code ?? 'context-invalid', contextIssues);

  const answers = pruneHiddenAnswers(request.answers, hiddenSections(definition, context, evaluator));
  context.answers = answers;
  if (!answersValid(validateAnswers, answers)) {
    const issues = localizeErrors(validateAnswers.errors ?? [], (path) => labelAtPath(definition.form, path)).map((issue) => ({ ...issue, path: `/answers${issue.path}` }));
    throw unprocessable('answers-invalid', issues);
  }
  const required = requiredDocuments(effective, context, evaluator);
  const { issues, uploads } = checkDocuments(required, request.documents, (id) => services.uploads.get(id));
  if (issues.length > 0) throw unprocessable(issues[0]?.code ?? 'documents-invalid', issues);

  const fee = computeFees(effective, context, evaluator);
  const calendar = services.calendars.get(agency.calendar ?? 'vn');
  const expected = calendar ? computeDueDate({ calendar, start: now, serviceLevel: serviceLevelFor(effective, request.channel) }) : undefined;
  const submittedAt = now.toISOString();
  const byPost = request.documents.filter((d) => d.byPost).map((d) => d.document);

  const write = () => {
    // Checked again inside the transaction: another submission in the same batch may have taken an upload.
    for (const upload of uploads) {
      if (services.uploads.get(upload.id)?.dossierCode !== null) {
        throw unprocessable('upload-already-used', [{ path: '/documents', code: 'upload-already-used', message: { vi: 'Tệp này đã thuộc một hồ sơ khác.', en: 'This file already belongs to another dossier.' }, details: { upload: upload.id } }]);
      }
    }
    const year = vietnamYear(now);
    const dossierCode = `${agency.code}-${year}-${String(services.dossiers.nextSequence(agency.id, year)).padStart(6, '0')}`;
    const receipt: Receipt = {
      code: dossierCode,
      secret: services.secrets.secretFor(dossierCode),
      status: 'submitted',
      procedure: { code, version: inForce.version, name: definition.name },
      agency: { id: agency.id, name: agency.name },
      case: { id: chosen.id, name: chosen.name },
      channel: request.channel,
      delivery: request.delivery,
      submittedAt,
      expectedDate: expected?.dueDate ?? null,
      fee,
      documentsByPost: byPost,
      next: nextSteps(byPost, fee.total),
    };
    const applicantName = intake?.applicant.name ?? applicantNameOf(answers);
    const firstStep = effective.steps[0]?.id ?? null;
    writeDossier(services, {
      kind: 'file',
      dossier: {
        code: dossierCode,
        procedureCode: code,
        version: inForce.version,
        agencyId: agency.id,
        holderAgencyId: agency.id,
        stepId: firstStep,
        caseId: chosen.id,
        channel: request.channel,
        delivery: request.delivery,
        deliveryAddress: request.deliveryAddress ? JSON.stringify(request.deliveryAddress) : null,
        applicantCategory: request.applicantCategory ?? null,
        answers: JSON.stringify(answers),
        fee: JSON.stringify(fee),
        feeTotal: fee.total,
        status: 'submitted',
        submittedAt,
        expectedDate: receipt.expectedDate,
        dueAt: null,
        idempotencyKey: key,
        requestHash,
        receipt: JSON.stringify(receipt),
        applicantName,
        searchText: searchTextOf(dossierCode, applicantName, answers),
      },
      documents: request.documents.flatMap((d): DossierDocumentRow[] =>
        d.byPost ? [{ documentId: d.document, uploadId: null, byPost: true }] : (d.uploads ?? []).map((uploadId) => ({ documentId: d.document, uploadId, byPost: false })),
      ),
      event: {
        at: submittedAt,
        actor: intake ? intake.officer.id : 'citizen',
        actorName: intake?.officer.name ?? null,
        actorRole: intake ? 'receiver' : 'citizen',
        action: 'submit',
        fromStatus: null,
        toStatus: 'submitted',
        toStep: firstStep,
        note: null,
        details: intake ? { counter: true, applicant: intake.applicant } : null,
      },
    });
    services.uploads.attach(uploads.map((u) => u.id), dossierCode);
    if (intake?.receive) {
      const body = intake.postedDocumentsReceived ? { postedDocumentsReceived: intake.postedDocumentsReceived } : {};
      actWithin(services, { code: dossierCode, action: 'receive', actor: { kind: 'officer', officer: intake.officer }, revision: 0, body });
    }
    return { receipt, replayed: false };
  };
  const result = services.commits.run(write).finally(() => services.pendingSubmissions.delete(key));
  services.pendingSubmissions.set(key, { requestHash, result });
  return result;
}

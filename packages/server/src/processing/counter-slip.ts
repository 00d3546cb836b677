import type { FeeBreakdown, LocalText } from '@motcua/core';
import { vietnamDate } from '@motcua/core';
import type { DossierRow } from '../db/dossier-store.js';
import type { Services } from '../services/services.js';
import type { DossierRules } from './dossier-context.js';

/**
 * What the receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả
 * kết quả) prints: the code, the citizen, the procedure, the documents
 * received, the fee, the appointment date and the officer. Built from the
 * stored dossier, so it can be printed again.
 */
export function counterSlip(services: Services, row: DossierRow, rules: DossierRules) {
  const history = services.dossiers.history(row.code);
  const submitted = history.find((e) => e.action === 'submit');
  const received = history.find((e) => e.action === 'receive');
  const given = (submitted?.details?.applicant as Record<string, string> | undefined) ?? { name: row.applicantName ?? '' };
  const officer = received?.actorName ?? submitted?.actorName ?? null;
  const agency = services.agencies.agency(row.agencyId);
  const documents = services.dossiers.documents(row.code).filter((d) => d.supplementId === null || d.supplementId === undefined);
  const byDocument = new Map<string, { files: number; byPost: boolean }>();
  for (const d of documents) {
    const entry = byDocument.get(d.documentId) ?? { files: 0, byPost: false };
    if (d.uploadId) entry.files += 1;
    if (d.byPost) entry.byPost = true;
    byDocument.set(d.documentId, entry);
  }
  const chosen = rules.compiled.definition.cases.find((c) => c.id === row.caseId);
  const nameOf = (id: string): LocalText => rules.effective.documents.find((d) => d.id === id)?.name ?? { vi: id };
  return {
    title: { vi: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', en: 'RECEIPT AND APPOINTMENT SLIP' },
    code: row.code,
    agency: { id: row.agencyId, name: agency?.name ?? { vi: row.agencyId } },
    applicant: given,
    procedure: { code: row.procedureCode, version: row.version, name: rules.compiled.definition.name },
    case: { id: row.caseId, name: chosen?.name ?? { vi: row.caseId } },
    channel: row.channel,
    delivery: row.delivery,
    documents: [...byDocument].map(([id, entry]) => ({ id, name: nameOf(id), ...entry })),
    fee: JSON.parse(row.fee) as FeeBreakdown,
    submittedAt: row.submittedAt,
    receivedAt: row.receivedAt,
    status: row.status,
    appointmentDate: row.dueAt ? vietnamDate(new Date(row.dueAt)) : row.expectedDate,
    officer,
  };
}

import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { procedures } from './catalogue.js';

/** An agency that receives dossiers, as catalogue/agencies holds it. */
export const agencies = sqliteTable('agencies', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  body: text('body').notNull(),
  hash: text('hash').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The web origins of an agency's sites, from which citizens' submissions, uploads and drafts are accepted. */
export const agencyOrigins = sqliteTable(
  'agency_origins',
  {
    origin: text('origin').notNull(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.origin, t.agencyId] })],
);

/** Which agency offers which procedure, with its local overrides (an Offering, as JSON). */
export const offerings = sqliteTable(
  'offerings',
  {
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    procedureCode: text('procedure_code').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.procedureCode] }), index('offerings_procedure').on(t.procedureCode)],
);

/** A document uploaded on its own; its bytes live outside the database, named by their SHA-256. */
export const uploads = sqliteTable(
  'uploads',
  {
    id: text('id').primaryKey(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
    /** The dossier that holds it, once submitted; until then a draft may keep it. */
    dossierCode: text('dossier_code'),
  },
  (t) => [index('uploads_sha256').on(t.sha256), index('uploads_created').on(t.createdAt)],
);

/** Per agency and year, the last sequence number given to a dossier code. */
export const dossierSequences = sqliteTable(
  'dossier_sequences',
  {
    agencyId: text('agency_id').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);

/**
 * A dossier (hồ sơ): filed under an exact procedure version, with the fee and
 * dates the server computed itself. `idempotencyKey` and `requestHash` make a
 * retried submission return the same dossier instead of filing a second one.
 */
export const dossiers = sqliteTable(
  'dossiers',
  {
    code: text('code').primaryKey(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    version: integer('version').notNull(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseId: text('case_id').notNull(),
    channel: text('channel').notNull(),
    delivery: text('delivery').notNull(),
    deliveryAddress: text('delivery_address'),
    applicantCategory: text('applicant_category'),
    answers: text('answers').notNull(),
    fee: text('fee').notNull(),
    feeTotal: integer('fee_total').notNull(),
    status: text('status').notNull(),
    submittedAt: text('submitted_at').notNull(),
    /** The promised date if received complete on submission; the binding due date is set on receipt. */
    expectedDate: text('expected_date'),
    dueAt: text('due_at'),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    receipt: text('receipt').notNull(),
    /** Grows by one with every action: an officer acts only on the revision they saw (If-Match). */
    revision: integer('revision').notNull().default(0),
    /** The id of the procedure step the dossier stands at. */
    stepId: text('step_id'),
    /** The agency holding the dossier now: the one it was filed with unless forwarded to another. */
    holderAgencyId: text('holder_agency_id').references(() => agencies.id),
    /** When it was received complete: the clock starts here. */
    receivedAt: text('received_at'),
    /** The time limit the clock runs on (amount, unit, cut-off), fixed at receipt. */
    serviceLevel: text('service_level'),
    /** Set while a supplement is awaited after receipt: the clock is paused since then. */
    pausedAt: text('paused_at'),
    /** Days added by extensions, in the time limit's unit. */
    extensionDays: integer('extension_days').notNull().default(0),
    resultReadyAt: text('result_ready_at'),
    /** When the result was returned, or the dossier rejected. */
    completedAt: text('completed_at'),
    /** early, on-time or late, judged at completion against the legal due date. */
    timeliness: text('timeliness'),
    returnMethod: text('return_method'),
    resultUploadId: text('result_upload_id'),
    trackingNumber: text('tracking_number'),
    rating: text('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: text('rated_at'),
    applicantName: text('applicant_name'),
    /** Code, applicant and answers folded (no case, no diacritics), for the officers' search. */
    searchText: text('search_text'),
  },
  (t) => [
    uniqueIndex('dossiers_idempotency').on(t.idempotencyKey),
    index('dossiers_agency_status').on(t.agencyId, t.status),
    index('dossiers_submitted').on(t.submittedAt),
    index('dossiers_agency_submitted').on(t.agencyId, t.submittedAt),
    // The officers' inbox: newest first, by status, and the open dossiers by due date (due soon, overdue).
    index('dossiers_holder_submitted').on(t.holderAgencyId, t.submittedAt, t.code),
    index('dossiers_holder_status').on(t.holderAgencyId, t.status, t.submittedAt, t.code),
    index('dossiers_holder_open_due').on(t.holderAgencyId, t.dueAt, t.code).where(sql`${t.status} NOT IN ('returned', 'rejected', 'withdrawn')`),
  ],
);

/** The documents of a dossier: an upload, or a declaration that the paper follows by post. */
export const dossierDocuments = sqliteTable(
  'dossier_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    documentId: text('document_id').notNull(),
    uploadId: text('upload_id').references(() => uploads.id),
    byPost: integer('by_post', { mode: 'boolean' }).notNull(),
    /** The supplement this document answered; null for the documents of the submission. */
    supplementId: integer('supplement_id'),
  },
  (t) => [index('dossier_documents_dossier').on(t.dossierCode)],
);

/** Every change of a dossier's state: who, when, from where to where, and why. */
export const dossierEvents = sqliteTable(
  'dossier_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
    actorName: text('actor_name'),
    /** The step role the officer acted in. */
    actorRole: text('actor_role'),
    fromStep: text('from_step'),
    toStep: text('to_step'),
    /** The agency holding the dossier after the action, when it changed. */
    toAgency: text('to_agency'),
    /** What else the action carried (missing documents, new due date, tracking number…), as JSON. */
    details: text('details'),
  },
  (t) => [index('dossier_events_dossier').on(t.dossierCode)],
);

/** A request for a supplement (yêu cầu bổ sung) and the citizen's answer. */
export const dossierSupplements = sqliteTable(
  'dossier_supplements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    requestedAt: text('requested_at').notNull(),
    requestedBy: text('requested_by').notNull(),
    reason: text('reason').notNull(),
    /** JSON array of the ids of the documents to send again or for the first time. */
    documents: text('documents').notNull(),
    /** JSON array of JSON Pointers into the answers that must be corrected. */
    fields: text('fields').notNull(),
    /** The state the request interrupted, to which the answer returns. */
    statusBefore: text('status_before').notNull(),
    answeredAt: text('answered_at'),
    answeredBy: text('answered_by'),
    /** JSON: the uploads per document and the answers changed. */
    answer: text('answer'),
  },
  (t) => [index('dossier_supplements_dossier').on(t.dossierCode)],
);

/** An apology notice (thư xin lỗi) owed to the citizen for a delay, in both languages. */
export const dossierApologies = sqliteTable(
  'dossier_apologies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    createdAt: text('created_at').notNull(),
    kind: text('kind').notNull(),
    oldDate: text('old_date').notNull(),
    newDate: text('new_date').notNull(),
    reason: text('reason').notNull(),
    textVi: text('text_vi').notNull(),
    textEn: text('text_en').notNull(),
    officerId: text('officer_id').notNull(),
  },
  (t) => [index('dossier_apologies_dossier').on(t.dossierCode)],
);

/** Saved answers and uploads a citizen resumes later, from any device, until they expire. */
export const drafts = sqliteTable(
  'drafts',
  {
    /** SHA-256 of the resume code: the code itself is only ever in the citizen's hands. */
    codeHash: text('code_hash').primaryKey(),
    procedureCode: text('procedure_code').notNull(),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('drafts_expires').on(t.expiresAt)],
);

/** Server-wide values made on first start, such as the key that derives dossier secrets. */
export const settings = sqliteTable('settings', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

import type { DossierAction } from '@motcua/core';
import type { JsonSchema } from '../http/route-spec.js';
import { ID } from '../routes/api-schemas.js';
import { DOCUMENTS_SCHEMA } from '../submission/submission-request.js';

const TEXT = (max: number, description?: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: max, ...(description ? { description } : {}) });
const NOTE = TEXT(2000, 'A note for the dossier’s history.');
const LATE_REASON = TEXT(2000, 'Why the dossier is late; required once it is past its due date, and written into the apology to the citizen.');
const IDS: JsonSchema = { type: 'array', items: ID, maxItems: 200, uniqueItems: true };

/** The documents and corrected answers of a supplement, from the citizen or recorded at the counter. */
export const SUPPLEMENT_ANSWER: JsonSchema = {
  type: 'object',
  properties: {
    documents: DOCUMENTS_SCHEMA,
    answers: { type: 'object', maxProperties: 2000, description: 'Corrected answers: top-level members replace the filed ones; the whole is validated against the version’s form.' },
    note: NOTE,
  },
  additionalProperties: false,
};

const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({ type: 'object', properties, required, additionalProperties: false });

/** The body of each officer action, validated and published in the OpenAPI document. */
export const ACTION_BODIES: Record<Exclude<DossierAction, 'withdraw'>, { summary: string; body: JsonSchema }> = {
  receive: {
    summary: 'Receive the dossier as complete (tiếp nhận): the clock starts and the due date is fixed',
    body: object({ postedDocumentsReceived: { ...IDS, description: 'The documents announced by post whose papers arrived; every one announced must be listed.' }, note: NOTE }),
  },
  forward: {
    summary: 'Forward the dossier to the next step (or a named one), and to another agency when named',
    body: object({ toStep: ID, toAgency: ID, note: NOTE }),
  },
  'request-supplement': {
    summary: 'Ask the citizen for documents or corrected answers (yêu cầu bổ sung): the clock pauses',
    body: object({ reason: TEXT(2000), documents: { ...IDS, description: 'Ids of the procedure’s documents to send.' }, fields: { type: 'array', maxItems: 100, uniqueItems: true, items: { type: 'string', pattern: '^(/[^/]{1,200}){1,10}$' }, description: 'JSON Pointers of the answers to correct.' } }, ['reason']),
  },
  supplement: { summary: 'Record the supplement the citizen brought to the counter: the clock resumes', body: SUPPLEMENT_ANSWER },
  extend: {
    summary: 'Extend the time limit with a reason: a new due date and an apology to the citizen',
    body: object({ days: { type: 'integer', minimum: 1, maximum: 365, description: 'Days added, in the time limit’s own unit.' }, reason: TEXT(2000) }, ['days', 'reason']),
  },
  approve: { summary: 'Approve at the decision step: the result is ready to return', body: object({ note: NOTE }) },
  reject: { summary: 'Reject with a reason (từ chối)', body: object({ reason: TEXT(2000), lateReason: LATE_REASON }, ['reason']) },
  return: {
    summary: 'Return the result: in person, as a file to download, or by post with a tracking number',
    body: object(
      {
        method: { enum: ['in-person', 'online', 'postal'] },
        resultFile: { type: 'string', format: 'uuid', description: 'An uploaded file: the result the citizen downloads (method online).' },
        trackingNumber: { type: 'string', pattern: '^[A-Za-z0-9-]{4,40}$', description: 'The postal item’s number (method postal).' },
        lateReason: LATE_REASON,
        note: NOTE,
      },
      ['method'],
    ),
  },
};

export const RATINGS = ['satisfied', 'acceptable', 'not-satisfied'] as const;

export const RATING_BODY: JsonSchema = object({ rating: { enum: [...RATINGS] }, comment: TEXT(2000) }, ['rating']);
export const WITHDRAW_BODY: JsonSchema = object({ reason: TEXT(2000) });

import { createHash, randomInt } from 'node:crypto';
import { ApiError, notFound } from '../http/api-error.js';
import type { JsonSchema, RouteSpec } from '../http/route-spec.js';
import { SUBMISSION_SCHEMA } from '../submission/submission-request.js';
import { CODE } from './api-schemas.js';
import type { Handler } from './mount-route.js';

/** Long enough to keep a saved draft for a month, short enough to read out at a counter. */
const DRAFT_DAYS = 30;
/** Crockford's base-32: no I, L, O or U to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RESUME_CODE = '^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}-?[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}-?[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}$';

function newResumeCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

function hashOf(code: string): string {
  return createHash('sha256').update(code.replace(/-/g, '').toUpperCase()).digest('hex');
}

const submissionProperties = SUBMISSION_SCHEMA.properties as Record<string, JsonSchema>;
/** What a draft holds: a submission in progress, so nothing in it is required yet but the procedure. */
const DRAFT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: { procedure: CODE, ...submissionProperties },
  required: ['procedure'],
  additionalProperties: false,
};
const RESUME_PARAMS: JsonSchema = { type: 'object', properties: { resumeCode: { type: 'string', pattern: RESUME_CODE } }, required: ['resumeCode'] };
const DRAFT_ANSWER: JsonSchema = {
  type: 'object',
  properties: { resumeCode: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' }, draft: DRAFT_SCHEMA },
  required: ['resumeCode', 'expiresAt', 'draft'],
};

function expiry(now: Date): string {
  return new Date(now.getTime() + DRAFT_DAYS * 86_400_000).toISOString();
}

/** A draft is of a procedure in force, and every upload it keeps exists and is still free, so resuming never meets a missing file. */
function checkDraft(draft: { procedure: string; documents?: { uploads?: string[] }[] }, services: Parameters<Handler>[2]): void {
  if (!services.procedures.versionInForce(draft.procedure, services.now().toISOString())) {
    throw notFound({ vi: `thủ tục “${draft.procedure}” đang có hiệu lực`, en: `A procedure “${draft.procedure}” in force` }, { code: draft.procedure });
  }
  const ids = (draft.documents ?? []).flatMap((d) => d.uploads ?? []);
  const missing = ids.filter((id) => {
    const upload = services.uploads.get(id);
    return !upload || upload.dossierCode !== null;
  });
  if (missing.length > 0) {
    throw new ApiError(422, 'upload-unknown', { vi: 'Bản nháp nhắc tới tệp không còn dùng được; vui lòng tải lại.', en: 'The draft refers to files that can no longer be used; upload them again.' }, { uploads: missing });
  }
}

const createSpec: RouteSpec = {
  method: 'post',
  path: '/api/v1/drafts',
  operationId: 'saveDraft',
  summary: 'Save answers and uploads to continue later, from any device',
  tags: ['submission'],
  body: DRAFT_SCHEMA,
  responses: { 201: { description: 'The resume code (shown to the citizen once) and when the draft expires.', schema: DRAFT_ANSWER } },
};
const readSpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/drafts/:resumeCode',
  operationId: 'getDraft',
  summary: 'Resume a saved draft',
  tags: ['submission'],
  params: RESUME_PARAMS,
  responses: { 200: { description: 'The draft.', schema: DRAFT_ANSWER } },
};
const updateSpec: RouteSpec = {
  method: 'put',
  path: '/api/v1/drafts/:resumeCode',
  operationId: 'updateDraft',
  summary: 'Save a draft again under the same resume code (its expiry starts over)',
  tags: ['submission'],
  params: RESUME_PARAMS,
  body: DRAFT_SCHEMA,
  responses: { 200: { description: 'The saved draft.', schema: DRAFT_ANSWER } },
};
const deleteSpec: RouteSpec = {
  method: 'delete',
  path: '/api/v1/drafts/:resumeCode',
  operationId: 'deleteDraft',
  summary: 'Forget a draft (after submitting it, or on the citizen’s request)',
  tags: ['submission'],
  params: RESUME_PARAMS,
  responses: { 204: { description: 'Forgotten.' } },
};

const draftNotFound = () => notFound({ vi: 'bản nháp với mã này (mã sai, hoặc bản nháp đã hết hạn sau 30 ngày)', en: 'A draft with this code (a wrong code, or a draft past its 30 days)' });

export const draftRoutes: [RouteSpec, Handler][] = [
  [
    createSpec,
    (c, { body }, services) => {
      const draft = body as { procedure: string; documents?: { uploads?: string[] }[] };
      checkDraft(draft, services);
      const now = services.now();
      const resumeCode = newResumeCode();
      const expiresAt = expiry(now);
      services.drafts.put(hashOf(resumeCode), { procedureCode: draft.procedure, body: JSON.stringify(draft), createdAt: now.toISOString(), updatedAt: now.toISOString(), expiresAt });
      return c.json({ resumeCode, expiresAt, draft }, 201, { 'Cache-Control': 'no-store' });
    },
  ],
  [
    readSpec,
    (c, { params }, services) => {
      const stored = services.drafts.get(hashOf(params.resumeCode as string));
      if (!stored || stored.expiresAt <= services.now().toISOString()) throw draftNotFound();
      return c.json({ resumeCode: params.resumeCode, expiresAt: stored.expiresAt, draft: JSON.parse(stored.body) }, 200, { 'Cache-Control': 'no-store' });
    },
  ],
  [
    updateSpec,
    (c, { params, body }, services) => {
      const hash = hashOf(params.resumeCode as string);
      const stored = services.drafts.get(hash);
      const now = services.now();
      if (!stored || stored.expiresAt <= now.toISOString()) throw draftNotFound();
      const draft = body as { procedure: string; documents?: { uploads?: string[] }[] };
      checkDraft(draft, services);
      const expiresAt = expiry(now);
      services.drafts.put(hash, { ...stored, procedureCode: draft.procedure, body: JSON.stringify(draft), updatedAt: now.toISOString(), expiresAt });
      return c.json({ resumeCode: params.resumeCode, expiresAt, draft }, 200, { 'Cache-Control': 'no-store' });
    },
  ],
  [
    deleteSpec,
    (c, { params }, services) => {
      if (!services.drafts.delete(hashOf(params.resumeCode as string))) throw draftNotFound();
      return c.body(null, 204);
    },
  ],
];

import { idempotencyKeyOf } from '../submission/idempotency-key.js';
import type { RouteSpec } from '../http/route-spec.js';
import { submitDossier } from '../submission/submit-dossier.js';
import { SUBMISSION_SCHEMA, type SubmissionRequest } from '../submission/submission-request.js';
import { rulesOf } from '../processing/dossier-context.js';
import { citizenStatusView } from '../processing/dossier-view.js';
import { CODE, DOSSIER_CODE } from './api-schemas.js';
import { citizenDossier, SECRET_QUERY } from './dossier-citizen-routes.js';
import type { Handler } from './mount-route.js';

const submitSpec: RouteSpec = {
  method: 'post',
  path: '/api/v1/procedures/:code/dossiers',
  operationId: 'submitDossier',
  summary: 'Submit a dossier (send an Idempotency-Key header: a retry returns the same receipt)',
  tags: ['submission'],
  params: { type: 'object', properties: { code: CODE }, required: ['code'] },
  body: SUBMISSION_SCHEMA,
  responses: {
    201: { description: 'The receipt, with the dossier code and its secret. A replayed request gets the original receipt and the header Idempotent-Replayed: true.', schema: { type: 'object' } },
  },
};

const trackSpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/dossiers/:code',
  operationId: 'getDossierStatus',
  summary: 'A dossier’s status for the citizen holding its secret: step, clock, what a supplement request asks for, apology notices, the result, the rating and history',
  tags: ['submission'],
  params: { type: 'object', properties: { code: DOSSIER_CODE }, required: ['code'] },
  query: SECRET_QUERY,
  responses: { 200: { description: 'Status, dates, supplement, apologies, result, rating and history.', schema: { type: 'object' } } },
};

export const dossierRoutes: [RouteSpec, Handler][] = [
  [
    submitSpec,
    async (c, { params, body }, services) => {
      const key = idempotencyKeyOf(c);
      const { receipt, replayed } = await submitDossier(services, params.code as string, key, body as SubmissionRequest);
      return c.json(receipt, 201, { Location: `/api/v1/dossiers/${receipt.code}`, 'Cache-Control': 'no-store', ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
    },
  ],
  [
    trackSpec,
    (c, { params, query }, services) => {
      const row = citizenDossier(c, services, params.code as string, query);
      return c.json(citizenStatusView(services, row, rulesOf(services, row)), 200, { 'Cache-Control': 'no-store' });
    },
  ],
];

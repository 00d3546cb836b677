import { ApiError, notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import { submitDossier } from '../submission/submit-dossier.js';
import { SUBMISSION_SCHEMA, type SubmissionRequest } from '../submission/submission-request.js';
import { CODE } from './api-schemas.js';
import type { Handler } from './mount-route.js';

const DOSSIER_CODE = { type: 'string', pattern: '^[A-Z0-9]{2,12}-[0-9]{4}-[0-9]{6,}$' };

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
  summary: 'A dossier’s status and history, for the citizen holding its secret',
  tags: ['submission'],
  params: { type: 'object', properties: { code: DOSSIER_CODE }, required: ['code'] },
  query: { type: 'object', properties: { secret: { type: 'string', minLength: 1, maxLength: 100, description: 'The secret of the receipt; the X-Dossier-Secret header may carry it instead.' } }, additionalProperties: false },
  responses: { 200: { description: 'Status, dates and history.', schema: { type: 'object' } } },
};

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

export const dossierRoutes: [RouteSpec, Handler][] = [
  [
    submitSpec,
    async (c, { params, body }, services) => {
      const key = c.req.header('idempotency-key');
      if (!key || !IDEMPOTENCY_KEY.test(key)) {
        throw new ApiError(400, 'idempotency-key-required', {
          vi: 'Cần tiêu đề Idempotency-Key (8–200 ký tự chữ, số, “-”, “_”, “.”, “:”) để một lần gửi lại không tạo hồ sơ thứ hai.',
          en: 'An Idempotency-Key header (8–200 letters, digits, “-”, “_”, “.”, “:”) is required, so that a retry never files a second dossier.',
        });
      }
      const { receipt, replayed } = await submitDossier(services, params.code as string, key, body as SubmissionRequest);
      return c.json(receipt, 201, { Location: `/api/v1/dossiers/${receipt.code}`, 'Cache-Control': 'no-store', ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
    },
  ],
  [
    trackSpec,
    (c, { params, query }, services) => {
      const code = params.code as string;
      const secret = (query.secret as string | undefined) ?? c.req.header('x-dossier-secret') ?? '';
      const dossier = services.dossiers.get(code);
      // An unknown code and a wrong secret look the same, so codes cannot be probed.
      if (!dossier || !services.secrets.verify(code, secret)) throw notFound({ vi: `hồ sơ “${code}” với mã bí mật này`, en: `A dossier “${code}” with this secret` });
      const receipt = JSON.parse(dossier.receipt);
      return c.json(
        {
          code,
          status: dossier.status,
          procedure: receipt.procedure,
          agency: receipt.agency,
          submittedAt: dossier.submittedAt,
          expectedDate: dossier.expectedDate,
          dueAt: dossier.dueAt,
          history: services.dossiers.history(code).map(({ at, action, toStatus, note }) => ({ at, action, status: toStatus, note })),
        },
        200,
        { 'Cache-Control': 'no-store' },
      );
    },
  ],
];

import type { Context } from 'hono';
import type { DossierRow } from '../db/dossier-store.js';
import { notFound } from '../http/api-error.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { RouteSpec } from '../http/route-spec.js';
import { RATING_BODY, SUPPLEMENT_ANSWER, WITHDRAW_BODY, type RATINGS } from '../processing/action-schemas.js';
import { rulesOf } from '../processing/dossier-context.js';
import { act } from '../processing/dossier-processing.js';
import { citizenStatusView } from '../processing/dossier-view.js';
import { rateDossier } from '../processing/rating.js';
import type { Services } from '../services/services.js';
import { DOSSIER_CODE } from './api-schemas.js';
import type { Handler } from './mount-route.js';

const PARAMS = { type: 'object', properties: { code: DOSSIER_CODE }, required: ['code'] };
export const SECRET_QUERY = {
  type: 'object',
  properties: { secret: { type: 'string', minLength: 1, maxLength: 100, description: 'The secret of the receipt; the X-Dossier-Secret header may carry it instead.' } },
  additionalProperties: false,
};

/** The dossier whose code and secret the citizen gave; an unknown code and a wrong secret look the same, so codes cannot be probed. */
export function citizenDossier(c: Context, services: Services, code: string, query: Record<string, unknown>): DossierRow {
  const secret = (query.secret as string | undefined) ?? c.req.header('x-dossier-secret') ?? '';
  const dossier = services.dossiers.get(code);
  if (!dossier || !services.secrets.verify(code, secret)) throw notFound({ vi: `hồ sơ “${code}” với mã bí mật này`, en: `A dossier “${code}” with this secret` });
  return dossier;
}

const spec = (path: string, operationId: string, summary: string, body: Record<string, unknown>): RouteSpec => ({
  method: 'post',
  path: `/api/v1/dossiers/:code/${path}`,
  operationId,
  summary,
  tags: ['submission'],
  params: PARAMS,
  query: SECRET_QUERY,
  body,
  responses: { 200: { description: 'The dossier’s status as the citizen sees it.', schema: { type: 'object' } } },
});

function statusOf(c: Context, services: Services, row: DossierRow) {
  return c.json(citizenStatusView(services, row, rulesOf(services, row)), 200, { 'Cache-Control': 'no-store' });
}

const resultSpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/dossiers/:code/result',
  operationId: 'downloadDossierResult',
  summary: 'The result file of a dossier returned online, for the citizen holding its secret',
  tags: ['submission'],
  params: PARAMS,
  query: SECRET_QUERY,
  responses: { 200: { description: 'The file.', contentType: 'application/octet-stream' } },
};

export const dossierCitizenRoutes: [RouteSpec, Handler][] = [
  [
    spec('supplement', 'answerSupplement', 'Answer a supplement request: the documents and corrected answers asked for (uploads from POST /api/v1/uploads); the clock resumes', SUPPLEMENT_ANSWER),
    (c, { params, query, body }, services) => {
      const row = citizenDossier(c, services, params.code as string, query);
      return statusOf(c, services, act(services, { code: row.code, action: 'supplement', actor: { kind: 'citizen' }, body: body as Record<string, unknown> }));
    },
  ],
  [
    spec('rating', 'rateDossier', 'Rate the service once the result is returned: satisfied, acceptable or not satisfied, with a comment; once only (409 the second time)', RATING_BODY),
    (c, { params, query, body }, services) => {
      const row = citizenDossier(c, services, params.code as string, query);
      const { rating, comment } = body as { rating: (typeof RATINGS)[number]; comment?: string };
      return statusOf(c, services, rateDossier(services, row, rating, comment));
    },
  ],
  [
    spec('withdraw', 'withdrawDossier', 'Withdraw a dossier not yet received', WITHDRAW_BODY),
    (c, { params, query, body }, services) => {
      const row = citizenDossier(c, services, params.code as string, query);
      return statusOf(c, services, act(services, { code: row.code, action: 'withdraw', actor: { kind: 'citizen' }, body: body as Record<string, unknown> }));
    },
  ],
  [
    resultSpec,
    (c, { params, query }, services) => {
      const row = citizenDossier(c, services, params.code as string, query);
      const upload = row.resultUploadId ? services.uploads.get(row.resultUploadId) : undefined;
      if (!upload) throw notFound({ vi: 'tệp kết quả của hồ sơ này', en: 'A result file of this dossier' });
      const bytes = services.files.read(upload.sha256);
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': upload.mime,
        'Content-Disposition': contentDisposition('attachment', upload.name),
        'Cache-Control': 'no-store',
      });
    },
  ],
];

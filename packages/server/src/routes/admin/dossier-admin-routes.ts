import { DOSSIER_STATES } from '@motcua/core';
import { requireAgency } from '../../auth/authenticate.js';
import { notFound } from '../../http/api-error.js';
import type { RouteSpec } from '../../http/route-spec.js';
import type { DossierRow } from '../../db/dossier-store.js';
import { ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';

const OFFICERS = ['admin', 'agency-officer'] as const;

const list: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/agencies/:id/dossiers',
  operationId: 'listAgencyDossiers',
  summary: 'An agency’s dossiers, newest first',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { id: ID }, required: ['id'] },
  query: { type: 'object', properties: { status: { enum: [...DOSSIER_STATES] }, limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 }, offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 } }, additionalProperties: false },
  responses: { 200: { description: 'A page of dossiers.', schema: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } }, required: ['items', 'total', 'limit', 'offset'] } } },
};
const detail: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/dossiers/:code',
  operationId: 'getDossier',
  summary: 'A dossier in full: answers, documents, fee, dates and history',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { code: { type: 'string', pattern: '^[A-Z0-9]{2,12}-[0-9]{4}-[0-9]{6,}$' } }, required: ['code'] },
  responses: { 200: { description: 'The dossier.', schema: { type: 'object' } } },
};

function summary(row: DossierRow) {
  return {
    code: row.code,
    procedure: { code: row.procedureCode, version: row.version },
    agency: row.agencyId,
    case: row.caseId,
    channel: row.channel,
    delivery: row.delivery,
    status: row.status,
    submittedAt: row.submittedAt,
    expectedDate: row.expectedDate,
    dueAt: row.dueAt,
    feeTotal: row.feeTotal,
  };
}

export const dossierAdminRoutes: [RouteSpec, Handler][] = [
  [
    list,
    (c, { params, query, auth }, services) => {
      const agency = params.id as string;
      if (auth) requireAgency(auth, agency);
      const limit = (query.limit as number | undefined) ?? 50;
      const offset = (query.offset as number | undefined) ?? 0;
      const page = services.dossiers.listForAgency(agency, query.status as string | undefined, limit, offset);
      return c.json({ items: page.items.map(summary), total: page.total, limit, offset });
    },
  ],
  [
    detail,
    (c, { params, auth }, services) => {
      const row = services.dossiers.get(params.code as string);
      if (!row) throw notFound({ vi: `hồ sơ “${String(params.code)}”`, en: `Dossier “${String(params.code)}”` });
      if (auth) requireAgency(auth, row.agencyId);
      return c.json({
        ...summary(row),
        applicantCategory: row.applicantCategory,
        deliveryAddress: row.deliveryAddress ? JSON.parse(row.deliveryAddress) : null,
        answers: JSON.parse(row.answers),
        fee: JSON.parse(row.fee),
        documents: services.dossiers.documents(row.code).map((d) => ({ ...d, upload: d.uploadId ? services.uploads.get(d.uploadId) : null })),
        history: services.dossiers.history(row.code),
      });
    },
  ],
];

import { DOSSIER_STATES, foldVietnamese, workingDaysAhead } from '@motcua/core';
import { requireAgency } from '../../auth/authenticate.js';
import type { DossierRow } from '../../db/dossier-store.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { contentDisposition } from '../../http/content-disposition.js';
import type { RouteSpec } from '../../http/route-spec.js';
import { counterSlip } from '../../processing/counter-slip.js';
import { rulesOf } from '../../processing/dossier-context.js';
import { availableActions } from '../../processing/dossier-processing.js';
import { clockView, ratingView, resultView, stepView, summaryView, supplementView } from '../../processing/dossier-view.js';
import type { Services } from '../../services/services.js';
import { CHANNEL, CODE, DOSSIER_CODE, ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';

export const OFFICERS = ['admin', 'agency-officer'] as const;

const list: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/agencies/:id/dossiers',
  operationId: 'listAgencyDossiers',
  summary: 'The agency’s inbox: the dossiers it holds (filed with it, or forwarded to it), by status, step, channel, procedure, due soon, overdue or search',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { id: ID }, required: ['id'] },
  query: {
    type: 'object',
    properties: {
      status: { enum: [...DOSSIER_STATES] },
      step: ID,
      channel: CHANNEL,
      procedure: CODE,
      q: { type: 'string', minLength: 1, maxLength: 100, description: 'Part of the code, the applicant’s name or an answer; case and diacritics ignored.' },
      dueWithin: { type: 'integer', minimum: 0, maximum: 60, description: 'Open dossiers due by the close of office of the N-th working day from today, not yet overdue.' },
      overdue: { type: 'boolean', description: 'Open dossiers past their due date.' },
      sort: { enum: ['submitted', 'due'], default: 'submitted', description: 'Newest first, or soonest due first.' },
      limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
      offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
    },
    additionalProperties: false,
  },
  responses: { 200: { description: 'A page of dossiers.', schema: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } }, required: ['items', 'total', 'limit', 'offset'] } } },
};
const detail: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/dossiers/:code',
  operationId: 'getDossier',
  summary: 'A dossier in full: answers, documents, fee, step, clock, supplements, apologies, rating, history, and the actions open to you (ETag: its revision, for If-Match)',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { code: DOSSIER_CODE }, required: ['code'] },
  responses: { 200: { description: 'The dossier.', schema: { type: 'object' } } },
};
const slip: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/dossiers/:code/slip',
  operationId: 'getDossierSlip',
  summary: 'The receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả), to print again',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { code: DOSSIER_CODE }, required: ['code'] },
  responses: { 200: { description: 'What the slip prints.', schema: { type: 'object' } } },
};

const file: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/dossiers/:code/files/:upload',
  operationId: 'getDossierFile',
  summary: 'A file of the dossier (a document, a supplement’s or the result), for the officers of its agencies to view',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { code: DOSSIER_CODE, upload: { type: 'string', format: 'uuid' } }, required: ['code', 'upload'] },
  responses: { 200: { description: 'The file, with its type.', contentType: 'application/octet-stream' } },
};

/** A dossier an officer may read: a member of the agency it was filed with or of the one holding it. */
export function readableDossier(services: Services, code: string, auth: Parameters<typeof requireAgency>[0] | undefined): DossierRow {
  const row = services.dossiers.get(code);
  if (!row) throw notFound({ vi: `hồ sơ “${code}”`, en: `Dossier “${code}”` });
  if (auth) {
    try {
      requireAgency(auth, row.agencyId);
    } catch {
      requireAgency(auth, row.holderAgencyId ?? row.agencyId);
    }
  }
  return row;
}

export const dossierAdminRoutes: [RouteSpec, Handler][] = [
  [
    list,
    (c, { params, query, auth }, services) => {
      const agency = params.id as string;
      if (auth) requireAgency(auth, agency);
      const limit = (query.limit as number | undefined) ?? 50;
      const offset = (query.offset as number | undefined) ?? 0;
      const now = services.now();
      const dueWithin = query.dueWithin as number | undefined;
      let dueUntil: string | undefined;
      if (dueWithin !== undefined) {
        const calendar = services.calendars.get(services.agencies.agency(agency)?.calendar ?? 'vn');
        if (!calendar) throw new ApiError(422, 'calendar-missing', { vi: 'Cơ quan chưa có lịch làm việc.', en: 'The agency has no working calendar.' }, { agency });
        dueUntil = workingDaysAhead(calendar, now, dueWithin).toISOString();
      }
      const page = services.inbox.list({
        agencyId: agency,
        ...(query.status ? { status: query.status as string } : {}),
        ...(query.step ? { step: query.step as string } : {}),
        ...(query.channel ? { channel: query.channel as string } : {}),
        ...(query.procedure ? { procedure: query.procedure as string } : {}),
        ...(query.q ? { search: foldVietnamese(query.q as string) } : {}),
        ...(dueUntil ? { dueFrom: now.toISOString(), dueUntil } : {}),
        ...(query.overdue === true ? { dueBefore: now.toISOString() } : {}),
        sort: (query.sort as 'submitted' | 'due' | undefined) ?? 'submitted',
        limit,
        offset,
      });
      return c.json({ items: page.items.map(summaryView), total: page.total, limit, offset });
    },
  ],
  [
    detail,
    (c, { params, auth }, services) => {
      const row = readableDossier(services, params.code as string, auth);
      const rules = rulesOf(services, row);
      const supplements = services.supplements.supplements(row.code);
      const actor = auth ? { kind: 'officer' as const, officer: auth.officer } : undefined;
      return c.json(
        {
          ...summaryView(row),
          applicantCategory: row.applicantCategory,
          deliveryAddress: row.deliveryAddress ? JSON.parse(row.deliveryAddress) : null,
          answers: JSON.parse(row.answers),
          fee: JSON.parse(row.fee),
          documents: services.dossiers.documents(row.code).map((d) => ({ ...d, upload: d.uploadId ? services.uploads.get(d.uploadId) : null })),
          step: stepView(rules),
          clock: clockView(row, rules, supplements, services.now()),
          supplements: supplements.map((s) => supplementView(row, rules, s)),
          apologies: services.supplements.apologies(row.code),
          result: resultView(row),
          rating: ratingView(row),
          history: services.dossiers.history(row.code),
          actions: actor ? availableActions(services, row, actor) : [],
        },
        200,
        { ETag: `"${row.revision}"`, 'Cache-Control': 'no-store' },
      );
    },
  ],
  [
    file,
    (c, { params, auth }, services) => {
      const row = readableDossier(services, params.code as string, auth);
      const upload = services.uploads.get(params.upload as string);
      // Only the dossier's own files: an upload id alone opens nothing.
      if (!upload || upload.dossierCode !== row.code) throw notFound({ vi: 'tệp này trong hồ sơ', en: 'This file of the dossier' });
      return c.body(new Uint8Array(services.files.read(upload.sha256)), 200, {
        'Content-Type': upload.mime,
        'Content-Disposition': contentDisposition('inline', upload.name),
        'Cache-Control': 'private, no-store',
      });
    },
  ],
  [
    slip,
    (c, { params, auth }, services) => {
      const row = readableDossier(services, params.code as string, auth);
      return c.json(counterSlip(services, row, rulesOf(services, row)), 200, { 'Cache-Control': 'no-store' });
    },
  ],
];

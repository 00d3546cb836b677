import { DOSSIER_STATES } from '@motcua/core';
import { localeOf } from '../../http/error-handler.js';
import type { JsonSchema, RouteSpec } from '../../http/route-spec.js';
import { csvHeaders } from '../../statistics/csv.js';
import { dossierExport } from '../../statistics/dossier-export.js';
import { metricsOf, ranked } from '../../statistics/statistics-report.js';
import { statisticsCsv } from '../../statistics/statistics-csv.js';
import { periodOf } from '../../statistics/statistics-period.js';
import { agencyScope, checkProcedure, namesOf, statisticsSums, type StatisticsRequest } from '../../statistics/statistics-query.js';
import { CODE, ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';
import type { ValidRequest } from '../../http/request-validator.js';
import type { Services } from '../../services/services.js';
import { OFFICERS } from './dossier-admin-routes.js';

const DATE: JsonSchema = { type: 'string', description: 'A local Vietnamese date, YYYY-MM-DD; `from` and `to` are inclusive and at most 366 days apart (400 invalid-period otherwise).' };
const PERIOD_QUERY = {
  from: DATE,
  to: DATE,
  agency: { ...ID, description: 'One agency (403 if you are not a member of it); without it, all of yours (every agency for an admin).' },
  procedure: CODE,
  lang: { enum: ['vi', 'en'], description: 'The language of the CSV header row and of error messages; Accept-Language otherwise.' },
};
const count: JsonSchema = { type: 'integer', minimum: 0 };
const fraction: JsonSchema = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const METRICS: JsonSchema = {
  received: { type: 'object', properties: { inPerson: count, online: count, postal: count, total: count }, description: 'Dossiers filed in the period, by channel.' },
  onlineShare: fraction,
  resolved: { type: 'object', properties: { early: count, onTime: count, late: count, total: count }, description: 'Results returned in the period, by timeliness.' },
  onTimeRate: fraction,
  rejected: count,
  overdueNow: { ...count, description: 'Open dossiers past their due date now, whatever the period.' },
  averageProcessingDays: { type: ['number', 'null'], description: 'Mean calendar days from receipt to return, over the results returned in the period.' },
  satisfaction: { type: 'object', properties: { satisfied: count, acceptable: count, unsatisfied: count, rated: count, satisfiedShare: fraction } },
};
const NAME: JsonSchema = { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } }, required: ['vi'] };
const group = (key: string): JsonSchema => ({ type: 'array', items: { type: 'object', properties: { [key]: { type: 'string' }, ...(key === 'month' ? {} : { name: NAME }), ...METRICS } } });

const statistics: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/statistics',
  operationId: 'getStatistics',
  summary: 'Statistics for a period: received by channel, share online, resolved early / on time / late, on-time rate, rejected, overdue now, average processing days, satisfaction; in total, per agency, per procedure and per month',
  tags: ['statistics'],
  auth: OFFICERS,
  query: { type: 'object', properties: PERIOD_QUERY, required: ['from', 'to'], additionalProperties: false },
  responses: {
    200: {
      description: 'The statistics; byAgency and byProcedure by received, most first; byMonth every month of the period.',
      schema: {
        type: 'object',
        properties: {
          period: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } },
          filters: { type: 'object', properties: { agency: { type: ['string', 'null'] }, procedure: { type: ['string', 'null'] } } },
          totals: { type: 'object', properties: METRICS },
          byAgency: group('agency'),
          byProcedure: group('procedure'),
          byMonth: group('month'),
        },
        required: ['period', 'filters', 'totals', 'byAgency', 'byProcedure', 'byMonth'],
      },
    },
  },
};
const statisticsCsvSpec: RouteSpec = {
  ...statistics,
  path: '/api/v1/admin/statistics.csv',
  operationId: 'getStatisticsCsv',
  summary: 'The same statistics as CSV (UTF-8 with a BOM, for Excel): one row per agency × procedure with every metric, the header row in the asker’s language',
  responses: { 200: { description: 'The CSV file.', contentType: 'text/csv', schema: { type: 'string' } } },
};
const dossiersCsv: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/dossiers.csv',
  operationId: 'exportDossiersCsv',
  summary: 'The dossiers filed in a period as CSV (code, procedure, agency, channel, status, submitted, received, due, completed, timeliness, fee, rating), streamed',
  tags: ['statistics'],
  auth: OFFICERS,
  query: { type: 'object', properties: { ...PERIOD_QUERY, status: { enum: [...DOSSIER_STATES] } }, required: ['from', 'to'], additionalProperties: false },
  responses: { 200: { description: 'The CSV file (UTF-8 with a BOM), oldest first; times in Vietnamese local time.', contentType: 'text/csv', schema: { type: 'string' } } },
};

/** The checked request: the period, then the agency (403 before 404), then the procedure. */
function requestOf({ query, auth }: ValidRequest, services: Services): { request: StatisticsRequest; scope: string[] | undefined } {
  if (!auth) throw new Error('officer routes are authenticated');
  const period = periodOf(query.from as string, query.to as string);
  const agency = query.agency as string | undefined;
  const procedure = query.procedure as string | undefined;
  const scope = agencyScope(services, auth, agency);
  checkProcedure(services, procedure);
  return { request: { period, ...(agency ? { agency } : {}), ...(procedure ? { procedure } : {}) }, scope };
}

const fileName = (kind: string, r: StatisticsRequest) => `${kind}-${r.agency ? `${r.agency}-` : ''}${r.procedure ? `${r.procedure}-` : ''}${r.period.from}-${r.period.to}.csv`;

export const statisticsRoutes: [RouteSpec, Handler][] = [
  [
    statistics,
    (c, valid, services) => {
      const { request, scope } = requestOf(valid, services);
      const sums = statisticsSums(services, scope, request);
      const names = namesOf(services, [...sums.byProcedure.keys()]);
      return c.json(
        {
          period: request.period,
          filters: { agency: request.agency ?? null, procedure: request.procedure ?? null },
          totals: metricsOf(sums.total),
          byAgency: ranked(sums.byAgency, 'agency', names.agency),
          byProcedure: ranked(sums.byProcedure, 'procedure', names.procedure),
          byMonth: [...sums.byMonth].map(([month, s]) => ({ month, ...metricsOf(s) })),
        },
        200,
        { 'Cache-Control': 'no-store' },
      );
    },
  ],
  [
    statisticsCsvSpec,
    (c, valid, services) => {
      const { request, scope } = requestOf(valid, services);
      const sums = statisticsSums(services, scope, request, true);
      const csv = statisticsCsv(sums, namesOf(services, [...sums.byProcedure.keys()]), localeOf(c));
      return c.body(csv, 200, csvHeaders(fileName('thong-ke', request)));
    },
  ],
  [
    dossiersCsv,
    (c, valid, services) => {
      const { request, scope } = requestOf(valid, services);
      const status = valid.query.status as string | undefined;
      const stream = dossierExport(services.db, { period: request.period, ...(scope ? { agencies: scope } : {}), ...(request.procedure ? { procedure: request.procedure } : {}), ...(status ? { status } : {}) }, localeOf(c));
      return c.body(stream, 200, csvHeaders(fileName('ho-so', request)));
    },
  ],
];

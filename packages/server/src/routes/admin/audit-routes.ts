import type { RouteSpec } from '../../http/route-spec.js';
import type { Handler } from '../mount-route.js';

const audit: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/audit',
  operationId: 'listAudit',
  summary: 'The audit log of officer actions, newest first',
  tags: ['officers'],
  auth: ['admin'],
  query: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 }, offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 } }, additionalProperties: false },
  responses: { 200: { description: 'Entries.', schema: { type: 'object', properties: { items: { type: 'array' } }, required: ['items'] } } },
};

export const auditRoutes: [RouteSpec, Handler][] = [
  [audit, (c, { query }, services) => c.json({ items: services.audit.list((query.limit as number | undefined) ?? 100, (query.offset as number | undefined) ?? 0) })],
];

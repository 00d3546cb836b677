import { sql } from 'drizzle-orm';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

const health: RouteSpec = {
  method: 'get',
  path: '/healthz',
  operationId: 'health',
  summary: 'Whether the server can reach its database',
  tags: ['operations'],
  responses: {
    200: { description: 'The database answers.', schema: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] } },
    503: { description: 'The database does not answer.' },
  },
};

export const healthRoutes: [RouteSpec, Handler][] = [
  [
    health,
    (c, _request, { db }) => {
      try {
        db.get(sql`SELECT 1`);
      } catch {
        return c.json({ error: { code: 'database-unavailable', message: 'The database does not answer.', details: null } }, 503);
      }
      return c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' });
    },
  ],
];

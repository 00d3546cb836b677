import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

const calendarSpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/calendars/:id',
  operationId: 'getCalendar',
  summary: 'A working-day calendar with the calendars it extends',
  tags: ['catalogue'],
  params: { type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$' } }, required: ['id'] },
  responses: {
    200: {
      description: 'The calendar files, the requested one first, so a client can compute a promised date itself with resolveCalendar.',
      schema: { type: 'object', properties: { id: { type: 'string' }, files: { type: 'array', items: { type: 'object' } } }, required: ['id', 'files'] },
    },
    304: { description: 'Not modified.' },
  },
};

export const calendarRoutes: [RouteSpec, Handler][] = [
  [
    calendarSpec,
    (c, { params }, { catalogue }) => {
      const id = params.id as string;
      const chain = catalogue.calendarChain(id);
      if (!chain) throw notFound({ vi: `lịch “${id}”`, en: `Calendar “${id}”` }, { id });
      const etag = `"${chain.map((entry) => entry.hash.slice(0, 16)).join('-')}"`;
      const headers = { ETag: etag, 'Cache-Control': 'public, max-age=3600' };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      return c.json({ id, files: chain.map((entry) => entry.file) }, 200, headers);
    },
  ],
];

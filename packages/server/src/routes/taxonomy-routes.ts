import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

const taxonomySpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/taxonomy',
  operationId: 'getTaxonomy',
  summary: 'The tiers and sectors procedures are filed under, with their names, for catalogue filters',
  tags: ['catalogue'],
  responses: {
    200: {
      description: 'Tiers (with the dates they were in force) and sectors.',
      schema: { type: 'object', properties: { tiers: { type: 'array' }, sectors: { type: 'array' } }, required: ['tiers', 'sectors'] },
    },
  },
};

export const taxonomyRoutes: [RouteSpec, Handler][] = [
  [
    taxonomySpec,
    (c, _request, { catalogue }) => {
      const taxonomy = catalogue.taxonomy();
      if (!taxonomy) throw notFound({ vi: 'danh mục cấp và lĩnh vực (chưa nạp danh mục)', en: 'The tiers and sectors (no catalogue loaded)' });
      return c.json(taxonomy, 200, { 'Cache-Control': 'public, max-age=3600' });
    },
  ],
];

import type { Context } from 'hono';
import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import { sha256, type StoredVersion } from '../db/procedure-store.js';
import { CHANNEL, CODE, ID, PROCEDURE_SUMMARY, PUBLISHED_VERSION } from './api-schemas.js';
import type { Handler } from './mount-route.js';

const list: RouteSpec = {
  method: 'get',
  path: '/api/v1/procedures',
  operationId: 'listProcedures',
  summary: 'Search and browse the procedures in force',
  tags: ['catalogue'],
  query: {
    type: 'object',
    properties: {
      q: { type: 'string', maxLength: 200, description: 'Words to find, with or without Vietnamese diacritics; never query syntax.' },
      sector: ID,
      tier: ID,
      online: { type: 'string', enum: ['none', 'partial', 'full'] },
      channel: CHANNEL,
      agency: { ...ID, description: 'Only procedures this agency offers.' },
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    },
    additionalProperties: false,
  },
  responses: {
    200: {
      description: 'A page of procedures and how many match in all.',
      schema: {
        type: 'object',
        properties: { items: { type: 'array', items: PROCEDURE_SUMMARY }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
        required: ['items', 'total', 'limit', 'offset'],
      },
    },
  },
};

const inForce: RouteSpec = {
  method: 'get',
  path: '/api/v1/procedures/:code',
  operationId: 'getProcedure',
  summary: 'The version of a procedure in force now',
  tags: ['catalogue'],
  params: { type: 'object', properties: { code: CODE }, required: ['code'] },
  responses: {
    200: {
      description: 'The latest published version whose effective date has come, and the agencies that offer it with their local overrides.',
      schema: {
        ...PUBLISHED_VERSION,
        properties: { ...(PUBLISHED_VERSION.properties as object), offerings: { type: 'array', items: { type: 'object', properties: { agency: { type: 'object' }, offering: { type: 'object' } }, required: ['agency', 'offering'] } } },
        required: [...(PUBLISHED_VERSION.required as string[]), 'offerings'],
      },
    },
    304: { description: 'Not modified.' },
  },
};

const exact: RouteSpec = {
  method: 'get',
  path: '/api/v1/procedures/:code/versions/:version',
  operationId: 'getProcedureVersion',
  summary: 'An exact published version (immutable)',
  tags: ['catalogue'],
  params: { type: 'object', properties: { code: CODE, version: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' } }, required: ['code', 'version'] },
  responses: { 200: { description: 'The version; it never changes, so it is cached for a year.', schema: PUBLISHED_VERSION }, 304: { description: 'Not modified.' } },
};

const validatorSpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/procedures/:code/versions/:version/validator.js',
  operationId: 'getValidatorModule',
  summary: 'The version’s browser validator module (an ES module: validateAnswers, one predicate per condition and one per `if` of the form)',
  tags: ['catalogue'],
  params: exact.params as RouteSpec['params'],
  responses: {
    200: {
      description: 'A self-contained ES module built with the server’s ajv options, of core’s `ValidatorModule` shape (`moduleFormat` 2: with `schemaPredicates`, one per `if` of the form); immutable. Built at publication; one stored in an older format is rebuilt before it is served.',
      contentType: 'text/javascript',
      schema: { type: 'string' },
    },
    304: { description: 'Not modified.' },
  },
};

/**
 * The body is assembled around the stored text rather than re-serialised,
 * so every response of a version is the same bytes and its ETag is strong.
 */
function versionResponse(c: Context, stored: StoredVersion, cacheControl: string, extra?: Record<string, unknown>): Response {
  const envelope = JSON.stringify({ code: stored.code, version: stored.version, effectiveFrom: stored.effectiveFrom, publishedAt: stored.publishedAt, ...extra });
  const body = `${envelope.slice(0, -1)},"definition":${stored.definitionText}}`;
  const etag = `"${extra ? sha256(body) : stored.hash}"`;
  const headers = { ETag: etag, 'Cache-Control': cacheControl };
  if (c.req.header('if-none-match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
}

export const procedureRoutes: [RouteSpec, Handler][] = [
  [
    validatorSpec,
    async (c, { params }, { validatorModules }) => {
      const source = await validatorModules.source(params.code as string, Number(params.version));
      if (!source) throw notFound({ vi: `bộ kiểm tra của thủ tục “${String(params.code)}” phiên bản ${String(params.version)}`, en: `The validator of “${String(params.code)}” version ${String(params.version)}` });
      const etag = `"${sha256(source)}"`;
      const headers = { ETag: etag, 'Cache-Control': 'public, max-age=31536000, immutable' };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      return c.body(source, 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
    },
  ],
  [
    list,
    (c, { query }, { search, now }) => {
      const limit = (query.limit as number | undefined) ?? 20;
      const offset = (query.offset as number | undefined) ?? 0;
      const page = search.find({
        ...(query.q ? { text: query.q as string } : {}),
        ...(query.sector ? { sector: query.sector as string } : {}),
        ...(query.tier ? { tier: query.tier as string } : {}),
        ...(query.online ? { onlineLevel: query.online as string } : {}),
        ...(query.channel ? { channel: query.channel as string } : {}),
        ...(query.agency ? { agency: query.agency as string } : {}),
        now: now().toISOString(),
        limit,
        offset,
      });
      return c.json({ ...page, limit, offset }, 200, { 'Cache-Control': 'public, max-age=60' });
    },
  ],
  [
    inForce,
    (c, { params }, { procedures, agencies, now }) => {
      const ref = procedures.versionInForce(params.code as string, now().toISOString());
      const stored = ref && procedures.version(ref.code, ref.version);
      if (!stored) throw notFound({ vi: `thủ tục “${String(params.code)}” đang có hiệu lực`, en: `A procedure “${String(params.code)}” in force` }, { code: params.code });
      return versionResponse(c, stored, 'public, max-age=60', { offerings: agencies.offeringsOf(stored.code) });
    },
  ],
  [
    exact,
    (c, { params }, { procedures }) => {
      const stored = procedures.version(params.code as string, Number(params.version));
      if (!stored) throw notFound({ vi: `phiên bản ${String(params.version)} của thủ tục “${String(params.code)}”`, en: `Version ${String(params.version)} of “${String(params.code)}”` }, { code: params.code, version: Number(params.version) });
      return versionResponse(c, stored, 'public, max-age=31536000, immutable');
    },
  ],
];

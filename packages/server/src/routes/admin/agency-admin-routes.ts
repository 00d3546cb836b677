import { createDefinitionAjv, localizeErrors, validateOffering, type AgencyFile, type Offering, type ValidationIssue } from '@motcua/core';
import type { ValidateFunction } from 'ajv';
import { requireAgency } from '../../auth/authenticate.js';
import { ApiError, notFound } from '../../http/api-error.js';
import type { JsonSchema, RouteSpec } from '../../http/route-spec.js';
import type { ValidRequest } from '../../http/request-validator.js';
import type { Services } from '../../services/services.js';
import { CODE, ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';

const AGENCY_PARAMS = { type: 'object', properties: { id: ID }, required: ['id'] };
/** The agency schema's own rule for an origin, so a route never stores what a PUT of the agency would refuse. */
const ORIGIN: JsonSchema = { type: 'string', pattern: '^https?://[a-z0-9.-]+(:[0-9]{1,5})?$', maxLength: 200, description: 'A web origin: scheme, host and port, as browsers send it in `Origin`.' };
const MAX_ORIGINS = 20;
const ORIGINS: JsonSchema = { type: 'object', properties: { origins: { type: 'array', items: { type: 'string' } } }, required: ['origins'] };
/** Who may change an agency's sites and offerings: an admin, or an officer of that agency. */
const AGENCY_MANAGERS = ['admin', 'agency-officer'] as const;

const addOrigin: RouteSpec = {
  method: 'post',
  path: '/api/v1/admin/agencies/:id/origins',
  operationId: 'addAgencyOrigin',
  summary: 'Allow one more of the agency’s sites to embed its forms (adding one already there changes nothing)',
  tags: ['agencies'],
  auth: AGENCY_MANAGERS,
  params: AGENCY_PARAMS,
  body: { type: 'object', properties: { origin: ORIGIN }, required: ['origin'], additionalProperties: false },
  responses: { 200: { description: 'The agency’s origins now.', schema: ORIGINS } },
};
const removeOrigin: RouteSpec = {
  method: 'delete',
  path: '/api/v1/admin/agencies/:id/origins',
  operationId: 'removeAgencyOrigin',
  summary: 'Stop accepting citizens’ writes from one of the agency’s sites',
  tags: ['agencies'],
  auth: AGENCY_MANAGERS,
  params: AGENCY_PARAMS,
  query: { type: 'object', properties: { origin: ORIGIN }, required: ['origin'], additionalProperties: false },
  responses: { 200: { description: 'The agency’s origins now.', schema: ORIGINS } },
};
const putOffering: RouteSpec = {
  method: 'put',
  path: '/api/v1/admin/agencies/:id/offerings/:code',
  operationId: 'putAgencyOffering',
  summary: 'The agency offers a procedure in force, without local overrides (an offering already there is kept as it is)',
  tags: ['agencies'],
  auth: AGENCY_MANAGERS,
  params: { type: 'object', properties: { id: ID, code: CODE }, required: ['id', 'code'] },
  body: { type: 'object', additionalProperties: false },
  responses: { 200: { description: 'The offering.', schema: { type: 'object', properties: { offering: { type: 'object' } }, required: ['offering'] } } },
};

/** The agency a route changes, once the caller is known to act for it. */
function managedAgency({ params, auth }: ValidRequest, services: Services): AgencyFile {
  if (auth) requireAgency(auth, params.id as string);
  const agency = services.agencies.agency(params.id as string);
  if (!agency) throw notFound({ vi: `cơ quan “${String(params.id)}”`, en: `Agency “${String(params.id)}”` });
  return agency;
}

/** Browsers send an origin without its scheme's default port, so one written with it would never match. */
function checkCanonical(origin: string): void {
  let canonical: string | undefined;
  try {
    canonical = new URL(origin).origin;
  } catch {
    canonical = undefined;
  }
  if (canonical === origin) return;
  const hint = canonical ? { vi: ` Hãy viết: ${canonical}`, en: ` Write it as ${canonical}.` } : { vi: '', en: '' };
  throw new ApiError(422, 'origin-not-canonical', { vi: `Địa chỉ “${origin}” không phải là địa chỉ mà trình duyệt gửi đi.${hint.vi}`, en: `“${origin}” is not an origin as browsers send it.${hint.en}` }, { errors: [{ path: '/origin', code: 'origin-not-canonical', message: { vi: 'Địa chỉ trang chưa đúng dạng.', en: 'The origin is not canonical.' } }], ...(canonical ? { canonical } : {}) });
}

const list: RouteSpec = { method: 'get', path: '/api/v1/admin/agencies', operationId: 'listAgencies', summary: 'Every agency', tags: ['agencies'], auth: [], responses: { 200: { description: 'Agencies with their offerings and origins.', schema: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' } }, required: ['items', 'total'] } } } };
const read: RouteSpec = { method: 'get', path: '/api/v1/admin/agencies/:id', operationId: 'getAgency', summary: 'An agency, its offerings with their local overrides, and its allowed embedding origins', tags: ['agencies'], auth: [], params: AGENCY_PARAMS, responses: { 200: { description: 'The agency.', schema: { type: 'object' } } } };
const put: RouteSpec = {
  method: 'put',
  path: '/api/v1/admin/agencies/:id',
  operationId: 'putAgency',
  summary: 'Create or replace an agency (catalogue/agencies format): its offerings are checked against the procedures in force',
  tags: ['agencies'],
  auth: ['admin'],
  params: AGENCY_PARAMS,
  body: { type: 'object', description: 'An agency file (urn:motcua:schema:agency).' },
  responses: { 200: { description: 'Saved.', schema: { type: 'object' } } },
};

export function agencyAdminRoutes(): [RouteSpec, Handler][] {
  const ajv = createDefinitionAjv();
  const validateAgency = ajv.getSchema('urn:motcua:schema:agency') as ValidateFunction<AgencyFile>;
  return [
    [list, (c, _request, services) => { const items = services.agencies.list(); return c.json({ items, total: items.length }); }],
    [
      read,
      (c, { params }, services) => {
        const agency = services.agencies.agency(params.id as string);
        if (!agency) throw notFound({ vi: `cơ quan “${String(params.id)}”`, en: `Agency “${String(params.id)}”` });
        return c.json(agency);
      },
    ],
    [
      put,
      (c, { params, body, auth }, services) => {
        if (!validateAgency(body)) throw new ApiError(422, 'agency-invalid', { vi: 'Thông tin cơ quan chưa hợp lệ.', en: 'The agency is not valid.' }, { errors: localizeErrors(validateAgency.errors ?? []) });
        const agency = body;
        const errors: ValidationIssue[] = [];
        if (agency.id !== params.id) errors.push({ path: '/id', code: 'id-mismatch', message: { vi: 'Mã cơ quan khác với địa chỉ.', en: 'The agency id differs from the address.' } });
        const now = services.now().toISOString();
        agency.offerings.forEach((offering, i) => {
          const stored = services.procedures.versionInForce(offering.procedure, now);
          if (!stored) {
            errors.push({ path: `/offerings/${i}/procedure`, code: 'procedure-unknown', message: { vi: `Không có thủ tục “${offering.procedure}” đang có hiệu lực.`, en: `There is no procedure “${offering.procedure}” in force.` } });
            return;
          }
          const { definition } = services.compiled.get(stored);
          for (const error of validateOffering(offering, definition, { ajv }).errors) errors.push({ ...error, path: `/offerings/${i}${error.path}` });
        });
        if (errors.length > 0) throw new ApiError(422, errors[0]?.code ?? 'agency-invalid', errors[0]?.message ?? { vi: '', en: '' }, { errors });
        services.agencies.put(agency, now);
        services.audit.record({ at: now, userId: auth?.officer.id ?? null, action: 'agency-put', target: agency.id });
        return c.json(agency);
      },
    ],
    [
      addOrigin,
      (c, request, services) => {
        const agency = managedAgency(request, services);
        const origin = (request.body as { origin: string }).origin;
        checkCanonical(origin);
        if (agency.origins.includes(origin)) return c.json({ origins: agency.origins });
        if (agency.origins.length >= MAX_ORIGINS) {
          throw new ApiError(422, 'too-many-origins', { vi: `Một cơ quan có tối đa ${MAX_ORIGINS} địa chỉ trang; hãy gỡ một địa chỉ không còn dùng.`, en: `An agency has at most ${MAX_ORIGINS} origins; remove one no longer used.` }, { max: MAX_ORIGINS });
        }
        const origins = [...agency.origins, origin];
        const now = services.now().toISOString();
        services.agencies.put({ ...agency, origins }, now);
        services.audit.record({ at: now, userId: request.auth?.officer.id ?? null, action: 'agency-origin-add', target: agency.id, details: { origin } });
        return c.json({ origins });
      },
    ],
    [
      removeOrigin,
      (c, request, services) => {
        const agency = managedAgency(request, services);
        const origin = request.query.origin as string;
        if (!agency.origins.includes(origin)) throw notFound({ vi: `địa chỉ “${origin}” trong các trang của cơ quan`, en: `The origin “${origin}” among the agency’s sites` });
        const origins = agency.origins.filter((o) => o !== origin);
        const now = services.now().toISOString();
        services.agencies.put({ ...agency, origins }, now);
        services.audit.record({ at: now, userId: request.auth?.officer.id ?? null, action: 'agency-origin-remove', target: agency.id, details: { origin } });
        return c.json({ origins });
      },
    ],
    [
      putOffering,
      (c, request, services) => {
        const agency = managedAgency(request, services);
        const code = request.params.code as string;
        const existing = agency.offerings.find((o) => o.procedure === code);
        if (existing) return c.json({ offering: existing });
        const now = services.now().toISOString();
        if (!services.procedures.versionInForce(code, now)) {
          throw new ApiError(422, 'procedure-unknown', { vi: `Không có thủ tục “${code}” đang có hiệu lực: hãy công bố thủ tục trước.`, en: `There is no procedure “${code}” in force: publish it first.` }, { errors: [{ path: '/params/code', code: 'procedure-unknown', message: { vi: 'Thủ tục chưa có hiệu lực.', en: 'The procedure is not in force.' } }] });
        }
        const offering: Offering = { procedure: code, agency: agency.id };
        services.agencies.put({ ...agency, offerings: [...agency.offerings, offering] }, now);
        services.audit.record({ at: now, userId: request.auth?.officer.id ?? null, action: 'agency-offering-add', target: agency.id, details: { procedure: code } });
        return c.json({ offering });
      },
    ],
  ];
}

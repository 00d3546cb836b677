import { createDefinitionAjv, localizeErrors, validateOffering, type AgencyFile, type ValidationIssue } from '@motcua/core';
import type { ValidateFunction } from 'ajv';
import { ApiError, notFound } from '../../http/api-error.js';
import type { RouteSpec } from '../../http/route-spec.js';
import { ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';

const AGENCY_PARAMS = { type: 'object', properties: { id: ID }, required: ['id'] };

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
  ];
}

import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../auth/password.js';
import { ApiError, notFound } from '../../http/api-error.js';
import type { JsonSchema, RouteSpec } from '../../http/route-spec.js';
import type { OfficerRole } from '../../db/user-store.js';
import { ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';
import { OFFICER } from './session-routes.js';

const ROLE: JsonSchema = { type: 'string', enum: ['admin', 'reform-officer', 'agency-officer'] };
const PASSWORD: JsonSchema = { type: 'string', minLength: 12, maxLength: 1000, description: 'At least 12 characters.' };
const USER_ID: JsonSchema = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] };

const list: RouteSpec = { method: 'get', path: '/api/v1/admin/users', operationId: 'listUsers', summary: 'Officers’ accounts', tags: ['officers'], auth: ['admin'], responses: { 200: { description: 'Every account.', schema: { type: 'object', properties: { items: { type: 'array', items: OFFICER }, total: { type: 'integer' } }, required: ['items', 'total'] } } } };
const create: RouteSpec = {
  method: 'post',
  path: '/api/v1/admin/users',
  operationId: 'createUser',
  summary: 'Open an officer’s account',
  tags: ['officers'],
  auth: ['admin'],
  body: { type: 'object', properties: { email: { type: 'string', format: 'email', maxLength: 320 }, name: { type: 'string', minLength: 1, maxLength: 200 }, role: ROLE, password: PASSWORD }, required: ['email', 'name', 'role', 'password'], additionalProperties: false },
  responses: { 201: { description: 'The account.', schema: OFFICER } },
};
const update: RouteSpec = {
  method: 'patch',
  path: '/api/v1/admin/users/:id',
  operationId: 'updateUser',
  summary: 'Change an account’s name, role or password, or disable it (which ends its sessions)',
  tags: ['officers'],
  auth: ['admin'],
  params: USER_ID,
  body: { type: 'object', properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, role: ROLE, disabled: { type: 'boolean' }, password: PASSWORD }, additionalProperties: false, minProperties: 1 },
  responses: { 200: { description: 'The account.', schema: OFFICER } },
};
const setMemberships: RouteSpec = {
  method: 'put',
  path: '/api/v1/admin/users/:id/memberships',
  operationId: 'setMemberships',
  summary: 'The agencies an agency officer belongs to and the step roles they act in',
  tags: ['officers'],
  auth: ['admin'],
  params: USER_ID,
  body: {
    type: 'array',
    maxItems: 500,
    items: { type: 'object', properties: { agency: ID, stepRoles: { type: 'array', items: { enum: ['receiver', 'specialist', 'approver'] }, minItems: 1, uniqueItems: true } }, required: ['agency', 'stepRoles'], additionalProperties: false },
  },
  responses: { 200: { description: 'The account.', schema: OFFICER } },
};

const accountNotFound = (id: unknown) => notFound({ vi: `tài khoản “${String(id)}”`, en: `Account “${String(id)}”` });

export const userRoutes: [RouteSpec, Handler][] = [
  [list, (c, _request, services) => { const items = services.users.list(); return c.json({ items, total: items.length }); }],
  [
    create,
    async (c, { body, auth }, services) => {
      const request = body as { email: string; name: string; role: OfficerRole; password: string };
      if (services.users.withPassword(request.email)) {
        throw new ApiError(409, 'email-taken', { vi: `Đã có tài khoản với thư điện tử ${request.email}.`, en: `There is already an account for ${request.email}.` });
      }
      const now = services.now().toISOString();
      const officer = services.users.create({ id: randomUUID(), email: request.email, name: request.name, role: request.role, passwordHash: await hashPassword(request.password), createdAt: now });
      services.audit.record({ at: now, userId: auth?.officer.id ?? null, action: 'user-create', target: officer.id, details: { email: officer.email, role: officer.role } });
      return c.json(officer, 201);
    },
  ],
  [
    update,
    async (c, { params, body, auth }, services) => {
      const id = params.id as string;
      if (!services.users.get(id)) throw accountNotFound(id);
      const request = body as { name?: string; role?: OfficerRole; disabled?: boolean; password?: string };
      const now = services.now().toISOString();
      services.users.update(id, {
        ...(request.name ? { name: request.name } : {}),
        ...(request.role ? { role: request.role } : {}),
        ...(request.disabled === undefined ? {} : { disabledAt: request.disabled ? now : null }),
        ...(request.password ? { passwordHash: await hashPassword(request.password) } : {}),
      });
      if (request.disabled || request.password) services.sessions.revokeAllOf(id);
      services.audit.record({ at: now, userId: auth?.officer.id ?? null, action: 'user-update', target: id, details: { ...request, password: request.password ? 'changed' : undefined } });
      return c.json(services.users.get(id));
    },
  ],
  [
    setMemberships,
    (c, { params, body, auth }, services) => {
      const id = params.id as string;
      if (!services.users.get(id)) throw accountNotFound(id);
      const wanted = body as { agency: string; stepRoles: ('receiver' | 'specialist' | 'approver')[] }[];
      const unknown = wanted.filter((m) => !services.agencies.agency(m.agency)).map((m) => m.agency);
      if (unknown.length > 0) throw new ApiError(422, 'agency-unknown', { vi: `Không có cơ quan “${unknown[0]}”.`, en: `There is no agency “${unknown[0]}”.` }, { agencies: unknown });
      services.users.setMemberships(id, wanted);
      services.audit.record({ at: services.now().toISOString(), userId: auth?.officer.id ?? null, action: 'memberships-set', target: id, details: wanted });
      return c.json(services.users.get(id));
    },
  ],
];

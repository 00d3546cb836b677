import { pickLocale } from '@motcua/core';
import { requireAgency, type Authenticated } from '../../auth/authenticate.js';
import { ApiError, notFound } from '../../http/api-error.js';
import type { JsonSchema, RouteSpec } from '../../http/route-spec.js';
import type { Services } from '../../services/services.js';
import { checkWebhookUrl } from '../../webhooks/address-policy.js';
import { ALL_EVENTS, webhookEventTypes } from '../../webhooks/event-types.js';
import type { DeliveryStatus, WebhookRow } from '../../webhooks/webhook-store.js';
import { DELIVERY, deliveryView, WEBHOOK, webhookView } from '../../webhooks/webhook-views.js';
import { ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';

const OFFICERS = ['admin', 'agency-officer'] as const;
/** Webhooks an agency may register: enough for its systems, few enough that one event is not fanned out without end. */
export const MAX_WEBHOOKS_PER_AGENCY = 20;
const BASE = '/api/v1/admin/agencies/:id/webhooks';
const UUID: JsonSchema = { type: 'string', format: 'uuid' };
const AGENCY = { type: 'object', properties: { id: ID }, required: ['id'] };
const ONE = { type: 'object', properties: { id: ID, webhookId: UUID }, required: ['id', 'webhookId'] };
const URL_FIELD: JsonSchema = { type: 'string', minLength: 1, maxLength: 2000, description: 'https:// (http:// only where WEBHOOK_ALLOW_HTTP=true), a public host unless WEBHOOK_ALLOW_PRIVATE=true.' };
const EVENTS: JsonSchema = { type: 'array', items: { enum: [ALL_EVENTS, ...webhookEventTypes()] }, minItems: 1, maxItems: 50, uniqueItems: true, description: '“*” for every event type.' };
const DESCRIPTION: JsonSchema = { type: ['string', 'null'], maxLength: 200 };
const WITH_SECRET: JsonSchema = { ...WEBHOOK, properties: { ...(WEBHOOK.properties as object), secret: { type: 'string', description: 'Shown this once: keep it to verify X-MotCua-Signature.' } }, required: [...(WEBHOOK.required as string[]), 'secret'] };
const page = (items: JsonSchema) => ({ type: 'object', properties: { items: { type: 'array', items }, total: { type: 'integer' } }, required: ['items', 'total'] });
const spec = (method: RouteSpec['method'], path: string, operationId: string, summary: string, rest: Partial<RouteSpec>): RouteSpec => ({ method, path: `${BASE}${path}`, operationId, summary, tags: ['webhooks'], auth: OFFICERS, params: ONE, responses: {}, ...rest });

const list = spec('get', '', 'listWebhooks', 'An agency’s webhooks (without their secrets)', { params: AGENCY, responses: { 200: { description: 'The webhooks.', schema: page(WEBHOOK) } } });
const create = spec('post', '', 'createWebhook', 'Register a webhook: its URL and event types; the answer holds its secret, shown this once', {
  params: AGENCY,
  body: { type: 'object', properties: { url: URL_FIELD, events: EVENTS, description: DESCRIPTION }, required: ['url'], additionalProperties: false },
  responses: { 201: { description: 'The webhook with its secret.', schema: WITH_SECRET } },
});
const read = spec('get', '/:webhookId', 'getWebhook', 'A webhook', { responses: { 200: { description: 'The webhook.', schema: WEBHOOK } } });
const update = spec('patch', '/:webhookId', 'updateWebhook', 'Change a webhook’s URL, event types or description, or disable or enable it', {
  body: { type: 'object', properties: { url: URL_FIELD, events: EVENTS, description: DESCRIPTION, enabled: { type: 'boolean' } }, additionalProperties: false, minProperties: 1 },
  responses: { 200: { description: 'The webhook.', schema: WEBHOOK } },
});
const remove = spec('delete', '/:webhookId', 'deleteWebhook', 'Delete a webhook and its delivery log', { responses: { 204: { description: 'Deleted.' } } });
const rotate = spec('post', '/:webhookId/secret', 'rotateWebhookSecret', 'Replace a webhook’s secret at once; the new one is shown this once', { responses: { 200: { description: 'The webhook with its new secret.', schema: WITH_SECRET } } });
const deliveries = spec('get', '/:webhookId/deliveries', 'listWebhookDeliveries', 'A webhook’s delivery log, newest event first', {
  query: { type: 'object', properties: { status: { enum: ['pending', 'sending', 'delivered', 'failed'] }, limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 }, offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 } }, additionalProperties: false },
  responses: { 200: { description: 'A page of deliveries.', schema: page(DELIVERY) } },
});
const redeliver = spec('post', '/:webhookId/deliveries/:deliveryId/redeliver', 'redeliverWebhook', 'Send a delivery again from its first attempt, with the same delivery id', {
  params: { type: 'object', properties: { id: ID, webhookId: UUID, deliveryId: UUID }, required: ['id', 'webhookId', 'deliveryId'] },
  responses: { 202: { description: 'Queued.', schema: DELIVERY } },
});

/**
 * Who may do what: an admin anything; a member of the agency may read its
 * webhooks and their log; registering, changing, rotating, deleting and
 * redelivering take the approver step role (the head of the unit), since a
 * webhook sends the agency's dossier events out of the system.
 */
function allow(auth: Authenticated | undefined, agency: string, services: Services, manage: boolean): void {
  if (!services.agencies.agency(agency)) throw notFound({ vi: `cơ quan “${agency}”`, en: `Agency “${agency}”` });
  if (!auth) return;
  requireAgency(auth, agency);
  const { officer } = auth;
  if (!manage || officer.role === 'admin' || officer.memberships.some((m) => m.agency === agency && m.stepRoles.includes('approver'))) return;
  throw new ApiError(403, 'forbidden', { vi: 'Chỉ lãnh đạo (vai trò phê duyệt) của cơ quan mới được quản lý webhook.', en: 'Only the agency’s approvers may manage its webhooks.' }, { agency, required: 'approver' });
}

function found(services: Services, agency: string, id: string): WebhookRow {
  const row = services.webhooks.get(agency, id);
  if (!row) throw notFound({ vi: `webhook “${id}”`, en: `Webhook “${id}”` });
  return row;
}

function checkedUrl(url: string, services: Services): string {
  const problem = checkWebhookUrl(url, services.config.webhooks);
  if (problem) throw new ApiError(422, problem.code, problem.message, { errors: [{ path: '/body/url', ...problem }] });
  return url;
}

const allEvents = (events: string[] | undefined) => (!events || events.includes(ALL_EVENTS) ? [ALL_EVENTS] : events);

export const webhookRoutes: [RouteSpec, Handler][] = [
  [
    list,
    (c, { params, auth }, services) => {
      allow(auth, params.id as string, services, false);
      const items = services.webhooks.list(params.id as string).map(webhookView);
      return c.json({ items, total: items.length });
    },
  ],
  [
    create,
    (c, { params, body, auth }, services) => {
      const agency = params.id as string;
      allow(auth, agency, services, true);
      const request = body as { url: string; events?: string[]; description?: string | null };
      const url = checkedUrl(request.url, services);
      if (services.webhooks.count(agency) >= MAX_WEBHOOKS_PER_AGENCY) {
        throw new ApiError(409, 'webhook-limit', { vi: `Mỗi cơ quan có tối đa ${MAX_WEBHOOKS_PER_AGENCY} webhook; hãy xóa bớt một cái.`, en: `An agency has at most ${MAX_WEBHOOKS_PER_AGENCY} webhooks; delete one first.` }, { limit: MAX_WEBHOOKS_PER_AGENCY });
      }
      const now = services.now();
      const row = services.webhooks.create({ agencyId: agency, url, events: allEvents(request.events), description: request.description ?? null, createdBy: auth?.officer.id ?? null }, now);
      services.audit.record({ at: now.toISOString(), userId: auth?.officer.id ?? null, action: 'webhook-create', target: row.id, details: { agency, url } });
      return c.json({ ...webhookView(row), secret: row.secret }, 201, { Location: `/api/v1/admin/agencies/${agency}/webhooks/${row.id}`, 'Cache-Control': 'no-store' });
    },
  ],
  [
    read,
    (c, { params, auth }, services) => {
      allow(auth, params.id as string, services, false);
      return c.json(webhookView(found(services, params.id as string, params.webhookId as string)));
    },
  ],
  [
    update,
    (c, { params, body, auth }, services) => {
      const agency = params.id as string;
      allow(auth, agency, services, true);
      const row = found(services, agency, params.webhookId as string);
      const changes = body as { url?: string; events?: string[]; description?: string | null; enabled?: boolean };
      if (changes.url !== undefined) checkedUrl(changes.url, services);
      const now = services.now();
      services.webhooks.update(row.id, { ...changes, ...(changes.events ? { events: allEvents(changes.events) } : {}) }, now);
      services.audit.record({ at: now.toISOString(), userId: auth?.officer.id ?? null, action: 'webhook-update', target: row.id, details: changes });
      return c.json(webhookView(found(services, agency, row.id)));
    },
  ],
  [
    remove,
    (c, { params, auth }, services) => {
      const agency = params.id as string;
      allow(auth, agency, services, true);
      const row = found(services, agency, params.webhookId as string);
      services.webhooks.delete(row.id);
      services.audit.record({ at: services.now().toISOString(), userId: auth?.officer.id ?? null, action: 'webhook-delete', target: row.id, details: { agency, url: row.url } });
      return c.body(null, 204);
    },
  ],
  [
    rotate,
    (c, { params, auth }, services) => {
      const agency = params.id as string;
      allow(auth, agency, services, true);
      const row = found(services, agency, params.webhookId as string);
      const now = services.now();
      const secret = services.webhooks.rotateSecret(row.id, now);
      services.audit.record({ at: now.toISOString(), userId: auth?.officer.id ?? null, action: 'webhook-rotate-secret', target: row.id });
      return c.json({ ...webhookView(found(services, agency, row.id)), secret }, 200, { 'Cache-Control': 'no-store' });
    },
  ],
  [
    deliveries,
    (c, { params, query, auth }, services) => {
      allow(auth, params.id as string, services, false);
      const row = found(services, params.id as string, params.webhookId as string);
      const status = query.status as DeliveryStatus | undefined;
      const result = services.webhooks.deliveries(row.id, status ? [status] : undefined, (query.limit as number | undefined) ?? 50, (query.offset as number | undefined) ?? 0);
      const locale = pickLocale(c.req.header('accept-language'));
      return c.json({ items: result.items.map((d) => deliveryView(d, locale)), total: result.total });
    },
  ],
  [
    redeliver,
    (c, { params, auth }, services) => {
      const agency = params.id as string;
      allow(auth, agency, services, true);
      const row = found(services, agency, params.webhookId as string);
      const delivery = services.webhooks.delivery(row.id, params.deliveryId as string);
      if (!delivery) throw notFound({ vi: `lần gửi “${String(params.deliveryId)}”`, en: `Delivery “${String(params.deliveryId)}”` });
      const now = services.now();
      if (!services.webhooks.redeliver(delivery.id, now)) {
        throw new ApiError(409, 'delivery-in-flight', { vi: 'Lần gửi này đang được thực hiện; hãy thử lại sau khi có kết quả.', en: 'This delivery is being attempted right now; try again once it has a result.' });
      }
      services.audit.record({ at: now.toISOString(), userId: auth?.officer.id ?? null, action: 'webhook-redeliver', target: delivery.id, details: { webhook: row.id, event: delivery.eventId } });
      const locale = pickLocale(c.req.header('accept-language'));
      return c.json(deliveryView(services.webhooks.delivery(row.id, delivery.id) as typeof delivery, locale), 202);
    },
  ],
];

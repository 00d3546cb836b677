import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agencies, dossierEvents } from './dossiers.js';

/** A URL an agency registered to receive its dossiers' events, signed with the webhook's secret. */
export const webhooks = sqliteTable(
  'webhooks',
  {
    id: text('id').primaryKey(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    url: text('url').notNull(),
    /** JSON array of the event types (dossier_events actions) delivered, or `["*"]` for all. */
    events: text('events').notNull(),
    description: text('description'),
    /** The HMAC key; the server must read it to sign, so it is kept as given out (shown once). */
    secret: text('secret').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    /** Why it was disabled: `officer` or `gone` (the receiver answered 410). */
    disabledReason: text('disabled_reason'),
    /** The last dossier event when it was registered: it receives only the events after it. */
    fromEventId: integer('from_event_id').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('webhooks_agency').on(t.agencyId)],
);

/** One event to one webhook: its attempts so far and what the receiver last answered. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    /** Sent as X-MotCua-Delivery, the same on every attempt, so receivers can drop repeats. */
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => dossierEvents.id),
    type: text('type').notNull(),
    /** The JSON body, fixed when the delivery is made, so every attempt sends the same bytes. */
    body: text('body').notNull(),
    /** pending, sending, delivered or failed. */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: text('next_attempt_at'),
    lastAttemptAt: text('last_attempt_at'),
    lastStatus: integer('last_status'),
    /** JSON `{ code, detail }` of the last failure. */
    lastError: text('last_error'),
    deliveredAt: text('delivered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('webhook_deliveries_webhook_event').on(t.webhookId, t.eventId), index('webhook_deliveries_due').on(t.status, t.nextAttemptAt)],
);

/** How far the dispatcher has read dossier_events (the outbox), by id. */
export const webhookCursor = sqliteTable('webhook_cursor', {
  name: text('name').primaryKey(),
  lastEventId: integer('last_event_id').notNull(),
});

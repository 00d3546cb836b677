import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import { dossierEvents, webhookDeliveries, webhooks } from '../db/schema/index.js';
import { newWebhookSecret } from './signature.js';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type DeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface WebhookChanges {
  url?: string;
  events?: string[];
  description?: string | null;
  enabled?: boolean;
}

/** Agencies' webhooks and their delivery log, as officers manage and read them. */
export class WebhookStore {
  constructor(private readonly db: Db) {}

  /** Registers a webhook that receives the events after the last one recorded now; returns it with its secret. */
  create(input: { agencyId: string; url: string; events: string[]; description: string | null; createdBy: string | null }, now: Date): WebhookRow {
    const at = now.toISOString();
    return this.db.transaction((tx) => {
      const last = tx.select({ id: max(dossierEvents.id) }).from(dossierEvents).get()?.id ?? 0;
      const row: WebhookRow = {
        id: randomUUID(),
        agencyId: input.agencyId,
        url: input.url,
        events: JSON.stringify(input.events),
        description: input.description,
        secret: newWebhookSecret(),
        enabled: true,
        disabledReason: null,
        fromEventId: last,
        createdAt: at,
        createdBy: input.createdBy,
        updatedAt: at,
      };
      tx.insert(webhooks).values(row).run();
      return row;
    });
  }

  list(agencyId: string): WebhookRow[] {
    return this.db.select().from(webhooks).where(eq(webhooks.agencyId, agencyId)).orderBy(asc(webhooks.createdAt), asc(webhooks.id)).all();
  }

  count(agencyId: string): number {
    return this.db.select({ n: sql<number>`COUNT(*)` }).from(webhooks).where(eq(webhooks.agencyId, agencyId)).get()?.n ?? 0;
  }

  get(agencyId: string, id: string): WebhookRow | undefined {
    return this.db.select().from(webhooks).where(and(eq(webhooks.agencyId, agencyId), eq(webhooks.id, id))).get();
  }

  update(id: string, changes: WebhookChanges, now: Date): void {
    const set: Partial<WebhookRow> = { updatedAt: now.toISOString() };
    if (changes.url !== undefined) set.url = changes.url;
    if (changes.events !== undefined) set.events = JSON.stringify(changes.events);
    if (changes.description !== undefined) set.description = changes.description;
    if (changes.enabled !== undefined) Object.assign(set, { enabled: changes.enabled, disabledReason: changes.enabled ? null : 'officer' });
    this.db.update(webhooks).set(set).where(eq(webhooks.id, id)).run();
  }

  /** Replaces the secret at once: attempts from now on are signed with the new one. */
  rotateSecret(id: string, now: Date): string {
    const secret = newWebhookSecret();
    this.db.update(webhooks).set({ secret, updatedAt: now.toISOString() }).where(eq(webhooks.id, id)).run();
    return secret;
  }

  /** Removes a webhook and its delivery log. */
  delete(id: string): void {
    this.db.transaction((tx) => {
      tx.delete(webhookDeliveries).where(eq(webhookDeliveries.webhookId, id)).run();
      tx.delete(webhooks).where(eq(webhooks.id, id)).run();
    });
  }

  /** A webhook's deliveries, newest event first. */
  deliveries(webhookId: string, statuses: DeliveryStatus[] | undefined, limit: number, offset: number): { items: DeliveryRow[]; total: number } {
    const where = and(eq(webhookDeliveries.webhookId, webhookId), statuses ? inArray(webhookDeliveries.status, statuses) : undefined);
    const items = this.db.select().from(webhookDeliveries).where(where).orderBy(desc(webhookDeliveries.eventId)).limit(limit).offset(offset).all();
    const total = this.db.select({ n: sql<number>`COUNT(*)` }).from(webhookDeliveries).where(where).get()?.n ?? 0;
    return { items, total };
  }

  delivery(webhookId: string, id: string): DeliveryRow | undefined {
    return this.db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id))).get();
  }

  /**
   * Queues a delivery again, from its first attempt, with the same id and
   * body; refused (false) while an attempt is in flight.
   */
  redeliver(id: string, now: Date): boolean {
    const at = now.toISOString();
    const result = this.db
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: at, deliveredAt: null })
      .where(and(eq(webhookDeliveries.id, id), ne(webhookDeliveries.status, 'sending')))
      .run();
    return result.changes === 1;
  }
}

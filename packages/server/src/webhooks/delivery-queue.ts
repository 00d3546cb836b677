import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, lte, max, min, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import { dossierEvents, dossiers, webhookCursor, webhookDeliveries, webhooks } from '../db/schema/index.js';
import { ALL_EVENTS } from './event-types.js';
import { webhookPayload, type OutboxEvent } from './payload.js';

const CURSOR = 'dossier-events';
const p = (name: string) => sql.placeholder(name);
/** Events read from the outbox per transaction. */
const BATCH = 500;

export interface DueDelivery {
  id: string;
  webhookId: string;
  eventId: number;
  type: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

export interface AttemptFailure {
  status: number | null;
  code: string;
  detail: string;
}

/**
 * The worker's side of the delivery table: turning outbox events into
 * deliveries, picking the due ones and recording each attempt. Every state
 * lives in the database, so a restart resumes where the last run stopped.
 */
export class DeliveryQueue {
  private readonly claimOne;
  private readonly insertDelivery;

  constructor(private readonly db: Db) {
    this.claimOne = db
      .update(webhookDeliveries)
      .set({ status: 'sending', attempts: sql`${webhookDeliveries.attempts} + 1`, lastAttemptAt: sql`${sql.placeholder('at')}` })
      .where(and(eq(webhookDeliveries.id, sql.placeholder('id')), eq(webhookDeliveries.status, 'pending')))
      .prepare();
    this.insertDelivery = db
      .insert(webhookDeliveries)
      .values({ id: p('id'), webhookId: p('webhookId'), eventId: p('eventId'), type: p('type'), body: p('body'), status: 'pending', attempts: 0, nextAttemptAt: p('at'), createdAt: p('at') })
      .onConflictDoNothing()
      .prepare();
  }

  /**
   * Reads the events after the cursor and makes one delivery per event and
   * webhook of the dossier's agency that chose its type, then moves the
   * cursor, all in one transaction: a crash leaves either both or neither,
   * and the (webhook, event) key makes a repeat create nothing.
   */
  dispatch(now: Date): number {
    const at = now.toISOString();
    let created = 0;
    for (let more = true; more; ) {
      more = this.db.transaction((tx) => {
        let cursor = tx.select({ last: webhookCursor.lastEventId }).from(webhookCursor).where(eq(webhookCursor.name, CURSOR)).get()?.last;
        if (cursor === undefined) {
          cursor = this.startingPoint(tx);
          tx.insert(webhookCursor).values({ name: CURSOR, lastEventId: cursor }).run();
        }
        const events: OutboxEvent[] = tx
          .select({
            id: dossierEvents.id,
            dossierCode: dossierEvents.dossierCode,
            at: dossierEvents.at,
            action: dossierEvents.action,
            fromStatus: dossierEvents.fromStatus,
            toStatus: dossierEvents.toStatus,
            note: dossierEvents.note,
            agencyId: dossiers.agencyId,
            procedureCode: dossiers.procedureCode,
            version: dossiers.version,
          })
          .from(dossierEvents)
          .innerJoin(dossiers, eq(dossiers.code, dossierEvents.dossierCode))
          .where(gt(dossierEvents.id, cursor))
          .orderBy(asc(dossierEvents.id))
          .limit(BATCH)
          .all();
        const last = events.at(-1)?.id;
        // Nothing new: the poll wrote nothing, so it costs no commit to disk.
        if (last === undefined) return false;
        const agencies = [...new Set(events.map((e) => e.agencyId))];
        const hooks = tx.select({ id: webhooks.id, agencyId: webhooks.agencyId, events: webhooks.events, fromEventId: webhooks.fromEventId }).from(webhooks).where(and(eq(webhooks.enabled, true), inArray(webhooks.agencyId, agencies))).all();
        const chosen = hooks.map((h) => ({ ...h, types: new Set(JSON.parse(h.events) as string[]) }));
        for (const event of events) {
          let body: string | undefined;
          for (const hook of chosen) {
            if (hook.agencyId !== event.agencyId || event.id <= hook.fromEventId) continue;
            if (!hook.types.has(ALL_EVENTS) && !hook.types.has(event.action)) continue;
            body ??= webhookPayload(event);
            created += this.insertDelivery.run({ id: randomUUID(), webhookId: hook.id, eventId: event.id, type: event.action, body, at }).changes;
          }
        }
        tx.update(webhookCursor).set({ lastEventId: last }).where(eq(webhookCursor.name, CURSOR)).run();
        return events.length === BATCH;
      });
    }
    return created;
  }

  /**
   * Where a new cursor starts: no earlier than any webhook's first event,
   * and without a webhook, at the last event (history is not replayed).
   */
  private startingPoint(tx: Pick<Db, 'select'>): number {
    const earliest = tx.select({ id: min(webhooks.fromEventId) }).from(webhooks).get()?.id;
    if (earliest !== null && earliest !== undefined) return earliest;
    return tx.select({ id: max(dossierEvents.id) }).from(dossierEvents).get()?.id ?? 0;
  }

  /** Attempts that were in flight when the server stopped or crashed go out again now (at least once). */
  recover(now: Date): number {
    return this.db.update(webhookDeliveries).set({ status: 'pending', nextAttemptAt: now.toISOString() }).where(eq(webhookDeliveries.status, 'sending')).run().changes;
  }

  /**
   * Up to `limit` due deliveries, at most one per webhook and none of the
   * webhooks in `busy`: the earliest due of each webhook, webhooks whose
   * oldest due delivery waited longest first, so a backlog at one receiver
   * cannot crowd out the others.
   */
  due(now: Date, limit: number, busy: readonly string[]): DueDelivery[] {
    const at = now.toISOString();
    const dueWhere = and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, at), eq(webhooks.enabled, true), busy.length > 0 ? notInArray(webhookDeliveries.webhookId, [...busy]) : undefined);
    const heads = this.db
      .select({ webhookId: webhookDeliveries.webhookId })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(dueWhere)
      .groupBy(webhookDeliveries.webhookId)
      .orderBy(asc(min(webhookDeliveries.nextAttemptAt)))
      .limit(limit)
      .all();
    const picked: DueDelivery[] = [];
    for (const { webhookId } of heads) {
      const row = this.db
        .select({ id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId, eventId: webhookDeliveries.eventId, type: webhookDeliveries.type, body: webhookDeliveries.body, attempts: webhookDeliveries.attempts, url: webhooks.url, secret: webhooks.secret })
        .from(webhookDeliveries)
        .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
        .where(and(dueWhere, eq(webhookDeliveries.webhookId, webhookId)))
        .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.eventId))
        .limit(1)
        .get();
      if (row) picked.push(row);
    }
    return picked;
  }

  /** When the next delivery of a webhook not in `busy` falls due, if one is waiting (a busy one is looked at again when its attempt ends). */
  nextDueAt(busy: readonly string[]): string | undefined {
    return (
      this.db
        .select({ at: min(webhookDeliveries.nextAttemptAt) })
        .from(webhookDeliveries)
        .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
        .where(and(eq(webhookDeliveries.status, 'pending'), eq(webhooks.enabled, true), busy.length > 0 ? notInArray(webhookDeliveries.webhookId, [...busy]) : undefined))
        .get()?.at ?? undefined
    );
  }

  /**
   * Marks attempts as started and counts them, in one transaction (one
   * commit to disk for all the attempts a poll starts); returns those still
   * pending, the ones to send.
   */
  claim(deliveries: readonly DueDelivery[], now: Date): DueDelivery[] {
    const at = now.toISOString();
    return this.db.transaction(() =>
      deliveries.filter((d) => this.claimOne.run({ id: d.id, at }).changes === 1),
    );
  }

  delivered(id: string, status: number, now: Date): void {
    this.finish(id, { status: 'delivered', lastStatus: status, lastError: null, nextAttemptAt: null, deliveredAt: now.toISOString() });
  }

  /** A failed attempt to try again at `next`. */
  retry(id: string, failure: AttemptFailure, next: Date): void {
    this.finish(id, { status: 'pending', ...this.failure(failure), nextAttemptAt: next.toISOString() });
  }

  /** A failed last attempt: the delivery stays `failed` until an officer redelivers it. */
  fail(id: string, failure: AttemptFailure): void {
    this.finish(id, { status: 'failed', ...this.failure(failure), nextAttemptAt: null });
  }

  /** The receiver answered 410 Gone: this delivery fails and the webhook is disabled. */
  gone(id: string, webhookId: string, failure: AttemptFailure, now: Date): void {
    this.db.transaction((tx) => {
      tx.update(webhookDeliveries).set({ status: 'failed', ...this.failure(failure), nextAttemptAt: null }).where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'sending'))).run();
      tx.update(webhooks).set({ enabled: false, disabledReason: 'gone', updatedAt: now.toISOString() }).where(eq(webhooks.id, webhookId)).run();
    });
  }

  private failure({ status, code, detail }: AttemptFailure) {
    return { lastStatus: status, lastError: JSON.stringify({ code, detail }) };
  }

  /** Records an attempt's outcome unless an officer deleted or redelivered it meanwhile. */
  private finish(id: string, set: Partial<typeof webhookDeliveries.$inferInsert>): void {
    this.db.update(webhookDeliveries).set(set).where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'sending'))).run();
  }
}

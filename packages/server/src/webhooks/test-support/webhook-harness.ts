import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open-database.js';
import { dossierEvents } from '../../db/schema/index.js';
import { formWith, pdf } from '../../test-support/sample-files.js';
import { postJson, type TestApp } from '../../test-support/test-app.js';
import { httpSender } from '../http-sender.js';
import { WebhookWorker } from '../webhook-worker.js';
import type { WebhookSettings } from '../webhook-settings.js';
import type { ManualClock } from './manual-clock.js';

/** Test receivers listen on http://127.0.0.1, which a production server refuses. */
export const LOCAL_RECEIVERS = { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE: 'true' };

type Fetcher = Pick<TestApp, 'json'>;
type Headers = Record<string, string>;

/** Files a certified-copy dossier (2.000815) with the agency through the public submission route; returns its code. */
export async function fileDossier(t: Fetcher, agency = 'phuong-ba-dinh'): Promise<string> {
  const { body: upload } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdf(randomUUID()), 'ban-chinh.pdf') });
  const { status, body } = await t.json(
    '/api/v1/procedures/2.000815/dossiers',
    postJson(
      { version: 1, agency, channel: 'online', delivery: 'in-person', answers: { hoTen: 'Phạm Thị Dung', banSao: [{ tenGiayTo: 'Bằng', soTrang: 1, soBan: 1 }] }, documents: [{ document: 'ban-chinh', uploads: [upload.id] }] },
      { 'Idempotency-Key': `webhook-${randomUUID()}` },
    ),
  );
  assert.equal(status, 201, JSON.stringify(body));
  return body.code as string;
}

/** Registers a webhook through the API; returns its id and secret. */
export async function registerWebhook(t: Fetcher, headers: Headers, agency: string, url: string, events?: string[]): Promise<{ id: string; secret: string }> {
  const { status, body } = await t.json(`/api/v1/admin/agencies/${agency}/webhooks`, postJson({ url, ...(events ? { events } : {}) }, headers));
  assert.equal(status, 201, JSON.stringify(body));
  return { id: body.id, secret: body.secret };
}

/** A webhook's delivery log, as officers read it. */
export async function deliveryLog(t: Fetcher, headers: Headers, agency: string, webhookId: string): Promise<any[]> {
  const { status, body } = await t.json(`/api/v1/admin/agencies/${agency}/webhooks/${webhookId}/deliveries`, { headers: { ...headers, 'Accept-Language': 'en' } });
  assert.equal(status, 200, JSON.stringify(body));
  return body.items;
}

/**
 * Records a processing action in the outbox, as the processing engine does
 * in the transaction of each change (its routes come with its own branch).
 */
export function recordEvent(db: Db, dossierCode: string, action: string, fromStatus: string, toStatus: string, at: Date, note: string | null = null): void {
  db.insert(dossierEvents).values({ dossierCode, at: at.toISOString(), actor: 'officer-test', action, fromStatus, toStatus, note }).run();
}

/** A worker on the app's database, on the test's clock, sending over real HTTP. */
export function workerFor(db: Db, settings: WebhookSettings, clock: ManualClock, errors: unknown[] = []): WebhookWorker {
  return new WebhookWorker({ db, settings, clock, send: httpSender(settings), random: () => 0.5, onError: (error) => errors.push(error) });
}

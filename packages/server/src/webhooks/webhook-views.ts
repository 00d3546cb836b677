import type { Bilingual, Locale } from '@motcua/core';
import type { JsonSchema } from '../http/route-spec.js';
import type { DeliveryRow, WebhookRow } from './webhook-store.js';

/** What officers see of a webhook: everything but its secret. */
export function webhookView(row: WebhookRow) {
  return {
    id: row.id,
    agency: row.agencyId,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const FAILURES: Record<string, Bilingual> = {
  timeout: { vi: 'Bên nhận không trả lời kịp thời hạn.', en: 'The receiver did not answer in time.' },
  network: { vi: 'Không kết nối được tới bên nhận.', en: 'The receiver could not be reached.' },
  'address-not-allowed': { vi: 'Tên miền trỏ tới một địa chỉ nội bộ nên không được gửi.', en: 'The host name points to an internal address, so nothing was sent.' },
  'http-status': { vi: 'Bên nhận trả lời bằng một mã lỗi HTTP.', en: 'The receiver answered with an HTTP error status.' },
  gone: { vi: 'Bên nhận trả lời 410 Gone: webhook đã bị tắt.', en: 'The receiver answered 410 Gone: the webhook was disabled.' },
  stopped: { vi: 'Máy chủ dừng giữa chừng; lần gửi được thực hiện lại.', en: 'The server stopped meanwhile; the attempt is made again.' },
};

/** A delivery as its log shows it, the last failure explained in the caller's language. */
export function deliveryView(row: DeliveryRow, locale: Locale) {
  const error = row.lastError ? (JSON.parse(row.lastError) as { code: string; detail: string }) : null;
  return {
    id: row.id,
    event: { id: row.eventId, type: row.type },
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    lastError: error ? { code: error.code, message: (FAILURES[error.code] ?? FAILURES.network)?.[locale], detail: error.detail } : null,
    lastAttemptAt: row.lastAttemptAt,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
  };
}

const TEXT: JsonSchema = { type: ['string', 'null'] };
const INSTANT: JsonSchema = { type: ['string', 'null'], format: 'date-time' };

export const WEBHOOK: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    agency: { type: 'string' },
    url: { type: 'string' },
    events: { type: 'array', items: { type: 'string' } },
    description: TEXT,
    enabled: { type: 'boolean' },
    disabledReason: { enum: [null, 'officer', 'gone'] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'agency', 'url', 'events', 'description', 'enabled', 'disabledReason', 'createdAt', 'updatedAt'],
};

export const DELIVERY: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid', description: 'Sent as X-MotCua-Delivery; the same on every attempt and redelivery.' },
    event: { type: 'object', properties: { id: { type: 'integer' }, type: { type: 'string' } }, required: ['id', 'type'] },
    status: { enum: ['pending', 'sending', 'delivered', 'failed'] },
    attempts: { type: 'integer' },
    lastStatus: { type: ['integer', 'null'] },
    lastError: { type: ['object', 'null'], properties: { code: { type: 'string' }, message: { type: 'string' }, detail: { type: 'string' } } },
    lastAttemptAt: INSTANT,
    nextAttemptAt: INSTANT,
    deliveredAt: INSTANT,
    createdAt: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'event', 'status', 'attempts', 'lastStatus', 'lastError', 'lastAttemptAt', 'nextAttemptAt', 'deliveredAt', 'createdAt'],
};

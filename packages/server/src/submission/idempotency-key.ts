import type { Context } from 'hono';
import { ApiError } from '../http/api-error.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

/** The request's Idempotency-Key, which every filing needs so that a retry never files a second dossier. */
export function idempotencyKeyOf(c: Context): string {
  const key = c.req.header('idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw new ApiError(400, 'idempotency-key-required', {
      vi: 'Cần tiêu đề Idempotency-Key (8–200 ký tự chữ, số, “-”, “_”, “.”, “:”) để một lần gửi lại không tạo hồ sơ thứ hai.',
      en: 'An Idempotency-Key header (8–200 letters, digits, “-”, “_”, “.”, “:”) is required, so that a retry never files a second dossier.',
    });
  }
  return key;
}

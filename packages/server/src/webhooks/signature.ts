import { createHmac, randomBytes } from 'node:crypto';

/** A new webhook secret: 32 random bytes, prefixed so that one found in a log is recognisable. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The `X-MotCua-Signature` value: HMAC-SHA256 of "timestamp.body" under the secret, in hex. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

import { integer, type ConfigProblem } from '../config/config.js';

/** How webhooks are delivered; read from the environment with the rest of the configuration. */
export interface WebhookSettings {
  /** Whether `http://` receivers may be registered (local development and tests); otherwise https only. */
  allowHttp: boolean;
  /**
   * Whether receivers on loopback, private, link-local and other non-public
   * addresses may be registered and reached. Off by default, so a webhook
   * cannot make the server probe its own network (SSRF).
   */
  allowPrivate: boolean;
  /** One attempt's limit, from connecting to the response's status line. */
  timeoutMs: number;
  /** Attempts before a delivery is `failed` (a redelivery starts again from zero). */
  maxAttempts: number;
  /** Requests in flight at once, over all webhooks; one webhook has at most one. */
  concurrency: number;
  /** How often the outbox is read for new events. */
  pollMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function flag(env: Env, name: string, problems: ConfigProblem[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  problems.push({ variable: name, value: raw, message: { vi: 'cần “true” hoặc “false”.', en: 'must be “true” or “false”.' } });
  return false;
}

/** The `WEBHOOK_*` variables, each bad one added to `problems`. */
export function readWebhookSettings(env: Env, problems: ConfigProblem[]): WebhookSettings {
  return {
    allowHttp: flag(env, 'WEBHOOK_ALLOW_HTTP', problems),
    allowPrivate: flag(env, 'WEBHOOK_ALLOW_PRIVATE', problems),
    timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000, problems),
    maxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 12, 1, 50, problems),
    concurrency: integer(env, 'WEBHOOK_CONCURRENCY', 8, 1, 256, problems),
    pollMs: integer(env, 'WEBHOOK_POLL_MS', 1000, 10, 600_000, problems),
  };
}

import { isAbsolute, resolve } from 'node:path';
import { MotcuaError } from '@motcua/core';
import { readWebhookSettings, type WebhookSettings } from '../webhooks/webhook-settings.js';

/** Everything the server reads from its environment, checked once at start. */
export interface Config {
  port: number;
  host: string;
  /** A `file:` URL or a path of the SQLite database; `:memory:` for throwaway databases. */
  databasePath: string;
  catalogueDir: string;
  /** The largest request body accepted, in bytes. */
  bodyLimit: number;
  /** The URL the server is reached at, for the links it prints and the origins it trusts. */
  publicUrl: string;
  /** Where uploaded documents are kept, named by their SHA-256. */
  uploadDir: string;
  /** The largest document accepted, in bytes. */
  uploadLimit: number;
  /** Derives dossier secrets; made once and kept in the database when not given. */
  secretKey?: string;
  /** Citizens' writes (uploads, submissions, drafts) per client address per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Whether session cookies are marked Secure; on by default when the public URL is https. */
  cookieSecure: boolean;
  /** Where the runtime's built script (motcua.js) is served from. */
  runtimeDir: string;
  /** Where the builder's built page scripts are served from (its bundle is in `public/`). */
  builderDir: string;
  /** Where the back office's built page scripts are served from (its bundle is in `public/`). */
  officeDir: string;
  /** The first admin's account, made on first start; a one-time password is printed when none is given. */
  adminEmail: string;
  adminPassword?: string;
  webhooks: WebhookSettings;
}

export interface ConfigProblem {
  variable: string;
  value: string;
  message: { vi: string; en: string };
}

export class ConfigError extends MotcuaError<'config-invalid'> {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      'config-invalid',
      {
        vi: `Cấu hình không hợp lệ:\n${problems.map((p) => `  ${p.variable}=${JSON.stringify(p.value)}: ${p.message.vi}`).join('\n')}`,
        en: `Invalid configuration:\n${problems.map((p) => `  ${p.variable}=${JSON.stringify(p.value)}: ${p.message.en}`).join('\n')}`,
      },
      { problems },
    );
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** A whole number variable within bounds, or `fallback` when unset. */
export function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: ConfigProblem[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^[0-9]+$/.test(raw) || value < min || value > max) {
    problems.push({ variable: name, value: raw, message: { vi: `cần một số nguyên từ ${min} đến ${max}.`, en: `must be a whole number from ${min} to ${max}.` } });
    return fallback;
  }
  return value;
}

function databasePath(raw: string, cwd: string, problems: ConfigProblem[]): string {
  if (raw === ':memory:') return raw;
  let path = raw;
  if (raw.startsWith('file:')) path = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    problems.push({ variable: 'DATABASE_URL', value: raw, message: { vi: 'hiện chỉ hỗ trợ SQLite: một đường dẫn tệp hoặc “file:…”.', en: 'only SQLite is supported for now: a file path or “file:…”.' } });
    return '';
  }
  if (path === '') {
    problems.push({ variable: 'DATABASE_URL', value: raw, message: { vi: 'thiếu đường dẫn tệp.', en: 'has no file path.' } });
    return '';
  }
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * Reads the configuration from environment variables with their defaults and
 * reports every bad value at once, each with what was expected.
 */
export function loadConfig(env: Env, cwd: string): Config {
  const problems: ConfigProblem[] = [];
  const port = integer(env, 'PORT', 8080, 0, 65535, problems);
  const host = env.HOST || '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    problems.push({ variable: 'HOST', value: host, message: { vi: 'không phải tên máy hay địa chỉ IP.', en: 'is not a host name or IP address.' } });
  }
  const database = databasePath(env.DATABASE_URL || 'file:./data/motcua.sqlite', cwd, problems);
  const catalogueDir = resolve(cwd, env.CATALOGUE_DIR || './catalogue');
  const bodyLimit = integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 1_073_741_824, problems);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const publicUrl = (env.PUBLIC_URL || `http://${shownHost}:${port}`).replace(/\/+$/, '');
  if (env.PUBLIC_URL) {
    try {
      const url = new URL(publicUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('protocol');
    } catch {
      problems.push({ variable: 'PUBLIC_URL', value: publicUrl, message: { vi: 'cần một địa chỉ http:// hoặc https://.', en: 'must be an http:// or https:// URL.' } });
    }
  }
  const uploadDir = resolve(cwd, env.UPLOAD_DIR || './data/files');
  const runtimeDir = resolve(cwd, env.RUNTIME_DIR || './packages/runtime/dist');
  const builderDir = resolve(cwd, env.BUILDER_DIR || './packages/builder/dist');
  const officeDir = resolve(cwd, env.OFFICE_DIR || './packages/office/dist');
  const uploadLimit = integer(env, 'UPLOAD_LIMIT_BYTES', 20 * 1_048_576, 1024, 1_073_741_824, problems);
  const secretKey = env.SECRET_KEY || undefined;
  const rateLimitPerMinute = integer(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000, problems);
  if (secretKey !== undefined && secretKey.length < 32) {
    problems.push({ variable: 'SECRET_KEY', value: '…', message: { vi: 'cần ít nhất 32 ký tự.', en: 'must be at least 32 characters.' } });
  }
  const cookieSecureRaw = env.COOKIE_SECURE;
  let cookieSecure = publicUrl.startsWith('https://');
  if (cookieSecureRaw === 'true' || cookieSecureRaw === 'false') cookieSecure = cookieSecureRaw === 'true';
  else if (cookieSecureRaw) problems.push({ variable: 'COOKIE_SECURE', value: cookieSecureRaw, message: { vi: 'cần “true” hoặc “false”.', en: 'must be “true” or “false”.' } });
  const adminEmail = (env.ADMIN_EMAIL || 'admin@localhost').toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail)) problems.push({ variable: 'ADMIN_EMAIL', value: adminEmail, message: { vi: 'không phải địa chỉ thư điện tử.', en: 'is not an email address.' } });
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 12) {
    problems.push({ variable: 'ADMIN_PASSWORD', value: '…', message: { vi: 'cần ít nhất 12 ký tự.', en: 'must be at least 12 characters.' } });
  }
  const webhooks = readWebhookSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { port, webhooks, host, databasePath: database, catalogueDir, bodyLimit, publicUrl, uploadDir, uploadLimit, rateLimitPerMinute, cookieSecure, adminEmail, runtimeDir, builderDir, officeDir, ...(secretKey ? { secretKey } : {}), ...(adminPassword ? { adminPassword } : {}) };
}

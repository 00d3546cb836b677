import { MotcuaError, pickLocale, type Locale } from '@motcua/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './api-error.js';

/** The one shape of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

/** Errors of the procedure model that mean "these inputs do not fit this procedure". */
const UNPROCESSABLE = new Set(['case-required', 'case-unknown', 'case-none-applies', 'fee-overflow', 'condition-unknown']);

/** The language a caller asks for: `?lang=vi|en` first (a link or a download cannot set headers), else Accept-Language. */
export function localeOf(c: Context): Locale {
  const lang = c.req.query('lang');
  return lang === 'vi' || lang === 'en' ? lang : pickLocale(c.req.header('accept-language'));
}

function jsonSafe(details: unknown): unknown {
  try {
    return details === undefined ? null : JSON.parse(JSON.stringify(details));
  } catch {
    return null;
  }
}

/**
 * Turns anything thrown into `{ error: { code, message, details } }` in the
 * caller's language. Unknown errors become a 500 whose body says nothing of
 * the server's insides; the stack goes to the log only.
 */
export function errorResponse(c: Context, error: unknown): Response {
  const locale = localeOf(c);
  if (error instanceof ApiError) {
    return c.json<ErrorBody>({ error: { code: error.code, message: error.messageIn(locale), details: jsonSafe(error.details) } }, error.status);
  }
  if (error instanceof MotcuaError) {
    const status = UNPROCESSABLE.has(error.code) || error.code.startsWith('calendar-') ? 422 : 400;
    return c.json<ErrorBody>({ error: { code: error.code, message: error.messageIn(locale), details: jsonSafe(error.details) } }, status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const [code, text] =
      status === 413
        ? ['body-too-large', { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' }]
        : status === 403
          ? ['origin-not-allowed', { vi: 'Yêu cầu không đến từ trang của hệ thống nên bị từ chối.', en: 'The request does not come from the server’s own pages and is refused.' }]
          : ['http-error', { vi: 'Yêu cầu không được chấp nhận.', en: 'The request was refused.' }];
    return c.json<ErrorBody>({ error: { code, message: text[locale], details: null } }, status);
  }
  console.error(error);
  return c.json<ErrorBody>(
    {
      error: {
        code: 'internal',
        message: locale === 'vi' ? 'Máy chủ gặp lỗi; hồ sơ và dữ liệu không bị thay đổi. Vui lòng thử lại.' : 'The server failed; nothing was changed. Please try again.',
        details: null,
      },
    },
    500,
  );
}

/**
 * For a path some route serves with other methods: 405 with the methods it
 * does take (RFC 9110 §15.5.6) rather than a 404 that says it does not exist.
 */
export function methodNotAllowed(routes: readonly { method: string; path: string }[]) {
  const matchers = routes.map(({ method, path }) => ({
    method: method.toUpperCase(),
    pattern: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '[^/]+')}$`),
  }));
  return (c: Context): Response | undefined => {
    const allowed = [...new Set(matchers.filter((m) => m.pattern.test(c.req.path)).map((m) => m.method))];
    if (allowed.length === 0) return undefined;
    const locale = localeOf(c);
    c.header('Allow', allowed.join(', '));
    return c.json<ErrorBody>(
      {
        error: {
          code: 'method-not-allowed',
          message: locale === 'vi' ? `${c.req.path} không nhận phương thức ${c.req.method}; chỉ nhận ${allowed.join(', ')}.` : `${c.req.path} does not take ${c.req.method}; it takes ${allowed.join(', ')}.`,
          details: { allowed },
        },
      },
      405,
    );
  };
}

export function notFoundResponse(c: Context): Response {
  const locale = localeOf(c);
  return c.json<ErrorBody>(
    {
      error: {
        code: 'not-found',
        message: locale === 'vi' ? `Không có địa chỉ ${c.req.method} ${c.req.path}.` : `There is no ${c.req.method} ${c.req.path}.`,
        details: null,
      },
    },
    404,
  );
}

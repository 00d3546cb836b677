import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Officer, OfficerRole } from '../db/user-store.js';
import { ApiError } from '../http/api-error.js';
import type { Services } from '../services/services.js';

export const SESSION_COOKIE = 'motcua_session';

export interface Authenticated {
  officer: Officer;
  via: 'cookie' | 'bearer';
  token: string;
}

/** The officer behind a request: a bearer token (machine clients) or the session cookie (the officer apps). */
export function authenticate(c: Context, services: Services): Authenticated | undefined {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+([A-Za-z0-9_-]{20,100})$/)?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  const via = bearer ? 'bearer' : cookie ? 'cookie' : undefined;
  const token = bearer ?? cookie;
  if (!via || !token) return undefined;
  const origin = c.req.header('origin');
  if (via === 'cookie' && c.req.method !== 'GET' && origin && origin !== new URL(services.config.publicUrl).origin) {
    // A session cookie only ever acts for the server's own pages.
    throw new ApiError(403, 'origin-not-allowed', { vi: 'Yêu cầu từ trang khác không được dùng phiên đăng nhập.', en: 'A request from another site cannot use the session.' }, { origin });
  }
  const userId = services.sessions.userOf(token, via, services.now());
  const officer = userId ? services.users.get(userId) : undefined;
  if (!officer || officer.disabled) return undefined;
  return { officer, via, token };
}

/** Refuses a request without a signed-in officer (401) or with one whose role is not among `roles` (403). */
export function requireOfficer(c: Context, services: Services, roles: readonly OfficerRole[]): Authenticated {
  const found = authenticate(c, services);
  if (!found) {
    throw new ApiError(401, 'unauthenticated', { vi: 'Vui lòng đăng nhập.', en: 'Sign in first.' });
  }
  if (roles.length > 0 && !roles.includes(found.officer.role)) {
    throw new ApiError(403, 'forbidden', { vi: 'Tài khoản của bạn không có quyền thực hiện việc này.', en: 'Your account may not do this.' }, { role: found.officer.role, allowed: roles });
  }
  return found;
}

/** Agency officers act only for the agencies they belong to; admins for any. */
export function requireAgency(found: Authenticated, agencyId: string): void {
  const { officer } = found;
  if (officer.role === 'admin') return;
  if (officer.role === 'agency-officer' && officer.memberships.some((m) => m.agency === agencyId)) return;
  throw new ApiError(403, 'forbidden', { vi: 'Bạn không thuộc cơ quan này.', en: 'You are not a member of this agency.' }, { agency: agencyId });
}

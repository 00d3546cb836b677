import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../auth/authenticate.js';
import { verifyPassword } from '../../auth/password.js';
import { ApiError } from '../../http/api-error.js';
import type { JsonSchema, RouteSpec } from '../../http/route-spec.js';
import type { Handler } from '../mount-route.js';

const SESSION_HOURS = 12;
const OFFICER: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { enum: ['admin', 'reform-officer', 'agency-officer'] },
    disabled: { type: 'boolean' },
    memberships: { type: 'array', items: { type: 'object', properties: { agency: { type: 'string' }, stepRoles: { type: 'array', items: { enum: ['receiver', 'specialist', 'approver'] } } } } },
  },
  required: ['id', 'email', 'name', 'role', 'disabled', 'memberships'],
};
export { OFFICER };

const signIn: RouteSpec = {
  method: 'post',
  path: '/api/v1/admin/session',
  operationId: 'signIn',
  summary: 'Sign in an officer (sets the session cookie)',
  tags: ['officers'],
  body: { type: 'object', properties: { email: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1000 } }, required: ['email', 'password'], additionalProperties: false },
  responses: { 200: { description: 'Signed in.', schema: { type: 'object', properties: { officer: OFFICER }, required: ['officer'] } } },
};
const signOut: RouteSpec = { method: 'delete', path: '/api/v1/admin/session', operationId: 'signOut', summary: 'Sign out', tags: ['officers'], auth: [], responses: { 204: { description: 'Signed out.' } } };
const me: RouteSpec = { method: 'get', path: '/api/v1/admin/me', operationId: 'me', summary: 'The signed-in officer', tags: ['officers'], auth: [], responses: { 200: { description: 'The officer.', schema: OFFICER } } };
const token: RouteSpec = {
  method: 'post',
  path: '/api/v1/admin/tokens',
  operationId: 'createToken',
  summary: 'A bearer token for a machine client acting as the signed-in officer',
  tags: ['officers'],
  auth: [],
  body: { type: 'object', properties: { label: { type: 'string', minLength: 1, maxLength: 100 }, days: { type: 'integer', minimum: 1, maximum: 365 } }, required: ['label', 'days'], additionalProperties: false },
  responses: { 201: { description: 'The token, shown once.', schema: { type: 'object', properties: { token: { type: 'string' }, expiresAt: { type: 'string' } }, required: ['token', 'expiresAt'] } } },
};

export const sessionRoutes: [RouteSpec, Handler][] = [
  [
    signIn,
    async (c, { body }, services) => {
      const { email, password } = body as { email: string; password: string };
      const account = services.users.withPassword(email);
      // The same answer, after the same work, for an unknown email and a wrong password.
      const valid = await verifyPassword(password, account?.passwordHash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      if (!account || !valid || account.officer.disabled) {
        services.audit.record({ at: services.now().toISOString(), userId: account?.officer.id ?? null, action: 'sign-in-failed', target: email.toLowerCase() });
        throw new ApiError(401, 'sign-in-failed', { vi: 'Thư điện tử hoặc mật khẩu không đúng.', en: 'The email or the password is wrong.' });
      }
      const now = services.now();
      const session = services.sessions.create(account.officer.id, 'cookie', now, SESSION_HOURS * 3_600_000);
      setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Strict', secure: services.config.cookieSecure, path: '/', maxAge: SESSION_HOURS * 3600 });
      services.audit.record({ at: now.toISOString(), userId: account.officer.id, action: 'sign-in', target: account.officer.email });
      return c.json({ officer: account.officer });
    },
  ],
  [
    signOut,
    (c, { auth }, services) => {
      if (auth) services.sessions.revoke(auth.token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  ],
  [me, (c, { auth }) => c.json(auth?.officer)],
  [
    token,
    (c, { body, auth }, services) => {
      const { label, days } = body as { label: string; days: number };
      const now = services.now();
      const made = services.sessions.create(auth?.officer.id as string, 'bearer', now, days * 86_400_000, label);
      services.audit.record({ at: now.toISOString(), userId: auth?.officer.id ?? null, action: 'token-create', target: label });
      return c.json({ token: made, expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() }, 201);
    },
  ],
];

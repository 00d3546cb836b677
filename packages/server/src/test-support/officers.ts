import { randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/password.js';
import type { OfficerRole } from '../db/user-store.js';
import { UserStore } from '../db/user-store.js';
import { postJson, type TestApp } from './test-app.js';

export const PASSWORD = 'mật khẩu đủ dài 2026';

/** Makes an account directly in the database and signs it in; returns headers that carry its session. */
export async function signedIn(t: TestApp, role: OfficerRole, memberships: { agency: string; stepRoles: ('receiver' | 'specialist' | 'approver')[] }[] = []) {
  const users = new UserStore(t.database.db);
  const email = `${role}-${randomUUID().slice(0, 8)}@motcua.test`;
  const officer = users.create({ id: randomUUID(), email, name: role, role, passwordHash: await hashPassword(PASSWORD), createdAt: new Date().toISOString() });
  if (memberships.length > 0) users.setMemberships(officer.id, memberships);
  const response = await t.request('/api/v1/admin/session', postJson({ email, password: PASSWORD }));
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { officer, email, headers: { Cookie: cookie } };
}

import { randomBytes, randomUUID } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { Db } from '../db/open-database.js';
import { UserStore } from '../db/user-store.js';
import { hashPassword } from './password.js';

/**
 * On a database without any account, makes the first admin. Its password is
 * ADMIN_PASSWORD, or one made here and returned so it is printed once and
 * never stored in clear.
 */
export async function ensureFirstAdmin(db: Db, config: Config, now: Date): Promise<{ email: string; oneTimePassword?: string } | undefined> {
  const users = new UserStore(db);
  if (users.count() > 0) return undefined;
  const oneTimePassword = config.adminPassword ? undefined : randomBytes(12).toString('base64url');
  const password = config.adminPassword ?? (oneTimePassword as string);
  users.create({ id: randomUUID(), email: config.adminEmail, name: 'Administrator', role: 'admin', passwordHash: await hashPassword(password), createdAt: now.toISOString() });
  return oneTimePassword ? { email: config.adminEmail, oneTimePassword } : { email: config.adminEmail };
}

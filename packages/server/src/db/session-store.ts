import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { sessions } from './schema/index.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions and bearer tokens; only their hashes are stored. */
export class SessionStore {
  private readonly find;

  constructor(private readonly db: Db) {
    this.find = db
      .select({ userId: sessions.userId, kind: sessions.kind })
      .from(sessions)
      .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now'))))
      .prepare();
  }

  /** Makes a token; the caller hands it out once. */
  create(userId: string, kind: 'cookie' | 'bearer', now: Date, lifetimeMs: number, label?: string): string {
    const token = randomBytes(32).toString('base64url');
    this.db
      .insert(sessions)
      .values({ tokenHash: hashOf(token), userId, kind, label: label ?? null, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + lifetimeMs).toISOString() })
      .run();
    return token;
  }

  userOf(token: string, kind: 'cookie' | 'bearer', now: Date): string | undefined {
    const row = this.find.get({ hash: hashOf(token), now: now.toISOString() });
    return row && row.kind === kind ? row.userId : undefined;
  }

  revoke(token: string): void {
    this.db.delete(sessions).where(eq(sessions.tokenHash, hashOf(token))).run();
  }

  revokeAllOf(userId: string): void {
    this.db.delete(sessions).where(eq(sessions.userId, userId)).run();
  }
}

import { eq, sql } from 'drizzle-orm';
import type { StepRole } from '@motcua/core';
import type { Db } from './open-database.js';
import { memberships, users } from './schema/index.js';

export type OfficerRole = 'admin' | 'reform-officer' | 'agency-officer';

export interface Officer {
  id: string;
  email: string;
  name: string;
  role: OfficerRole;
  disabled: boolean;
  /** Agencies the officer belongs to, with the step roles they may act in. */
  memberships: { agency: string; stepRoles: StepRole[] }[];
}

type UserRow = typeof users.$inferSelect;

/** Officers' accounts and their agency memberships. */
export class UserStore {
  private readonly byEmail;
  private readonly byId;

  constructor(private readonly db: Db) {
    this.byEmail = db.select().from(users).where(eq(users.email, sql.placeholder('email'))).prepare();
    this.byId = db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare();
  }

  private officer(row: UserRow): Officer {
    const rows = this.db.select().from(memberships).where(eq(memberships.userId, row.id)).all();
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      disabled: row.disabledAt !== null,
      memberships: rows.map((m) => ({ agency: m.agencyId, stepRoles: JSON.parse(m.stepRoles) as StepRole[] })),
    };
  }

  count(): number {
    return this.db.select({ n: sql<number>`COUNT(*)` }).from(users).get()?.n ?? 0;
  }

  create(user: { id: string; email: string; name: string; role: OfficerRole; passwordHash: string; createdAt: string }): Officer {
    this.db.insert(users).values({ ...user, email: user.email.toLowerCase() }).run();
    return this.get(user.id) as Officer;
  }

  get(id: string): Officer | undefined {
    const row = this.byId.get({ id });
    return row ? this.officer(row) : undefined;
  }

  /** The account and its password hash, for signing in. */
  withPassword(email: string): { officer: Officer; passwordHash: string } | undefined {
    const row = this.byEmail.get({ email: email.toLowerCase() });
    return row ? { officer: this.officer(row), passwordHash: row.passwordHash } : undefined;
  }

  list(): Officer[] {
    return this.db.select().from(users).orderBy(users.email).all().map((row) => this.officer(row));
  }

  update(id: string, change: { name?: string; role?: OfficerRole; disabledAt?: string | null; passwordHash?: string }): void {
    this.db.update(users).set(change).where(eq(users.id, id)).run();
  }

  setMemberships(id: string, list: { agency: string; stepRoles: StepRole[] }[]): void {
    this.db.transaction((tx) => {
      tx.delete(memberships).where(eq(memberships.userId, id)).run();
      for (const m of list) tx.insert(memberships).values({ userId: id, agencyId: m.agency, stepRoles: JSON.stringify(m.stepRoles) }).run();
    });
  }
}

import { desc } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { auditLog } from './schema/index.js';

export interface AuditEntry {
  at: string;
  userId: string | null;
  action: string;
  target: string;
  details?: unknown;
}

/** The audit log of officer actions; append only. */
export class AuditStore {
  constructor(private readonly db: Db) {}

  record(entry: AuditEntry): void {
    this.db.insert(auditLog).values({ ...entry, details: entry.details === undefined ? null : JSON.stringify(entry.details) }).run();
  }

  list(limit: number, offset: number): AuditEntry[] {
    return this.db
      .select()
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(limit)
      .offset(offset)
      .all()
      .map(({ at, userId, action, target, details }) => ({ at, userId, action, target, ...(details ? { details: JSON.parse(details) } : {}) }));
  }
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema/index.js';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  db: Db;
  /** The driver, for what drizzle does not wrap (pragmas, checkpoints, closing). */
  sqlite: Database.Database;
  close(): void;
}

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens (creating it on first use) the SQLite database and applies the
 * committed migrations. WAL lets readers go on while a write commits;
 * synchronous=FULL makes every commit durable before it returns, so a
 * dossier whose receipt was sent survives a power cut. `migrations` is the
 * committed folder unless a test asks for an older state of the schema.
 */
export function openDatabase(path: string, migrations: string = MIGRATIONS): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrations });
  return { db, sqlite, close: () => sqlite.close() };
}

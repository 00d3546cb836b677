import { sql } from 'drizzle-orm';
import type { Db } from './open-database.js';

/**
 * A counter in the settings table that every change to what the public
 * catalogue shows (a publication, a retirement) increments in the same
 * transaction, so every process serving the catalogue knows its listing is stale.
 */
export function bumpCatalogueGeneration(db: Db): void {
  db.run(sql`INSERT INTO settings (name, value) VALUES ('catalogue-generation', '1')
    ON CONFLICT (name) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`);
}

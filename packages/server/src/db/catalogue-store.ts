import { eq, sql } from 'drizzle-orm';
import type { CalendarFile, Taxonomy } from '@motcua/core';
import type { Db } from './open-database.js';
import { sha256 } from './procedure-store.js';
import { calendars, taxonomy } from './schema/index.js';

/** Calendars and the taxonomy: the catalogue's reference data. */
export class CatalogueStore {
  private readonly hashOf;

  constructor(private readonly db: Db) {
    this.hashOf = db.select({ hash: calendars.hash }).from(calendars).where(eq(calendars.id, sql.placeholder('id'))).prepare();
  }

  /** A calendar's hash alone: enough to know whether a resolved copy is still current. */
  calendarHash(id: string): string | undefined {
    return this.hashOf.get({ id })?.hash;
  }

  /** Writes a calendar when it is new or changed; says whether it wrote. */
  putCalendar(file: CalendarFile, at: string): boolean {
    const body = JSON.stringify(file);
    const hash = sha256(body);
    const current = this.db.select({ hash: calendars.hash }).from(calendars).where(eq(calendars.id, file.id)).get();
    if (current?.hash === hash) return false;
    this.db
      .insert(calendars)
      .values({ id: file.id, body, hash, updatedAt: at })
      .onConflictDoUpdate({ target: calendars.id, set: { body, hash, updatedAt: at } })
      .run();
    return true;
  }

  calendar(id: string): { file: CalendarFile; hash: string } | undefined {
    const row = this.db.select().from(calendars).where(eq(calendars.id, id)).get();
    return row ? { file: JSON.parse(row.body) as CalendarFile, hash: row.hash } : undefined;
  }

  /** A calendar and the calendars it extends, child first, as resolveCalendar needs them. */
  calendarChain(id: string): { file: CalendarFile; hash: string }[] | undefined {
    const chain: { file: CalendarFile; hash: string }[] = [];
    const seen = new Set<string>();
    let next: string | undefined = id;
    while (next !== undefined && !seen.has(next)) {
      seen.add(next);
      const found = this.calendar(next);
      if (!found) return chain.length === 0 ? undefined : chain;
      chain.push(found);
      next = found.file.extends;
    }
    return chain;
  }

  putTaxonomy(value: Taxonomy, at: string): void {
    const body = JSON.stringify(value);
    this.db
      .insert(taxonomy)
      .values({ id: 1, body, updatedAt: at })
      .onConflictDoUpdate({ target: taxonomy.id, set: { body, updatedAt: at } })
      .run();
  }

  taxonomy(): Taxonomy | undefined {
    const row = this.db.select().from(taxonomy).where(eq(taxonomy.id, 1)).get();
    return row ? (JSON.parse(row.body) as Taxonomy) : undefined;
  }
}

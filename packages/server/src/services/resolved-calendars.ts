import { resolveCalendar, type ResolvedCalendar } from '@motcua/core';
import type { CatalogueStore } from '../db/catalogue-store.js';

/**
 * Resolved working-day calendars, rebuilt only when one of the files in a
 * calendar's chain has changed; checking that costs one indexed read of a
 * hash per file, not reading and parsing the calendars on every request.
 */
export class ResolvedCalendars {
  private readonly cache = new Map<string, { ids: string[]; key: string; calendar: ResolvedCalendar }>();

  constructor(private readonly store: CatalogueStore) {}

  get(id: string): ResolvedCalendar | undefined {
    const cached = this.cache.get(id);
    if (cached && cached.ids.map((each) => this.store.calendarHash(each)).join(' ') === cached.key) return cached.calendar;
    const chain = this.store.calendarChain(id);
    if (!chain) return undefined;
    const key = chain.map((entry) => entry.hash).join(' ');
    const calendar = resolveCalendar(
      chain.map((entry) => entry.file),
      id,
    );
    this.cache.set(id, { ids: chain.map((entry) => entry.file.id), key, calendar });
    return calendar;
  }
}

import { resolveCalendar, type ResolvedCalendar } from '@motcua/core';
import type { CatalogueStore } from '../db/catalogue-store.js';

/**
 * Resolved working-day calendars, rebuilt only when one of the files in a
 * calendar's chain has changed.
 */
export class ResolvedCalendars {
  private readonly cache = new Map<string, { key: string; calendar: ResolvedCalendar }>();

  constructor(private readonly store: CatalogueStore) {}

  get(id: string): ResolvedCalendar | undefined {
    const chain = this.store.calendarChain(id);
    if (!chain) return undefined;
    const key = chain.map((entry) => entry.hash).join(' ');
    const cached = this.cache.get(id);
    if (cached?.key === key) return cached.calendar;
    const calendar = resolveCalendar(
      chain.map((entry) => entry.file),
      id,
    );
    this.cache.set(id, { key, calendar });
    return calendar;
  }
}

import { FINAL_STATES, type DossierState } from '@motcua/core';

/** The rollup counters, in the order the tables and the rows read from them keep them. */
export const COUNTERS = ['receivedInPerson', 'receivedOnline', 'receivedPostal', 'early', 'onTime', 'late', 'processingDays', 'rejected', 'satisfied', 'acceptable', 'unsatisfied'] as const;
export type Counter = (typeof COUNTERS)[number];
const INDEX = Object.fromEntries(COUNTERS.map((name, i) => [name, i])) as Record<Counter, number>;

/** What of a dossier the statistics read; a stored row or a new dossier both fit. */
export interface DossierFacts {
  code: string;
  agencyId: string;
  procedureCode: string;
  channel: string;
  status: string;
  submittedAt: string;
  receivedAt?: string | null;
  completedAt?: string | null;
  timeliness?: string | null;
  dueAt?: string | null;
  rating?: string | null;
  ratedAt?: string | null;
}

const CHANNEL: Record<string, Counter> = { 'in-person': 'receivedInPerson', online: 'receivedOnline', postal: 'receivedPostal' };
const TIMELINESS: Record<string, Counter> = { early: 'early', 'on-time': 'onTime', late: 'late' };
const RATING: Record<string, Counter> = { satisfied: 'satisfied', acceptable: 'acceptable', 'not-satisfied': 'unsatisfied' };

const DAY_MS = 86_400_000;
/** Vietnam has kept UTC+07:00 without daylight saving since 1975. */
const OFFSET_MS = 7 * 3_600_000;
const dayNumber = (iso: string) => Math.floor((Date.parse(iso) + OFFSET_MS) / DAY_MS);
/** The local Vietnamese date (YYYY-MM-DD) of an instant. */
export const localDay = (iso: string) => new Date(dayNumber(iso) * DAY_MS).toISOString().slice(0, 10);

/** Counter vectors by local day: what one dossier, or a change to one, adds to its agency and procedure's rollup. */
export type DayCounts = Map<string, number[]>;

function add(into: DayCounts, day: string, counter: Counter, amount: number): void {
  let vector = into.get(day);
  if (!vector) {
    vector = COUNTERS.map(() => 0);
    into.set(day, vector);
  }
  vector[INDEX[counter]] = (vector[INDEX[counter]] ?? 0) + amount;
}

/**
 * Adds (sign 1) or takes away (sign -1) what a dossier in this state counts
 * for: filed on its submission day; returned, by timeliness and with the
 * calendar days from receipt to return, on its completion day; rejected on
 * its completion day; its rating on the day it was given.
 */
export function addContributions(into: DayCounts, d: DossierFacts, sign: 1 | -1): void {
  const channel = CHANNEL[d.channel];
  if (channel) add(into, localDay(d.submittedAt), channel, sign);
  if (d.completedAt && d.status === 'returned' && d.timeliness && TIMELINESS[d.timeliness]) {
    const day = localDay(d.completedAt);
    add(into, day, TIMELINESS[d.timeliness] as Counter, sign);
    if (d.receivedAt) add(into, day, 'processingDays', sign * (dayNumber(d.completedAt) - dayNumber(d.receivedAt)));
  }
  if (d.completedAt && d.status === 'rejected') add(into, localDay(d.completedAt), 'rejected', sign);
  const rating = d.rating ? RATING[d.rating] : undefined;
  if (rating && d.ratedAt) add(into, localDay(d.ratedAt), rating, sign);
}

/** What a change does to the rollups; days where it changes nothing are left out. */
export function changeOf(before: DossierFacts | undefined, after: DossierFacts): DayCounts {
  const counts: DayCounts = new Map();
  if (before) addContributions(counts, before, -1);
  addContributions(counts, after, 1);
  for (const [day, vector] of counts) if (vector.every((n) => n === 0)) counts.delete(day);
  return counts;
}

/** The due date "overdue now" watches: an open dossier's, or none once it is final or has none. */
export function openDueOf(d: DossierFacts): string | null {
  return d.dueAt && !FINAL_STATES.has(d.status as DossierState) ? d.dueAt : null;
}

import { dossierDue, type ClockServiceLevel, type DossierDue, type Pause, type ResolvedCalendar } from '@motcua/core';
import type { DossierRow } from '../db/dossier-store.js';
import type { SupplementRequest } from '../db/dossier-supplement-store.js';

/**
 * The pauses of a received dossier's clock: each supplement requested after
 * receipt, until its answer (still open without one, unless `closeAt` ends
 * it, as a completion does).
 */
export function pausesOf(receivedAt: string, supplements: readonly SupplementRequest[], closeAt?: Date): Pause[] {
  return supplements
    .filter((s) => s.requestedAt >= receivedAt)
    .map((s) => {
      const to = s.answeredAt ? new Date(s.answeredAt) : closeAt;
      return to ? { from: new Date(s.requestedAt), to } : { from: new Date(s.requestedAt) };
    });
}

/** The due dates of a received dossier given its supplements and extensions; null dates before receipt. */
export function clockOf(calendar: ResolvedCalendar, row: Pick<DossierRow, 'receivedAt' | 'serviceLevel' | 'extensionDays'>, supplements: readonly SupplementRequest[], closeAt?: Date): DossierDue {
  if (!row.receivedAt || !row.serviceLevel) return { due: null, legalDue: null };
  return dossierDue({
    calendar,
    receivedAt: new Date(row.receivedAt),
    serviceLevel: JSON.parse(row.serviceLevel) as ClockServiceLevel,
    pauses: pausesOf(row.receivedAt, supplements, closeAt),
    extensionDays: row.extensionDays,
  });
}

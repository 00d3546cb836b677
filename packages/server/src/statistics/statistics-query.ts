import type { LocalText } from '@motcua/core';
import { requireAgency, type Authenticated } from '../auth/authenticate.js';
import { notFound } from '../http/api-error.js';
import type { Services } from '../services/services.js';
import { monthsOf, splitPeriod, type Period } from './statistics-period.js';
import { StatisticsSums } from './statistics-report.js';
import type { RollupFilter } from './statistics-store.js';

export interface StatisticsRequest {
  period: Period;
  agency?: string;
  procedure?: string;
}

/**
 * The agencies an officer's statistics and exports count: the one asked for
 * (an agency officer only one they belong to: 403 otherwise), else all of an
 * agency officer's, and every agency for an admin (undefined).
 */
export function agencyScope(services: Services, auth: Authenticated, agency: string | undefined): string[] | undefined {
  if (agency !== undefined) {
    requireAgency(auth, agency);
    if (!services.agencies.agency(agency)) throw notFound({ vi: `cơ quan “${agency}”`, en: `Agency “${agency}”` });
    return [agency];
  }
  return auth.officer.role === 'admin' ? undefined : auth.officer.memberships.map((m) => m.agency);
}

export function checkProcedure(services: Services, procedure: string | undefined): void {
  if (procedure !== undefined && !services.procedures.latestVersion(procedure)) throw notFound({ vi: `thủ tục “${procedure}”`, en: `Procedure “${procedure}”` });
}

/** The rollups of the period summed per agency, procedure and month (and per agency × procedure when `pairs`), with the dossiers overdue now. */
export function statisticsSums(services: Services, scope: string[] | undefined, request: StatisticsRequest, pairs = false): StatisticsSums {
  const filter: RollupFilter = { pairs, ...(scope ? { agencies: scope } : {}), ...(request.procedure ? { procedure: request.procedure } : {}) };
  const { months, dayRanges } = splitPeriod(request.period);
  const rows = services.statistics.rows(filter, months, dayRanges);
  const overdue = services.statistics.overdue(filter, services.now().toISOString());
  return new StatisticsSums(rows, overdue, monthsOf(request.period));
}

/** Names to show: agencies' from their files, procedures' from their latest version; the id itself when there is none. */
export function namesOf(services: Services, procedures: readonly string[]): { agency: (id: string) => LocalText; procedure: (code: string) => LocalText } {
  const procedureNames = services.statistics.procedureNames(procedures);
  return {
    agency: (id) => services.agencies.agency(id)?.name ?? { vi: id },
    procedure: (code) => procedureNames.get(code) ?? { vi: code },
  };
}

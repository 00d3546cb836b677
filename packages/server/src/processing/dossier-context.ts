import { resolveCase, type EffectiveProcedure, type ResolvedCalendar, type Step } from '@motcua/core';
import type { DossierRow } from '../db/dossier-store.js';
import { ApiError } from '../http/api-error.js';
import type { CompiledVersion } from '../services/compiled-versions.js';
import type { Services } from '../services/services.js';

/** What acting on a dossier needs of the rules it was filed under: its version, case, steps and calendar. */
export interface DossierRules {
  compiled: CompiledVersion;
  effective: EffectiveProcedure;
  steps: Step[];
  /** Where the dossier stands among `steps` (the first until it is forwarded). */
  stepIndex: number;
  calendar: ResolvedCalendar;
}

export function rulesOf(services: Services, row: DossierRow): DossierRules {
  const stored = services.procedures.version(row.procedureCode, row.version);
  const agency = services.agencies.agency(row.agencyId);
  const calendar = services.calendars.get(agency?.calendar ?? 'vn');
  if (!stored || !calendar) {
    // The version and calendar a dossier was filed under are never deleted; reaching here is a broken database.
    throw new ApiError(500, 'dossier-rules-missing', { vi: 'Không đọc được quy định mà hồ sơ được nộp theo.', en: 'The rules the dossier was filed under cannot be read.' }, { code: row.code });
  }
  const compiled = services.compiled.get(stored);
  const effective = resolveCase(compiled.definition, row.caseId, services.agencies.offering(row.agencyId, row.procedureCode));
  const found = effective.steps.findIndex((s) => s.id === row.stepId);
  return { compiled, effective, steps: effective.steps, stepIndex: found < 0 ? 0 : found, calendar };
}

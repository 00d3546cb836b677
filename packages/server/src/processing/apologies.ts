import { apologyNotice } from '@motcua/core';
import type { Apology } from '../db/dossier-supplement-store.js';
import type { ActionContext } from './action-context.js';

/** Writes the apology notice owed to the citizen, in both languages, with the action's transaction. */
export function apologise({ services, row, rules }: ActionContext, apology: Omit<Apology, 'text' | 'createdAt'>): void {
  const agency = services.agencies.agency(row.agencyId);
  const text = apologyNotice({
    kind: apology.kind,
    dossierCode: row.code,
    procedure: rules.compiled.definition.name,
    agency: agency?.name ?? { vi: row.agencyId },
    applicant: row.applicantName,
    oldDate: apology.oldDate,
    newDate: apology.newDate,
    reason: apology.reason,
  });
  services.supplements.addApology(row.code, { ...apology, text, createdAt: services.now().toISOString() });
}

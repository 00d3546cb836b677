import type { DossierState, StepRole } from '@motcua/core';
import type { DossierChanges, DossierRow } from '../db/dossier-store.js';
import type { Officer } from '../db/user-store.js';
import type { Services } from '../services/services.js';
import type { DossierRules } from './dossier-context.js';

/** Who acts: a signed-in officer, or the citizen holding the dossier's secret. */
export type Actor = { kind: 'officer'; officer: Officer } | { kind: 'citizen' };

export interface ActionContext {
  services: Services;
  row: DossierRow;
  rules: DossierRules;
  now: Date;
  /** `now` as stored. */
  at: string;
  actor: Actor;
  /** The step role the officer acts in, or the citizen. */
  role: StepRole | 'citizen';
  body: Record<string, unknown>;
}

/** What an action changes besides the status and revision, which the dispatcher sets. */
export interface ActionOutcome {
  changes?: DossierChanges;
  /** The state reached when the transition does not fix it (the return from a supplement). */
  status?: DossierState;
  toStep?: string;
  toAgency?: string;
  note?: string | null;
  details?: Record<string, unknown>;
}

export type ActionHandler = (ctx: ActionContext) => ActionOutcome;

export function actorId(actor: Actor): string {
  return actor.kind === 'officer' ? actor.officer.id : 'citizen';
}

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

import { STEP_ROLES, statesAllowing, transitionFor, type DossierAction, type DossierState, type DossierTransition, type StepRole } from '@motcua/core';
import type { DossierRow } from '../db/dossier-store.js';
import { ApiError, notFound } from '../http/api-error.js';
import type { Services } from '../services/services.js';
import { actorId, type ActionHandler, type Actor } from './action-context.js';
import { reject, returnResult } from './completion-actions.js';
import { rulesOf, type DossierRules } from './dossier-context.js';
import { writeDossier } from './dossier-ledger.js';
import { dossierChanged, ifMatchRequired, stepRoleRequired, transitionRefused, wrongStep } from './processing-errors.js';
import { approve, extend, forward, receive } from './step-actions.js';
import { answerSupplement, requestSupplement, withdraw } from './supplement-actions.js';

const HANDLERS: Record<DossierAction, ActionHandler> = {
  receive,
  forward,
  'request-supplement': requestSupplement,
  supplement: answerSupplement,
  extend,
  approve,
  reject,
  return: returnResult,
  withdraw,
};

export interface ActionRequest {
  code: string;
  action: DossierAction;
  actor: Actor;
  /** The revision the officer saw (If-Match); officers must give it, the citizen's actions do not need it. */
  revision?: number;
  body: Record<string, unknown>;
}

/** The step roles an officer holds in an agency: every one for an admin, none for a non-member. */
export function rolesIn(actor: Actor, agency: string): StepRole[] {
  if (actor.kind !== 'officer') return [];
  if (actor.officer.role === 'admin') return [...STEP_ROLES];
  if (actor.officer.role !== 'agency-officer') return [];
  return actor.officer.memberships.find((m) => m.agency === agency)?.stepRoles ?? [];
}

function isMember(actor: Actor, agency: string): boolean {
  return actor.kind === 'officer' && (actor.officer.role === 'admin' || (actor.officer.role === 'agency-officer' && actor.officer.memberships.some((m) => m.agency === agency)));
}

/** The role the actor takes the transition in, or the refusal: 409 when the dossier's step is not the action's, 403 when the officer lacks the role. */
function actingRole(transition: DossierTransition, rules: DossierRules, actor: Actor, holder: string): StepRole | 'citizen' {
  if (actor.kind === 'citizen') {
    if (transition.by.includes('citizen')) return 'citizen';
    throw new ApiError(403, 'forbidden', { vi: 'Công dân không thực hiện được việc này.', en: 'A citizen may not do this.' });
  }
  const held = rolesIn(actor, holder);
  const step = rules.steps[rules.stepIndex];
  if (transition.atCurrentStep && step) {
    if (!transition.by.includes(step.role)) {
      throw wrongStep(transition.action, step, rules.steps.filter((s) => transition.by.includes(s.role)).map((s) => s.id));
    }
    if (!held.includes(step.role)) throw stepRoleRequired(transition.action, [step.role], held, holder);
    return step.role;
  }
  const allowed = transition.by.filter((r): r is StepRole => r !== 'citizen');
  const role = step && allowed.includes(step.role) && held.includes(step.role) ? step.role : allowed.find((r) => held.includes(r));
  if (!role) throw stepRoleRequired(transition.action, allowed, held, holder);
  return role;
}

/**
 * Why an action would be refused now, checked in the order a caller can
 * fix them: membership of the agency holding the dossier (403), the
 * revision seen (428, 412), the dossier's state (409), its step and the
 * officer's step role (409, 403). Returns the transition, the rules and the
 * acting role when nothing stands in the way.
 */
export function checkAction(services: Services, row: DossierRow, request: Omit<ActionRequest, 'body' | 'code'>) {
  const holder = row.holderAgencyId ?? row.agencyId;
  const { action, actor } = request;
  if (actor.kind === 'officer') {
    if (!isMember(actor, holder)) throw new ApiError(403, 'forbidden', { vi: 'Bạn không thuộc cơ quan đang giữ hồ sơ này.', en: 'You are not a member of the agency holding this dossier.' }, { agency: holder });
    if (request.revision === undefined) throw ifMatchRequired(row.revision);
    if (request.revision !== row.revision) throw dossierChanged(row.revision, row.status);
  }
  const transition = transitionFor(action, row.status as DossierState);
  if (!transition) throw transitionRefused(action, row.status, statesAllowing(action));
  const rules = rulesOf(services, row);
  return { transition, rules, role: actingRole(transition, rules, actor, holder) };
}

/** The actions an officer could take on the dossier now (what the officers' app offers). */
export function availableActions(services: Services, row: DossierRow, actor: Actor): DossierAction[] {
  return (Object.keys(HANDLERS) as DossierAction[]).filter((action) => {
    try {
      checkAction(services, row, { action, actor, revision: row.revision });
      return true;
    } catch {
      return false;
    }
  });
}

/** Takes an action inside the caller's transaction: checks, the action's own changes, then the ledger write with its event. */
export function actWithin(services: Services, request: ActionRequest): DossierRow {
  const row = services.dossiers.get(request.code);
  if (!row) throw notFound({ vi: `hồ sơ “${request.code}”`, en: `Dossier “${request.code}”` });
  const { transition, rules, role } = checkAction(services, row, request);
  const now = services.now();
  const at = now.toISOString();
  const outcome = HANDLERS[request.action]({ services, row, rules, now, at, actor: request.actor, role, body: request.body });
  const status = outcome.status ?? (transition.to === 'unchanged' || transition.to === 'before-supplement' ? (row.status as DossierState) : transition.to);
  const officer = request.actor.kind === 'officer' ? request.actor.officer : undefined;
  writeDossier(services, {
    kind: 'change',
    before: row,
    changes: { ...outcome.changes, status },
    event: {
      at,
      actor: actorId(request.actor),
      actorName: officer?.name ?? null,
      actorRole: role,
      action: request.action,
      fromStatus: row.status,
      toStatus: status,
      fromStep: row.stepId,
      toStep: outcome.toStep ?? row.stepId,
      toAgency: outcome.toAgency ?? null,
      note: outcome.note ?? null,
      details: outcome.details ?? null,
    },
  });
  return services.dossiers.get(request.code) as DossierRow;
}

/** Takes an action in its own transaction: all of it is written, or nothing. */
export function act(services: Services, request: ActionRequest): DossierRow {
  return services.db.transaction(() => actWithin(services, request));
}

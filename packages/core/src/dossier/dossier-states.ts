/**
 * A dossier's life (hồ sơ): submitted → received (tiếp nhận, the clock
 * starts) → in process (đang xử lý) ⇄ supplement requested (yêu cầu bổ
 * sung, the clock pauses) → result ready → returned (đã trả kết quả); or
 * rejected with a reason, or withdrawn by the citizen before it is received.
 */
export const DOSSIER_STATES = [
  'submitted',
  'received',
  'in-process',
  'supplement-requested',
  'result-ready',
  'returned',
  'rejected',
  'withdrawn',
] as const;

export type DossierState = (typeof DOSSIER_STATES)[number];

/** The step roles of an agency membership that may act on a dossier. */
export type StepRole = 'receiver' | 'specialist' | 'approver';

export interface DossierTransition {
  action: string;
  from: readonly DossierState[];
  to: DossierState;
  /** Who may take it: a step role of the agency, or the citizen holding the dossier's secret. */
  by: readonly (StepRole | 'citizen')[];
  /** Actions that must say why (a rejection, an extension, a supplement request). */
  needsReason: boolean;
}

/** Every allowed move; anything not listed here is refused. */
export const DOSSIER_TRANSITIONS: readonly DossierTransition[] = [
  { action: 'receive', from: ['submitted'], to: 'received', by: ['receiver'], needsReason: false },
  { action: 'start', from: ['received'], to: 'in-process', by: ['receiver', 'specialist'], needsReason: false },
  { action: 'request-supplement', from: ['received', 'in-process'], to: 'supplement-requested', by: ['receiver', 'specialist'], needsReason: true },
  { action: 'supplement', from: ['supplement-requested'], to: 'in-process', by: ['citizen', 'receiver'], needsReason: false },
  { action: 'approve', from: ['in-process'], to: 'result-ready', by: ['approver'], needsReason: false },
  { action: 'return', from: ['result-ready'], to: 'returned', by: ['receiver'], needsReason: false },
  { action: 'reject', from: ['submitted', 'received', 'in-process', 'supplement-requested'], to: 'rejected', by: ['receiver', 'approver'], needsReason: true },
  { action: 'withdraw', from: ['submitted'], to: 'withdrawn', by: ['citizen'], needsReason: false },
];

export const FINAL_STATES: ReadonlySet<DossierState> = new Set(['returned', 'rejected', 'withdrawn']);

/** The transition an action takes from a state, or undefined when it is not allowed there. */
export function transitionFor(action: string, from: DossierState): DossierTransition | undefined {
  return DOSSIER_TRANSITIONS.find((t) => t.action === action && t.from.includes(from));
}

/**
 * A dossier's life (hồ sơ): submitted → received (tiếp nhận, the clock
 * starts) → in process (đang xử lý, forwarded from step to step) ⇄
 * supplement requested (yêu cầu bổ sung, the clock pauses) → result ready
 * (approved) → returned (đã trả kết quả); or rejected with a reason, or
 * withdrawn by the citizen before it is received. A supplement may also be
 * asked for before receipt (the counter finds the dossier incomplete), when
 * no clock runs yet.
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
export const STEP_ROLES = ['receiver', 'specialist', 'approver'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const DOSSIER_ACTIONS = ['receive', 'forward', 'request-supplement', 'supplement', 'extend', 'approve', 'reject', 'return', 'withdraw'] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export interface DossierTransition {
  action: DossierAction;
  from: readonly DossierState[];
  /**
   * The state reached; `before-supplement` returns to the state the
   * supplement request interrupted, `unchanged` keeps the state (an extension).
   */
  to: DossierState | 'before-supplement' | 'unchanged';
  /** Who may take it: a step role of the agency, or the citizen holding the dossier's secret. */
  by: readonly (StepRole | 'citizen')[];
  /**
   * Whether only the holder of the dossier's current step may take it (its
   * role must be the step's): forwarding hands the step on, approving is the
   * decision step's.
   */
  atCurrentStep: boolean;
  /** Actions that must say why (a rejection, an extension, a supplement request). */
  needsReason: boolean;
}

const WORKING: readonly DossierState[] = ['received', 'in-process'];

/** Every allowed move; anything not listed here is refused. */
export const DOSSIER_TRANSITIONS: readonly DossierTransition[] = [
  { action: 'receive', from: ['submitted'], to: 'received', by: ['receiver'], atCurrentStep: false, needsReason: false },
  { action: 'forward', from: WORKING, to: 'in-process', by: ['receiver', 'specialist', 'approver'], atCurrentStep: true, needsReason: false },
  { action: 'request-supplement', from: ['submitted', ...WORKING], to: 'supplement-requested', by: ['receiver', 'specialist'], atCurrentStep: false, needsReason: true },
  { action: 'supplement', from: ['supplement-requested'], to: 'before-supplement', by: ['citizen', 'receiver'], atCurrentStep: false, needsReason: false },
  { action: 'extend', from: WORKING, to: 'unchanged', by: ['specialist', 'approver'], atCurrentStep: false, needsReason: true },
  { action: 'approve', from: ['in-process'], to: 'result-ready', by: ['approver'], atCurrentStep: true, needsReason: false },
  { action: 'return', from: ['result-ready'], to: 'returned', by: ['receiver'], atCurrentStep: false, needsReason: false },
  { action: 'reject', from: ['submitted', 'received', 'in-process', 'supplement-requested'], to: 'rejected', by: ['receiver', 'approver'], atCurrentStep: false, needsReason: true },
  { action: 'withdraw', from: ['submitted'], to: 'withdrawn', by: ['citizen'], atCurrentStep: false, needsReason: false },
];

export const FINAL_STATES: ReadonlySet<DossierState> = new Set(['returned', 'rejected', 'withdrawn']);

/** The transition an action takes from a state, or undefined when it is not allowed there. */
export function transitionFor(action: string, from: DossierState): DossierTransition | undefined {
  return DOSSIER_TRANSITIONS.find((t) => t.action === action && t.from.includes(from));
}

/** The states an action may be taken from (empty for an unknown action). */
export function statesAllowing(action: string): readonly DossierState[] {
  return DOSSIER_TRANSITIONS.find((t) => t.action === action)?.from ?? [];
}

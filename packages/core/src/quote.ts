import type { ResolvedCalendar } from './calendar/calendar.js';
import { computeDueDate, type DueDate } from './calendar/due-date.js';
import { chooseCase } from './cases/choose-case.js';
import { resolveCase, serviceLevelFor, type EffectiveProcedure } from './cases/resolve-case.js';
import type { ConditionContext } from './conditions/condition-context.js';
import type { ConditionEvaluator } from './conditions/condition-evaluator.js';
import { requiredDocuments, type DocumentRequirement } from './documents/required-documents.js';
import { computeFees, type FeeBreakdown } from './fees/compute-fees.js';
import { hiddenSections } from './form/visibility.js';
import type { LocalText, Offering, ProcedureDefinition, ServiceLevel } from './procedure.types.js';

export interface QuoteOptions {
  evaluator: ConditionEvaluator;
  /** The offering agency's overrides; part of every quote because fees and times vary by agency. */
  offering?: Offering;
  /** The calendar to count working days with; without one there is no promised date. */
  calendar?: ResolvedCalendar;
  /** When the dossier would be received as complete; defaults to now. */
  receivedAt?: Date;
}

/** Everything a citizen is told before submitting: what it costs, what to bring, when it will be ready. */
export interface Quote {
  case: { id: string; name: LocalText };
  fees: FeeBreakdown;
  documents: DocumentRequirement[];
  serviceLevel: ServiceLevel;
  /** The date promised if the dossier is received complete at `receivedAt`. */
  promised: DueDate | null;
  /** Schema pointers of form sections hidden in this context. */
  hiddenSections: string[];
  effective: EffectiveProcedure;
}

export function quote(definition: ProcedureDefinition, context: ConditionContext, options: QuoteOptions): Quote {
  const { evaluator, offering, calendar } = options;
  const chosen = chooseCase(definition, context, evaluator);
  const inCase: ConditionContext = { ...context, case: chosen.id };
  const effective = resolveCase(definition, chosen.id, offering);
  const serviceLevel = serviceLevelFor(effective, context.channel);
  const promised = calendar
    ? computeDueDate({ calendar, start: options.receivedAt ?? new Date(), serviceLevel })
    : null;
  return {
    case: { id: chosen.id, name: chosen.name },
    fees: computeFees(effective, inCase, evaluator),
    documents: requiredDocuments(effective, inCase, evaluator),
    serviceLevel,
    promised,
    hiddenSections: hiddenSections(definition, inCase, evaluator),
    effective,
  };
}

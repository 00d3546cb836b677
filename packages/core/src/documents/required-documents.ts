import type { EffectiveProcedure } from '../cases/resolve-case.js';
import type { ConditionContext } from '../conditions/condition-context.js';
import type { ConditionEvaluator } from '../conditions/condition-evaluator.js';
import { DEFAULT_DOCUMENT_ACCEPT } from '../files/file-types.js';
import type { Document, LocalText, LongText } from '../procedure.types.js';
/** 10 MiB: a multi-page scan at a readable resolution, and what a weak connection can still send. */
export const DEFAULT_DOCUMENT_MAX_SIZE = 10 * 1024 * 1024;

/** A document that applies to a context, with every default filled in. */
export interface DocumentRequirement {
  id: string;
  source: string;
  origin: 'definition' | 'offering';
  name: LocalText;
  description?: LongText;
  /** False for documents the citizen may add but need not. */
  required: boolean;
  /** True when a condition brought it in: the runtime says why it is asked for. */
  conditional: boolean;
  originals: number;
  copies: number;
  accept: string[];
  maxSize: number;
  template?: Document['template'];
  mayFollowByPost: boolean;
  legalBasis: string[];
  note?: LongText;
}

/**
 * The documents that apply to these answers, channel and category: every
 * document without a condition, and those whose condition holds.
 */
export function requiredDocuments(
  effective: EffectiveProcedure,
  context: ConditionContext,
  evaluator: ConditionEvaluator,
): DocumentRequirement[] {
  const out: DocumentRequirement[] = [];
  for (const document of effective.documents) {
    const offered = document.origin === 'offering';
    if (document.when && (offered || !evaluator.holds(`${document.source}/when`, context))) continue;
    const requirement: DocumentRequirement = {
      id: document.id,
      source: document.source,
      origin: offered ? 'offering' : 'definition',
      name: document.name,
      required: document.optional !== true,
      conditional: document.when !== undefined,
      originals: document.originals ?? 1,
      copies: document.copies ?? 0,
      accept: [...(document.accept ?? DEFAULT_DOCUMENT_ACCEPT)],
      maxSize: document.maxSize ?? DEFAULT_DOCUMENT_MAX_SIZE,
      mayFollowByPost: document.mayFollowByPost === true,
      legalBasis: document.legalBasis ?? [],
    };
    if (document.description) requirement.description = document.description;
    if (document.template) requirement.template = document.template;
    if (document.note) requirement.note = document.note;
    out.push(requirement);
  }
  return out;
}

import { joinPointer } from '../json/json-pointer.js';
import type { Condition, ProcedureDefinition, Fee, Document } from '../procedure.types.js';

/** A condition of a definition, named by the JSON Pointer of its schema. */
export interface ConditionEntry {
  pointer: string;
  schema: Condition;
  /** What the condition decides, for messages and for the builder. */
  role: 'fee' | 'fee-adjustment' | 'document' | 'case' | 'section';
}

function feeConditions(fees: readonly Fee[] | undefined, base: string, out: ConditionEntry[]): void {
  fees?.forEach((fee, i) => {
    if (fee.when) out.push({ pointer: joinPointer(base, i, 'when'), schema: fee.when, role: 'fee' });
    fee.adjustments?.forEach((adjustment, j) => {
      out.push({ pointer: joinPointer(base, i, 'adjustments', j, 'when'), schema: adjustment.when, role: 'fee-adjustment' });
    });
  });
}

function documentConditions(documents: readonly Document[] | undefined, base: string, out: ConditionEntry[]): void {
  documents?.forEach((document, i) => {
    if (document.when) out.push({ pointer: joinPointer(base, i, 'when'), schema: document.when, role: 'document' });
  });
}

/**
 * Every condition of a definition, in document order. The pointers are the
 * keys of the predicates in the browser validator module, so this walk is
 * the single list both sides agree on.
 */
export function collectConditions(definition: ProcedureDefinition): ConditionEntry[] {
  const out: ConditionEntry[] = [];
  feeConditions(definition.fees, '/fees', out);
  documentConditions(definition.documents, '/documents', out);
  definition.cases.forEach((c, i) => {
    if (c.when) out.push({ pointer: joinPointer('/cases', i, 'when'), schema: c.when, role: 'case' });
    feeConditions(c.fees, joinPointer('/cases', i, 'fees'), out);
    documentConditions(c.documents, joinPointer('/cases', i, 'documents'), out);
  });
  for (const [section, schema] of Object.entries(definition.form.visibility ?? {})) {
    if (schema) out.push({ pointer: joinPointer('/form/visibility', section), schema, role: 'section' });
  }
  return out;
}

import { itemSchemas, schemasAtPath, typesOf, type LocatedSchema } from '../form/form-schema.js';
import { joinPointer, parsePointer } from '../json/json-pointer.js';
import type { Fee, ProcedureDefinition } from '../procedure.types.js';
import { issue } from './issue.js';
import type { ValidationIssue } from './localize-error.js';

type SchemaNode = Record<string, unknown>;

/** Where in the form a fee's quantity and multiplier pointers are read from. */
function checkFee(fee: Fee, at: string, root: SchemaNode, out: ValidationIssue[]): void {
  let scope: LocatedSchema[] = [{ schema: root, pointer: '' }];
  if (fee.each) {
    const arrays = schemasAtPath(root, fee.each);
    if (arrays.length === 0 || !typesOf(root, arrays).has('array')) {
      out.push(issue(joinPointer(at, 'each'), 'fee-answer-unknown', `Khoản phí tính theo từng mục của “${fee.each}”, nhưng biểu mẫu không có danh sách nào ở đó.`, `The fee is charged per item of “${fee.each}”, but the form has no list there.`, { pointer: fee.each }));
      return;
    }
    scope = arrays.flatMap((a) => itemSchemas(root, a));
  }
  const counts: [string, string][] = [];
  if (fee.rule.type === 'per-unit' || fee.rule.type === 'tiered') counts.push([fee.rule.quantity, joinPointer(at, 'rule', 'quantity')]);
  if (fee.multiplier) counts.push([fee.multiplier, joinPointer(at, 'multiplier')]);
  for (const [pointer, path] of counts) {
    const found = scope.flatMap((s) => {
      let current = [s];
      for (const token of parsePointer(pointer)) current = current.flatMap((c) => schemasAtPath(c.schema, joinPointer('', token)).map((x) => ({ schema: x.schema, pointer: c.pointer + x.pointer })));
      return current;
    });
    const types = typesOf(root, found);
    if (found.length === 0 || !(types.has('integer') || types.has('number'))) {
      out.push(issue(path, 'fee-answer-unknown', `Số lượng được đọc từ “${pointer}”, nhưng biểu mẫu không có trường số nào ở đó.`, `The quantity is read from “${pointer}”, but the form has no number field there.`, { pointer }));
    }
  }
}

export function checkFeeAnswers(definition: ProcedureDefinition): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const root = definition.form.schema as SchemaNode;
  definition.fees?.forEach((fee, i) => checkFee(fee, joinPointer('/fees', i), root, out));
  definition.cases.forEach((c, i) => c.fees?.forEach((fee, j) => checkFee(fee, joinPointer('/cases', i, 'fees', j), root, out)));
  return out;
}

import type { ValidateFunction } from 'ajv';
import { createDefinitionAjv, type Ajv2020 } from '../ajv/create-ajv.js';
import { joinPointer } from '../json/json-pointer.js';
import type { Fee, Offering, ProcedureDefinition } from '../procedure.types.js';
import { issue } from './issue.js';
import { localizeErrors, type ValidationIssue } from './localize-error.js';

export type OfferingValidation = { valid: true; errors: []; offering: Offering } | { valid: false; errors: ValidationIssue[] };

function allFees(definition: ProcedureDefinition): Fee[] {
  return [...(definition.fees ?? []), ...definition.cases.flatMap((c) => c.fees ?? [])];
}

/**
 * An agency's offering of a procedure may only change what the law lets it
 * set locally, and the definition says what that is. Anything else is an
 * error here rather than silently ignored when the offering is applied.
 */
export function validateOffering(
  offering: unknown,
  definition: ProcedureDefinition,
  options: { ajv?: Ajv2020 } = {},
): OfferingValidation {
  const ajv = options.ajv ?? createDefinitionAjv();
  const validate = ajv.getSchema('urn:motcua:schema:procedure#/$defs/Offering') as ValidateFunction<Offering>;
  if (!validate(offering)) return { valid: false, errors: localizeErrors(validate.errors ?? []) };
  const out: ValidationIssue[] = [];
  if (offering.procedure !== definition.code) {
    out.push(issue('/procedure', 'offering-procedure-mismatch', `Đề nghị áp dụng cho thủ tục “${offering.procedure}”, không phải “${definition.code}”.`, `The offering is for “${offering.procedure}”, not “${definition.code}”.`));
  }
  const fees = allFees(definition);
  for (const id of Object.keys(offering.fees ?? {})) {
    const fee = fees.find((f) => f.id === id);
    const at = joinPointer('/fees', id);
    if (!fee) {
      out.push(issue(at, 'offering-fee-unknown', `Thủ tục không có khoản phí “${id}”.`, `The procedure has no fee “${id}”.`));
    } else if (!fee.setLocally) {
      out.push(issue(at, 'offering-fee-not-local', `Khoản phí “${id}” do văn bản trung ương quy định; địa phương không được thay đổi.`, `The fee “${id}” is set nationally; an agency cannot change it.`));
    }
  }
  if (offering.serviceLevel && !definition.serviceLevelSetLocally) {
    out.push(issue('/serviceLevel', 'offering-service-level-not-local', 'Thời hạn giải quyết của thủ tục này do văn bản trung ương quy định; địa phương không được thay đổi.', 'This procedure’s time limit is set nationally; an agency cannot change it.'));
  }
  if (offering.documents) {
    if (!definition.documentsSetLocally) {
      out.push(issue('/documents', 'offering-documents-not-local', 'Thành phần hồ sơ của thủ tục này do văn bản trung ương quy định; địa phương không được thêm hay bớt.', 'This procedure’s documents are set nationally; an agency cannot add or remove any.'));
    }
    const known = new Set([...(definition.documents ?? []), ...definition.cases.flatMap((c) => c.documents ?? [])].map((d) => d.id));
    offering.documents.remove?.forEach((id, i) => {
      if (!known.has(id)) out.push(issue(joinPointer('/documents/remove', i), 'offering-document-unknown', `Thủ tục không có giấy tờ “${id}”.`, `The procedure has no document “${id}”.`));
    });
    offering.documents.add?.forEach((d, i) => {
      const at = joinPointer('/documents/add', i);
      if (known.has(d.id)) out.push(issue(joinPointer(at, 'id'), 'duplicate-id', `Giấy tờ “${d.id}” đã có trong thủ tục.`, `The procedure already has a document “${d.id}”.`));
      if (d.when) out.push(issue(joinPointer(at, 'when'), 'offering-document-condition', 'Giấy tờ do địa phương thêm không được có điều kiện.', 'A document an agency adds cannot have a condition.'));
    });
  }
  return out.length === 0 ? { valid: true, errors: [], offering } : { valid: false, errors: out };
}

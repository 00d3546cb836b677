import { fileTypeForMime } from '../files/file-types.js';
import { joinPointer } from '../json/json-pointer.js';
import type { Case, Document, Fee, ProcedureDefinition, ServiceLevel, Step } from '../procedure.types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.types.js';
import { issue } from './issue.js';
import type { ValidationIssue } from './localize-error.js';

function uniqueIds(list: readonly { id: string }[] | undefined, base: string, what: string, out: ValidationIssue[]): void {
  const seen = new Set<string>();
  list?.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      out.push(
        issue(joinPointer(base, i, 'id'), 'duplicate-id', `Mã “${entry.id}” bị trùng trong danh sách ${what}.`, `The id “${entry.id}” appears twice in the ${what} list.`, { id: entry.id }),
      );
    }
    seen.add(entry.id);
  });
}

function legalRefs(refs: readonly string[] | undefined, path: string, known: Set<string>, out: ValidationIssue[]): void {
  refs?.forEach((ref, i) => {
    if (!known.has(ref)) {
      out.push(
        issue(joinPointer(path, i), 'legal-basis-unknown', `Văn bản “${ref}” không có trong căn cứ pháp lý của thủ tục.`, `“${ref}” is not among the procedure's legal basis.`, { ref }),
      );
    }
  });
}

/** Hours a time limit spans, for comparing steps with the service level (a working day is 8 office hours). */
export function hoursOf(level: ServiceLevel): number {
  return level.unit === 'working-hours' ? level.amount : level.amount * 8;
}

function stepsFit(steps: readonly Step[], levels: ServiceLevel[], path: string, out: ValidationIssue[]): void {
  const timed = steps.filter((s) => s.duration);
  if (timed.length === 0) return;
  const total = timed.reduce((sum, s) => sum + hoursOf(s.duration as ServiceLevel), 0);
  const limit = Math.min(...levels.map(hoursOf));
  if (total > limit) {
    out.push(
      issue(path, 'steps-exceed-service-level', `Tổng thời gian các bước (${total / 8} ngày làm việc) vượt thời hạn giải quyết (${limit / 8} ngày).`, `The steps take ${total / 8} working days in all, more than the service level (${limit / 8} days).`, { stepsHours: total, limitHours: limit }),
    );
  }
}

function checkFeeShapes(fees: readonly Fee[] | undefined, base: string, out: ValidationIssue[]): void {
  fees?.forEach((fee, i) => {
    const at = joinPointer(base, i);
    if (fee.rule.type === 'tiered') {
      const { tiers } = fee.rule;
      let previous = 0;
      tiers.forEach((tier, j) => {
        const last = j === tiers.length - 1;
        if (!last && tier.upTo === undefined) {
          out.push(issue(joinPointer(at, 'rule', 'tiers', j, 'upTo'), 'fee-tiers-open', 'Chỉ bậc cuối cùng được để trống “đến”.', 'Only the last tier may leave “up to” empty.'));
        } else if (last && tier.upTo !== undefined) {
          out.push(issue(joinPointer(at, 'rule', 'tiers', j, 'upTo'), 'fee-tiers-closed', 'Bậc cuối cùng phải áp dụng cho mọi số lượng còn lại (để trống “đến”).', 'The last tier must cover every remaining unit (leave “up to” empty).'));
        }
        if (tier.upTo !== undefined) {
          if (tier.upTo <= previous) {
            out.push(issue(joinPointer(at, 'rule', 'tiers', j, 'upTo'), 'fee-tiers-order', `Các bậc phải tăng dần: ${tier.upTo} không lớn hơn ${previous}.`, `Tiers must ascend: ${tier.upTo} is not above ${previous}.`, { upTo: tier.upTo, previous }));
          }
          previous = Math.max(previous, tier.upTo);
        }
      });
    }
    if (fee.min !== undefined && fee.max !== undefined && fee.min > fee.max) {
      out.push(issue(joinPointer(at, 'min'), 'fee-min-above-max', `Mức tối thiểu (${fee.min}) lớn hơn mức tối đa (${fee.max}).`, `The floor (${fee.min}) is above the cap (${fee.max}).`));
    }
    if (fee.rule.type === 'local' && !fee.setLocally) {
      out.push(issue(joinPointer(at, 'setLocally'), 'fee-local-not-settable', 'Khoản phí do địa phương quyết định phải được đánh dấu “địa phương được quy định”.', 'A fee whose amount is set locally must be marked setLocally.'));
    }
    fee.adjustments?.forEach((adjustment, j) => {
      const path = joinPointer(at, 'adjustments', j, 'value');
      if (adjustment.type !== 'exempt' && adjustment.value === undefined) {
        out.push(issue(path, 'fee-adjustment-value', 'Cần nhập giá trị cho điều chỉnh này.', 'This adjustment needs a value.'));
      } else if (adjustment.type === 'percent-off' && (adjustment.value ?? 0) > 100) {
        out.push(issue(path, 'fee-adjustment-percent', 'Tỷ lệ giảm không được quá 100%.', 'A percentage off cannot exceed 100%.'));
      }
    });
  });
}

function checkCases(definition: ProcedureDefinition, out: ValidationIssue[]): void {
  const baseDocs = new Set((definition.documents ?? []).map((d: Document) => d.id));
  const baseFees = new Set((definition.fees ?? []).map((f: Fee) => f.id));
  definition.cases.forEach((c: Case, i) => {
    const at = joinPointer('/cases', i);
    const isLast = i === definition.cases.length - 1;
    if (definition.caseSelection === 'answers' && !c.when && !isLast) {
      out.push(issue(joinPointer(at, 'when'), 'case-condition-missing', 'Khi trường hợp được xác định theo câu trả lời, mọi trường hợp trừ trường hợp cuối phải có điều kiện.', 'When cases follow from the answers, every case but the last needs a condition.'));
    }
    if (definition.caseSelection === 'choice' && c.when) {
      out.push(issue(joinPointer(at, 'when'), 'case-condition-unexpected', 'Trường hợp do người nộp chọn không được có điều kiện.', 'A case the applicant chooses cannot have a condition.'));
    }
    c.exclude?.documents?.forEach((id, j) => {
      if (!baseDocs.has(id)) out.push(issue(joinPointer(at, 'exclude', 'documents', j), 'case-exclude-unknown', `Không có giấy tờ “${id}” trong danh sách chung để loại trừ.`, `There is no base document “${id}” to exclude.`, { id }));
    });
    c.exclude?.fees?.forEach((id, j) => {
      if (!baseFees.has(id)) out.push(issue(joinPointer(at, 'exclude', 'fees', j), 'case-exclude-unknown', `Không có khoản phí “${id}” trong danh sách chung để loại trừ.`, `There is no base fee “${id}” to exclude.`, { id }));
    });
    uniqueIds(c.documents, joinPointer(at, 'documents'), 'giấy tờ / documents', out);
    uniqueIds(c.fees, joinPointer(at, 'fees'), 'phí / fees', out);
    uniqueIds(c.steps, joinPointer(at, 'steps'), 'bước / steps', out);
    checkFeeShapes(c.fees, joinPointer(at, 'fees'), out);
    const level = c.serviceLevel ?? definition.serviceLevel;
    const channels = c.channels ?? definition.channels;
    const levels = [level, ...channels.flatMap((ch) => (ch.serviceLevel ? [ch.serviceLevel] : []))];
    stepsFit(c.steps ?? definition.steps, levels, c.steps ? joinPointer(at, 'steps') : '/steps', out);
  });
}

/** Checks a schema-valid definition for what the meta-schema cannot say. */
export function checkStructure(definition: ProcedureDefinition, taxonomy: Taxonomy | undefined, today: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  uniqueIds(definition.fees, '/fees', 'phí / fees', out);
  uniqueIds(definition.documents, '/documents', 'giấy tờ / documents', out);
  uniqueIds(definition.steps, '/steps', 'bước / steps', out);
  uniqueIds(definition.cases, '/cases', 'trường hợp / cases', out);
  uniqueIds(definition.applicantCategories, '/applicantCategories', 'đối tượng / categories', out);
  uniqueIds(definition.channels.map((c) => ({ id: c.kind })), '/channels', 'cách thức / channels', out);
  uniqueIds(definition.legalBasis.map((l) => ({ id: l.number })), '/legalBasis', 'căn cứ pháp lý / legal basis', out);
  checkFeeShapes(definition.fees, '/fees', out);
  checkCases(definition, out);

  const known = new Set(definition.legalBasis.map((l) => l.number));
  const feeRefs = (fees: readonly Fee[] | undefined, base: string) =>
    fees?.forEach((fee, i) => {
      legalRefs(fee.legalBasis, joinPointer(base, i, 'legalBasis'), known, out);
      fee.adjustments?.forEach((a, j) => legalRefs(a.legalBasis, joinPointer(base, i, 'adjustments', j, 'legalBasis'), known, out));
    });
  const docRefs = (docs: readonly Document[] | undefined, base: string) =>
    docs?.forEach((d, i) => {
      legalRefs(d.legalBasis, joinPointer(base, i, 'legalBasis'), known, out);
      d.accept?.forEach((mime, j) => {
        if (!fileTypeForMime(mime)) {
          out.push(issue(joinPointer(base, i, 'accept', j), 'document-type-unknown', `Hệ thống không nhận biết được loại tệp “${mime}” theo nội dung, nên không thể kiểm tra tệp người dân tải lên.`, `Files of type “${mime}” cannot be recognised by their content, so citizens' uploads could not be checked.`, { mime }));
        }
      });
    });
  feeRefs(definition.fees, '/fees');
  docRefs(definition.documents, '/documents');
  definition.cases.forEach((c, i) => {
    feeRefs(c.fees, joinPointer('/cases', i, 'fees'));
    docRefs(c.documents, joinPointer('/cases', i, 'documents'));
  });

  stepsFit(definition.steps, [definition.serviceLevel, ...definition.channels.flatMap((c) => (c.serviceLevel ? [c.serviceLevel] : []))], '/steps', out);

  if (definition.onlineLevel === 'none' && definition.channels.some((c) => c.kind === 'online')) {
    out.push(issue('/onlineLevel', 'online-level-mismatch', 'Thủ tục có cách nộp trực tuyến nhưng mức dịch vụ công trực tuyến là “chỉ cung cấp thông tin”.', 'The procedure has an online channel but its online service level is “information only”.'));
  }

  if (taxonomy) {
    const tier = taxonomy.tiers.find((t) => t.id === definition.tier);
    if (!tier) {
      out.push(issue('/tier', 'tier-unknown', `Cấp thực hiện “${definition.tier}” không có trong danh mục.`, `The tier “${definition.tier}” is not in the taxonomy.`, { choices: taxonomy.tiers.map((t) => t.id) }));
    } else if (tier.validTo && tier.validTo < today) {
      out.push(issue('/tier', 'tier-retired', `Cấp “${tier.name.vi}” không còn tồn tại từ sau ngày ${tier.validTo}.`, `The ${tier.name.en ?? tier.id} tier ended on ${tier.validTo}.`, { validTo: tier.validTo }));
    }
    if (!taxonomy.sectors.some((s) => s.id === definition.sector)) {
      out.push(issue('/sector', 'sector-unknown', `Lĩnh vực “${definition.sector}” không có trong danh mục.`, `The sector “${definition.sector}” is not in the taxonomy.`));
    }
  }
  return out;
}

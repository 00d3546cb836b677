import type { EffectiveProcedure } from '../cases/resolve-case.js';
import { issue } from '../validation/issue.js';
import type { ValidationIssue } from '../validation/localize-error.js';
import type { ConditionContext } from './condition-context.js';

/**
 * The members of a context that the procedure does not offer: a channel the
 * chosen case cannot be filed by, a delivery its result cannot take, an
 * applicant category it does not define. A quote or a dossier with one of
 * these would be computed for something that cannot happen.
 */
export function checkContext(effective: EffectiveProcedure, context: ConditionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const { definition } = effective;
  const channels = effective.channels.map((c) => c.kind);
  if (context.channel !== undefined && !channels.includes(context.channel)) {
    out.push(issue('/channel', 'channel-not-offered', `Không thể nộp hồ sơ thủ tục này theo cách “${context.channel}”.`, `This procedure cannot be filed by “${context.channel}”.`, { allowed: channels }));
  }
  if (context.delivery !== undefined && !definition.result.delivery.includes(context.delivery)) {
    out.push(issue('/delivery', 'delivery-not-offered', `Không thể nhận kết quả thủ tục này theo cách “${context.delivery}”.`, `This procedure’s result cannot be returned by “${context.delivery}”.`, { allowed: definition.result.delivery }));
  }
  const categories = (definition.applicantCategories ?? []).map((c) => c.id);
  if (context.applicantCategory !== undefined && !categories.includes(context.applicantCategory)) {
    out.push(issue('/applicantCategory', 'category-unknown', `Thủ tục này không có đối tượng “${context.applicantCategory}”.`, `This procedure has no applicant category “${context.applicantCategory}”.`, { allowed: categories }));
  }
  return out;
}

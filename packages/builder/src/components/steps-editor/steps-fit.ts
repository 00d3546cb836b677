import type { Bilingual, Channel, Locale, ProcedureDefinition, ServiceLevel, Step } from '@motcua/core';
import { listIn, type Scope } from '../../shared/case-scope.js';
import { durationText, hoursOf } from '../../shared/durations.js';

/** One thing about the steps an officer should look at; `step` is the index of the step it is about, if one. */
export interface StepsWarning {
  code: 'steps-over' | 'steps-under' | 'steps-untimed' | 'steps-no-share' | 'role-missing' | 'first-not-receiver' | 'unit-mismatch';
  step?: number;
  message: Bilingual;
}

/** The roles a dossier's life needs (core's dossier transitions): a receiver receives and returns, an approver approves. */
const NEEDED_ROLES = [
  { role: 'receiver', vi: 'tiếp nhận và trả kết quả (vai trò “tiếp nhận”)', en: 'receive the dossier and return the result (the “receiver” role)' },
  { role: 'approver', vi: 'phê duyệt kết quả (vai trò “phê duyệt”)', en: 'approve the result (the “approver” role)' },
] as const;

const percent = (part: number, whole: number, locale: Locale) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(whole === 0 ? 0 : part / whole);

/** The steps of a scope with the time limits they must fit, as core's `resolveCase` merges them. */
export interface ScopedSteps {
  steps: Step[];
  serviceLevel: ServiceLevel | undefined;
  channels: Channel[];
}

/** A case's steps, time limit and channels replace the procedure's wholesale when it gives them. */
export function scopedSteps(definition: ProcedureDefinition | undefined, scope: Scope = 'base'): ScopedSteps {
  const chosen = scope === 'base' ? undefined : definition?.cases?.[scope];
  const steps = chosen?.steps ?? listIn<Step>(definition, 'base', 'steps');
  return { steps, serviceLevel: chosen?.serviceLevel ?? definition?.serviceLevel, channels: chosen?.channels ?? definition?.channels ?? [] };
}

/** The time limits the steps must fit: the procedure's (or case's), and each channel's own, the shortest being binding. */
export function bindingLevel(scoped: ScopedSteps): ServiceLevel | undefined {
  const levels = [scoped.serviceLevel, ...scoped.channels.map((c) => c.serviceLevel)].filter((l): l is ServiceLevel => typeof l?.amount === 'number' && typeof l.unit === 'string');
  return levels.reduce<ServiceLevel | undefined>((shortest, level) => (!shortest || hoursOf(level) < hoursOf(shortest) ? level : shortest), undefined);
}

/**
 * What does not fit between the steps and the service level. The rules come from the meta-schema
 * (a step's `duration` is its share of the service level) and from core: `validateProcedure`
 * refuses steps that take longer than the shortest time limit (a day counted as 8 hours), and the
 * dossier's transitions need a receiver (receive, return) and an approver (approve), the receiver
 * acting first. A share left unassigned, or a step with no share, is a warning, not an error.
 */
export function checkSteps(scoped: ScopedSteps): StepsWarning[] {
  const { steps } = scoped;
  const out: StepsWarning[] = [];
  for (const needed of NEEDED_ROLES) {
    if (steps.length > 0 && !steps.some((s) => s.role === needed.role)) {
      out.push({ code: 'role-missing', message: { vi: `Chưa có bước nào để ${needed.vi}.`, en: `No step is there to ${needed.en}.` } });
    }
  }
  if (steps[0] && steps[0].role !== 'receiver') {
    out.push({ code: 'first-not-receiver', step: 0, message: { vi: 'Bước đầu tiên nên là tiếp nhận hồ sơ: thời hạn bắt đầu tính từ lúc tiếp nhận.', en: 'The first step should be receiving the dossier: the time limit starts at receipt.' } });
  }
  const limit = bindingLevel(scoped);
  if (!limit || steps.length === 0) return out;
  const limitHours = hoursOf(limit);
  const timed = steps.flatMap((s, i) => (s.duration && typeof s.duration.amount === 'number' ? [{ step: s, i, hours: hoursOf(s.duration) }] : []));
  steps.forEach((s, i) => {
    if (s.duration && (s.duration.unit === 'calendar-days') !== (limit.unit === 'calendar-days')) {
      out.push({ code: 'unit-mismatch', step: i, message: { vi: `Bước này tính theo ${durationText(s.duration, 'vi')} còn thời hạn tính theo ${durationText(limit, 'vi')}: mỗi ngày được tính là 8 giờ để so sánh.`, en: `This step counts ${durationText(s.duration, 'en')} while the time limit counts ${durationText(limit, 'en')}: each day is taken as 8 hours to compare them.` } });
    }
  });
  const total = timed.reduce((sum, t) => sum + t.hours, 0);
  const spent = (locale: Locale) => durationText(limit.unit === 'working-hours' ? { amount: total, unit: 'working-hours' } : { amount: total / 8, unit: limit.unit }, locale);
  if (total > limitHours) {
    out.push({ code: 'steps-over', message: { vi: `Các bước cộng lại ${spent('vi')} (${percent(total, limitHours, 'vi')}), vượt thời hạn giải quyết ${durationText(limit, 'vi')}: không thể công bố.`, en: `The steps add up to ${spent('en')} (${percent(total, limitHours, 'en')}), more than the time limit of ${durationText(limit, 'en')}: this cannot be published.` } });
  }
  if (limitHours === 0) return out;
  if (timed.length === 0) {
    out.push({ code: 'steps-no-share', message: { vi: `Chưa bước nào được chia thời gian: thời hạn ${durationText(limit, 'vi')} chưa được phân cho các bước.`, en: `No step has its share of the time yet: the ${durationText(limit, 'en')} are not divided between the steps.` } });
    return out;
  }
  steps.forEach((s, i) => {
    if (!timed.some((t) => t.i === i)) out.push({ code: 'steps-untimed', step: i, message: { vi: 'Bước này chưa có thời gian: các phần chia không thể cộng đủ 100%.', en: 'This step has no share of the time: the shares cannot add up to 100%.' } });
  });
  if (total < limitHours && timed.length === steps.length) {
    out.push({ code: 'steps-under', message: { vi: `Các bước mới chiếm ${percent(total, limitHours, 'vi')} thời hạn (${spent('vi')} trên ${durationText(limit, 'vi')}): phần còn lại chưa giao cho bước nào.`, en: `The steps take only ${percent(total, limitHours, 'en')} of the time limit (${spent('en')} of ${durationText(limit, 'en')}): the rest is given to no step.` } });
  }
  return out;
}

/** A step's share of the binding time limit, 0 to 1 (more when it overruns); undefined when it has no duration. */
export function shareOf(step: Step, scoped: ScopedSteps): number | undefined {
  const limit = bindingLevel(scoped);
  if (!step.duration || !limit || hoursOf(limit) === 0) return undefined;
  return hoursOf(step.duration) / hoursOf(limit);
}

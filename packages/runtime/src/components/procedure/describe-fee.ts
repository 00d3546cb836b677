import type { Fee, Locale } from '@motcua/core';
import { money, textIn } from '../../i18n/runtime-text.js';
import { PROCEDURE_TEXT, type ProcedureTextKey } from './procedure-text.js';
import { format } from '@motcua/core';

const say = (key: ProcedureTextKey, locale: Locale, values: Record<string, string | number> = {}) => format(PROCEDURE_TEXT[key][locale], values);

/**
 * A fee rule in words a citizen reads on the posting: "2.000 ₫ / trang",
 * "trang 1–2: 2.000 ₫; từ trang thứ 3: 1.000 ₫", "tối đa 200.000 ₫".
 */
export function describeFee(fee: Fee, locale: Locale): string[] {
  const { rule } = fee;
  const parts: string[] = [];
  if (rule.type === 'fixed') parts.push(rule.amount === 0 ? say('free', locale) : money(rule.amount, locale));
  else if (rule.type === 'local') parts.push(say('setLocally', locale));
  else if (rule.type === 'per-unit') parts.push(say('perUnit', locale, { amount: money(rule.amount, locale), unit: textIn(rule.unit, locale) || '…' }));
  else {
    let from = 1;
    const unit = textIn(rule.unit, locale);
    const tiers = rule.tiers.map((tier) => {
      const text = tier.upTo === undefined ? say('tier', locale, { unit, from, amount: money(tier.amount, locale) }) : say('tierUpTo', locale, { unit, from, to: tier.upTo, amount: money(tier.amount, locale) });
      from = (tier.upTo ?? from) + 1;
      return text;
    });
    parts.push(tiers.join('; '));
  }
  if (fee.max !== undefined) parts.push(say('atMost', locale, { amount: money(fee.max, locale) }));
  if (fee.min !== undefined) parts.push(say('atLeast', locale, { amount: money(fee.min, locale) }));
  return parts;
}

/** An adjustment in words: "Giảm 50% — Học sinh, sinh viên". */
export function describeAdjustment(adjustment: NonNullable<Fee['adjustments']>[number], locale: Locale): string {
  const value = adjustment.value ?? 0;
  const what =
    adjustment.type === 'exempt'
      ? say('exempt', locale)
      : adjustment.type === 'percent-off'
        ? say('percentOff', locale, { value })
        : adjustment.type === 'set-amount'
          ? say('setAmount', locale, { amount: money(value, locale) })
          : say('amountOff', locale, { amount: money(value, locale) });
  return `${what}: ${textIn(adjustment.label, locale)}`;
}

import { format, formatMoney, type Fee, type Locale } from '@motcua/core';
import { textIn } from '../../i18n/runtime-text.js';
import { PROCEDURE_TEXT, type ProcedureTextKey } from './procedure-text.js';

const say = (key: ProcedureTextKey, locale: Locale, values: Record<string, string | number> = {}) => format(PROCEDURE_TEXT[key][locale], values);

/**
 * A fee rule in words a citizen reads on the posting: "2.000 ₫ / trang",
 * "trang 1–2: 2.000 ₫; từ trang thứ 3: 1.000 ₫", "tối đa 200.000 ₫".
 */
export function describeFee(fee: Fee, locale: Locale): string[] {
  const { rule } = fee;
  const parts: string[] = [];
  if (rule.type === 'fixed') parts.push(rule.amount === 0 ? say('free', locale) : formatMoney(rule.amount, locale));
  else if (rule.type === 'local') parts.push(say('setLocally', locale));
  else if (rule.type === 'per-unit') parts.push(say('perUnit', locale, { amount: formatMoney(rule.amount, locale), unit: textIn(rule.unit, locale) || '…' }));
  else {
    let from = 1;
    const unit = textIn(rule.unit, locale);
    const tiers = rule.tiers.map((tier) => {
      const text = tier.upTo === undefined ? say('tier', locale, { unit, from, amount: formatMoney(tier.amount, locale) }) : say('tierUpTo', locale, { unit, from, to: tier.upTo, amount: formatMoney(tier.amount, locale) });
      from = (tier.upTo ?? from) + 1;
      return text;
    });
    parts.push(tiers.join('; '));
  }
  if (fee.max !== undefined) parts.push(say('atMost', locale, { amount: formatMoney(fee.max, locale) }));
  if (fee.min !== undefined) parts.push(say('atLeast', locale, { amount: formatMoney(fee.min, locale) }));
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
          ? say('setAmount', locale, { amount: formatMoney(value, locale) })
          : say('amountOff', locale, { amount: formatMoney(value, locale) });
  return `${what}: ${textIn(adjustment.label, locale)}`;
}

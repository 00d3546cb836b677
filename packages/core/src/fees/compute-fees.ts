import type { EffectiveProcedure, Sourced } from '../cases/resolve-case.js';
import type { ConditionContext } from '../conditions/condition-context.js';
import type { ConditionEvaluator } from '../conditions/condition-evaluator.js';
import { getByPointer, joinPointer } from '../json/json-pointer.js';
import type { Fee, FeeAdjustment, FeeRule, LocalText, LongText } from '../procedure.types.js';
import { feeOverflow } from './fee-error.js';

export interface AppliedAdjustment {
  type: FeeAdjustment['type'];
  label: LocalText;
  legalBasis: string[];
}

/** One line of a fee breakdown, in VND. */
export interface FeeLine {
  feeId: string;
  /** JSON Pointer of the fee in the definition (or offering). */
  source: string;
  kind: Fee['kind'];
  label: LocalText;
  /** Index of the item when the fee is charged per item of a repeatable answer. */
  item?: number;
  quantity?: number;
  multiplier?: number;
  /** The amount before adjustments (after any cap or floor and the multiplier). */
  base: number | null;
  /** What the citizen pays for this line; null while a locally set amount is unknown. */
  amount: number | null;
  capped?: 'max' | 'min';
  adjustments: AppliedAdjustment[];
  legalBasis: string[];
  /** Answers the amount depends on that are not given yet (pointers into the answers). */
  missing: string[];
  note?: LongText;
}

export interface FeeBreakdown {
  lines: FeeLine[];
  /** Sum of the known amounts. */
  total: number;
  /** False while an amount is unknown or depends on a missing answer. */
  complete: boolean;
  currency: 'VND';
}

function safe(value: number, feeId: string): number {
  if (!Number.isSafeInteger(value)) throw feeOverflow(feeId);
  return value;
}

function countAt(item: unknown, pointer: string): number | undefined {
  const value = getByPointer(item, pointer);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Marginal tiers: each unit is charged at the amount of the tier it falls in. */
function tieredAmount(rule: Extract<FeeRule, { type: 'tiered' }>, quantity: number, feeId: string): number {
  let total = 0;
  let charged = 0;
  for (const tier of rule.tiers) {
    if (charged >= quantity) break;
    const upTo = tier.upTo ?? quantity;
    const units = Math.min(quantity, upTo) - charged;
    if (units > 0) {
      total = safe(total + units * tier.amount, feeId);
      charged += units;
    }
  }
  return total;
}

/** Rounds half up to the nearest đồng: amounts stay integers, never floats. */
function percentOf(amount: number, percent: number): number {
  return Math.floor((amount * percent + 50) / 100);
}

function round(amount: number, rounding: NonNullable<Fee['rounding']>): number {
  const { to, mode } = rounding;
  const remainder = amount % to;
  if (remainder === 0) return amount;
  if (mode === 'down') return amount - remainder;
  if (mode === 'up') return amount - remainder + to;
  return remainder * 2 >= to ? amount - remainder + to : amount - remainder;
}

function adjust(amount: number | null, adjustment: FeeAdjustment): number | null {
  const value = adjustment.value ?? 0;
  switch (adjustment.type) {
    case 'exempt':
      return 0;
    case 'set-amount':
      return value;
    case 'percent-off':
      return amount === null ? null : amount - percentOf(amount, Math.min(value, 100));
    case 'amount-off':
      return amount === null ? null : Math.max(0, amount - value);
  }
}

function feeLine(
  fee: Sourced<Fee>,
  item: unknown,
  itemIndex: number | undefined,
  eachPointer: string,
  context: ConditionContext,
  evaluator: ConditionEvaluator,
): FeeLine {
  const missing: string[] = [];
  const here = (pointer: string) => (itemIndex === undefined ? pointer : `${eachPointer}/${itemIndex}${pointer}`);
  const { rule } = fee;
  let quantity: number | undefined;
  let base: number | null;
  if (rule.type === 'fixed') {
    base = rule.amount;
  } else if (rule.type === 'local') {
    base = null;
  } else {
    quantity = countAt(item, rule.quantity);
    if (quantity === undefined) missing.push(here(rule.quantity));
    const q = quantity ?? 0;
    base = rule.type === 'per-unit' ? safe(q * rule.amount, fee.id) : tieredAmount(rule, q, fee.id);
  }

  let capped: FeeLine['capped'];
  if (base !== null && fee.max !== undefined && base > fee.max) {
    base = fee.max;
    capped = 'max';
  } else if (base !== null && fee.min !== undefined && base < fee.min) {
    base = fee.min;
    capped = 'min';
  }

  let multiplier: number | undefined;
  if (fee.multiplier) {
    multiplier = countAt(item, fee.multiplier);
    if (multiplier === undefined) missing.push(here(fee.multiplier));
    if (base !== null) base = safe(base * (multiplier ?? 1), fee.id);
  }

  let amount = base;
  const adjustments: AppliedAdjustment[] = [];
  for (const [j, adjustment] of (fee.adjustments ?? []).entries()) {
    if (!evaluator.holds(joinPointer(fee.source, 'adjustments', j, 'when'), context)) continue;
    amount = adjust(amount, adjustment);
    adjustments.push({ type: adjustment.type, label: adjustment.label, legalBasis: adjustment.legalBasis ?? [] });
    if (adjustment.type === 'exempt') break;
  }
  if (amount !== null && fee.rounding) amount = round(amount, fee.rounding);

  const line: FeeLine = {
    feeId: fee.id,
    source: fee.source,
    kind: fee.kind,
    label: fee.label,
    base,
    amount,
    adjustments,
    legalBasis: fee.legalBasis ?? [],
    missing,
  };
  if (itemIndex !== undefined) line.item = itemIndex;
  if (quantity !== undefined) line.quantity = quantity;
  if (multiplier !== undefined) line.multiplier = multiplier;
  if (capped) line.capped = capped;
  if (fee.note) line.note = fee.note;
  return line;
}

/**
 * The fee breakdown for a context: each applicable fee (per item when it has
 * `each`), capped or floored per item, multiplied, then adjusted in order
 * (the first exemption ends the list), then rounded. Amounts are integers.
 */
export function computeFees(
  effective: EffectiveProcedure,
  context: ConditionContext,
  evaluator: ConditionEvaluator,
): FeeBreakdown {
  const lines: FeeLine[] = [];
  for (const fee of effective.fees) {
    if (fee.when && !evaluator.holds(`${fee.source}/when`, context)) continue;
    if (!fee.each) {
      lines.push(feeLine(fee, context.answers, undefined, '', context, evaluator));
      continue;
    }
    const items = getByPointer(context.answers, fee.each);
    if (!Array.isArray(items)) {
      const line = feeLine(fee, {}, undefined, fee.each, context, evaluator);
      lines.push({ ...line, base: 0, amount: line.amount === null ? null : 0, missing: [fee.each] });
      continue;
    }
    items.forEach((item, i) => lines.push(feeLine(fee, item, i, fee.each as string, context, evaluator)));
  }
  let total = 0;
  for (const line of lines) if (line.amount !== null) total = safe(total + line.amount, line.feeId);
  const complete = lines.every((line) => line.amount !== null && line.missing.length === 0);
  return { lines, total, complete, currency: 'VND' };
}

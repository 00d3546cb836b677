import type { Fee, FeeRule, FeeTier, Locale, ProcedureDefinition } from '@motcua/core';
import { html, nothing } from 'lit';
import { numberField, selectField } from '../../shared/field-controls.js';
import { answersOfType } from '../../shared/form-answers.js';
import { removedAt, replacedAt } from '../../shared/list-edit.js';
import { localTextFields, textOrNothing } from '../../shared/local-text-fields.js';
import { FEES_EDITOR_TEXT } from './fees-editor-text.js';

type Say = (key: keyof typeof FEES_EDITOR_TEXT, values?: Record<string, string | number>) => string;

export interface FeeFieldsContext {
  definition: ProcedureDefinition | undefined;
  locale: Locale;
  t: Say;
  /** Merges a change into the fee (a member set to undefined is dropped) and commits it. */
  edit: (change: Partial<Fee>) => void;
}

const RULES: FeeRule['type'][] = ['fixed', 'per-unit', 'tiered', 'local'];
const NUMBERS = ['integer', 'number'];
const ROUNDING = ['nearest', 'up', 'down'] as const;

/** The rule a type change leads to, keeping what the two rules share (the quantity, the amount). */
function ruleOfType(type: FeeRule['type'], from: FeeRule | undefined): FeeRule {
  const amount = from && 'amount' in from ? from.amount : 0;
  const quantity = from && 'quantity' in from ? from.quantity : '';
  switch (type) {
    case 'fixed':
      return { type, amount };
    case 'per-unit':
      return { type, quantity, amount };
    case 'tiered':
      return { type, quantity, tiers: from?.type === 'tiered' ? from.tiers : [{ amount }] };
    case 'local':
      return { type };
  }
}

function renderTiers(fee: Fee, rule: Extract<FeeRule, { type: 'tiered' }>, i: number, context: FeeFieldsContext) {
  const { t, edit } = context;
  const tiers = rule.tiers ?? [];
  const setTiers = (next: FeeTier[]) => edit({ rule: { ...rule, tiers: next } });
  const setTier = (j: number, change: Partial<FeeTier>) => {
    const tier: FeeTier = { ...tiers[j], amount: tiers[j]?.amount ?? 0, ...change };
    if (tier.upTo === undefined) delete tier.upTo;
    setTiers(replacedAt(tiers, j, tier));
  };
  const addTier = () => {
    // The open last tier gets a bound one past the previous, so the new one can stay open.
    const previous = tiers.at(-2)?.upTo ?? 0;
    const closed = tiers.map((tier, j) => (j === tiers.length - 1 && tier.upTo === undefined ? { ...tier, upTo: previous + 1 } : tier));
    setTiers([...closed, { amount: tiers.at(-1)?.amount ?? 0 }]);
  };
  return html`<fieldset>
    <legend>${t('tiers')}</legend>
    ${tiers.map(
      (tier, j) => html`<div class="row tier">
        <span class="tier-name">${t('tier', { n: j + 1 })}</span>
        ${numberField({ id: `fee-${i}-tier-${j}-up-to`, label: t('upTo'), value: tier.upTo, min: 1, onChange: (upTo) => setTier(j, { upTo }) })}
        ${numberField({ id: `fee-${i}-tier-${j}-amount`, label: t('tierAmount'), value: tier.amount, onChange: (amount) => setTier(j, { amount: amount ?? 0 }) })}
        ${tiers.length > 1 ? html`<button type="button" class="secondary" id=${`fee-${i}-tier-${j}-remove`} @click=${() => setTiers(removedAt(tiers, j))}>${t('removeTier', { n: j + 1 })}</button>` : nothing}
      </div>`,
    )}
    <button type="button" class="secondary" id=${`fee-${i}-add-tier`} @click=${addTier}>${t('addTier')}</button>
  </fieldset>`;
}

/**
 * The fields of a fee's rule, as the meta-schema's FeeRule defines them, and of what is applied
 * around it: per item of a repeatable answer, a multiplier, a floor and a cap.
 */
export function feeRuleFields(fee: Fee, i: number, context: FeeFieldsContext) {
  const { definition, locale, t, edit } = context;
  const rule = fee.rule;
  const quantities = answersOfType(definition, locale, NUMBERS, fee.each).map((a) => ({ value: a.pointer, label: a.label }));
  const groups = answersOfType(definition, locale, ['array']).map((a) => ({ value: a.pointer, label: a.label }));
  const onType = (type: string) => {
    const next = ruleOfType(type as FeeRule['type'], rule);
    // Core refuses a locally set amount on a fee not marked as settable locally.
    edit(next.type === 'local' ? { rule: next, setLocally: true } : { rule: next });
  };
  const setRule = (change: Record<string, unknown>) => edit({ rule: { ...rule, ...change } as FeeRule });
  return html`${selectField({ id: `fee-${i}-rule`, label: t('rule'), value: rule?.type ?? '', choices: RULES.map((type) => ({ value: type, label: t(`rule.${type}`) })), onChange: onType })}
    <div class="row">
      ${rule?.type === 'fixed' ? numberField({ id: `fee-${i}-amount`, label: t('amount'), value: rule.amount, onChange: (amount) => setRule({ amount: amount ?? 0 }) }) : nothing}
      ${rule?.type === 'per-unit' || rule?.type === 'tiered'
        ? selectField({ id: `fee-${i}-quantity`, label: t('quantity'), value: rule.quantity ?? '', choices: quantities, empty: t('choose'), onChange: (quantity) => setRule({ quantity }) })
        : nothing}
      ${rule?.type === 'per-unit' ? numberField({ id: `fee-${i}-amount`, label: t('unitAmount'), value: rule.amount, onChange: (amount) => setRule({ amount: amount ?? 0 }) }) : nothing}
    </div>
    ${rule?.type === 'per-unit' || rule?.type === 'tiered'
      ? localTextFields({ id: `fee-${i}-unit`, label: FEES_EDITOR_TEXT.unit, locale, value: rule.unit, onChange: (unit) => setRule({ unit: textOrNothing(unit) }) })
      : nothing}
    ${rule?.type === 'tiered' ? renderTiers(fee, rule, i, context) : nothing}
    <div class="row">
      ${selectField({ id: `fee-${i}-each`, label: t('each'), value: fee.each ?? '', choices: groups, empty: t('once'), onChange: (each) => edit({ each: each || undefined }) })}
      ${selectField({ id: `fee-${i}-multiplier`, label: t('multiplier'), value: fee.multiplier ?? '', choices: quantities, empty: t('noMultiplier'), onChange: (multiplier) => edit({ multiplier: multiplier || undefined }) })}
    </div>
    <div class="row">
      ${numberField({ id: `fee-${i}-min`, label: t('min'), value: fee.min, onChange: (min) => edit({ min }) })}
      ${numberField({ id: `fee-${i}-max`, label: t('max'), value: fee.max, onChange: (max) => edit({ max }) })}
    </div>
    <div class="row">
      ${numberField({ id: `fee-${i}-rounding`, label: t('rounding'), value: fee.rounding?.to, min: 1, onChange: (to) => edit({ rounding: to === undefined ? undefined : { to, mode: fee.rounding?.mode ?? 'nearest' } }) })}
      ${fee.rounding
        ? selectField({ id: `fee-${i}-rounding-mode`, label: t('roundingMode'), value: fee.rounding.mode, choices: ROUNDING.map((mode) => ({ value: mode, label: t(`rounding.${mode}`) })), onChange: (mode) => edit({ rounding: { to: fee.rounding?.to ?? 1, mode: mode as (typeof ROUNDING)[number] } }) })
        : nothing}
    </div>`;
}

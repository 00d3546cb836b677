import type { Condition, Fee, FeeAdjustment, LocalText } from '@motcua/core';
import { html, nothing } from 'lit';
import { numberField, selectField } from '../../shared/field-controls.js';
import { removedAt, replacedAt } from '../../shared/list-edit.js';
import { localTextFields } from '../../shared/local-text-fields.js';
import { writeCondition } from '../../shared/context-condition.js';
import '../condition-field/motcua-condition-field.js';
import type { FeeFieldsContext } from './fee-rule-fields.js';
import { FEES_EDITOR_TEXT } from './fees-editor-text.js';

const TYPES: FeeAdjustment['type'][] = ['exempt', 'set-amount', 'percent-off', 'amount-off'];

/** Both languages of a word of the table, as a definition's text. */
const bilingual = (key: keyof typeof FEES_EDITOR_TEXT): LocalText => ({ vi: FEES_EDITOR_TEXT[key].vi, en: FEES_EDITOR_TEXT[key].en });

/**
 * The ready-made adjustments the law most often needs: an exemption for an applicant category,
 * another amount for a channel (online filing costs less), or a reduction to fill in.
 */
function presets(context: FeeFieldsContext): { key: keyof typeof FEES_EDITOR_TEXT; make: () => FeeAdjustment }[] {
  const category = context.definition?.applicantCategories?.[0]?.id;
  const online = context.definition?.channels?.some((c) => c.kind === 'online') ? 'online' : (context.definition?.channels?.[0]?.kind ?? 'online');
  const out: { key: keyof typeof FEES_EDITOR_TEXT; make: () => FeeAdjustment }[] = [];
  if (category) out.push({ key: 'addExemption', make: () => ({ when: writeCondition({ subject: 'applicantCategory', operator: 'one-of', values: [category] }), type: 'exempt', label: bilingual('exemptLabel') }) });
  out.push({ key: 'addChannelAmount', make: () => ({ when: writeCondition({ subject: 'channel', operator: 'is', values: [online] }), type: 'set-amount', value: 0, label: bilingual('channelLabel') }) });
  out.push({ key: 'addAdjustment', make: () => ({ when: writeCondition({ subject: 'channel', operator: 'is', values: [online] }), type: 'percent-off', value: 0, label: bilingual('otherLabel') }) });
  return out;
}

/** A fee's adjustments, applied in order to the running amount (the first exemption ends the list). */
export function feeAdjustmentFields(fee: Fee, i: number, context: FeeFieldsContext) {
  const { definition, locale, t, edit } = context;
  const adjustments = fee.adjustments ?? [];
  const write = (next: FeeAdjustment[]) => edit({ adjustments: next.length > 0 ? next : undefined });
  const change = (j: number, patch: Partial<FeeAdjustment>) => {
    const adjustment = { ...adjustments[j], ...patch } as FeeAdjustment;
    if (adjustment.type === 'exempt') delete adjustment.value;
    else adjustment.value ??= 0;
    write(replacedAt(adjustments, j, adjustment));
  };
  return html`<fieldset>
    <legend>${t('adjustments')}</legend>
    ${adjustments.map(
      (adjustment, j) => html`<fieldset class="adjustment">
        <legend>${t('adjustment', { n: j + 1 })}: ${t(`adjust.${adjustment.type}`)}</legend>
        <div class="row">
          ${selectField({ id: `fee-${i}-adjustment-${j}-type`, label: t('adjustmentType'), value: adjustment.type, choices: TYPES.map((type) => ({ value: type, label: t(`adjust.${type}`) })), onChange: (type) => change(j, { type: type as FeeAdjustment['type'] }) })}
          ${adjustment.type === 'exempt' ? nothing : numberField({ id: `fee-${i}-adjustment-${j}-value`, label: t(`value.${adjustment.type}`), value: adjustment.value, max: adjustment.type === 'percent-off' ? 100 : undefined, onChange: (value) => change(j, { value: value ?? 0 }) })}
        </div>
        ${localTextFields({ id: `fee-${i}-adjustment-${j}-label`, label: FEES_EDITOR_TEXT.adjustmentLabel, locale, value: adjustment.label, onChange: (label) => change(j, { label }) })}
        <motcua-condition-field
          id=${`fee-${i}-adjustment-${j}-when`}
          locale=${locale}
          .legend=${t('adjustmentWhen')}
          .optional=${false}
          .definition=${definition}
          .condition=${adjustment.when}
          @motcua-condition-change=${(e: CustomEvent<{ condition?: Condition }>) => e.detail.condition && change(j, { when: e.detail.condition })}
        ></motcua-condition-field>
        <button type="button" class="secondary" id=${`fee-${i}-adjustment-${j}-remove`} @click=${() => write(removedAt(adjustments, j))}>${t('removeAdjustment', { n: j + 1 })}</button>
      </fieldset>`,
    )}
    <div class="actions">
      ${presets(context).map((preset) => html`<button type="button" class="secondary" id=${`fee-${i}-${preset.key}`} @click=${() => write([...adjustments, preset.make()])}>${t(preset.key)}</button>`)}
    </div>
  </fieldset>`;
}

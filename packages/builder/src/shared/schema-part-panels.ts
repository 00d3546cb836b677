import type { LocalText, ProcedureDefinition, Taxonomy } from '@motcua/core';
import { html } from 'lit';
import '../components/schema-panel/motcua-schema-panel.js';
import type { PanelChangeDetail } from '../components/schema-panel/motcua-schema-panel.component.js';
import { membersOf, type PanelForm } from './meta-schema-part.js';

/** The panel with `member` offered as a choice of `choices` (the taxonomy's sectors or tiers), named in both languages. */
export function withChoices(form: PanelForm, member: string, choices: readonly { id: string; name: LocalText }[]): PanelForm {
  const schema = structuredClone(form.schema);
  const property = (schema.properties as Record<string, Record<string, unknown>>)[member];
  if (!property || choices.length === 0) return form;
  property.enum = choices.map((choice) => choice.id);
  const en = { ...form.i18n.en };
  choices.forEach((choice, i) => (en[`/uiSchema/${member}/ui:enumNames/${i}`] = choice.name.en ?? choice.name.vi));
  const uiSchema = { ...form.uiSchema, [member]: { ...(form.uiSchema[member] as object | undefined), 'ui:enumNames': choices.map((choice) => choice.name.vi) } };
  return { ...form, schema, uiSchema, i18n: { en } };
}

/** The general panel with its sector and tier chosen from the server's taxonomy. */
export function withTaxonomy(form: PanelForm, taxonomy: Taxonomy): PanelForm {
  return withChoices(withChoices(form, 'sector', taxonomy.sectors), 'tier', taxonomy.tiers);
}

/** A `<motcua-schema-panel>` over `form`'s members of the definition; `onChange` gets what the officer set. */
export function partPanel(options: { id: string; form: PanelForm; definition: ProcedureDefinition | undefined; locale: string; onChange: (form: PanelForm, formData: unknown) => void }) {
  const { id, form, definition, locale, onChange } = options;
  return html`<motcua-schema-panel
    id=${id}
    locale=${locale}
    .schema=${form.schema}
    .uiSchema=${form.uiSchema}
    .i18n=${form.i18n}
    .formData=${membersOf(definition, form.members)}
    @motcua-panel-change=${(event: CustomEvent<PanelChangeDetail>) => onChange(form, event.detail.formData)}
  ></motcua-schema-panel>`;
}

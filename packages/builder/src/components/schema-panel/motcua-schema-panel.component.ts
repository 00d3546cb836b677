import type { Form as ProcedureForm, Locale, ValidationIssue } from '@motcua/core';
import RjsfForm from '@rjsf/core';
import { englishStringTranslator, type TranslatableString, type ValidatorType } from '@rjsf/utils';
import { html, type PropertyValues } from 'lit';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { localizedForm } from './localized-form.js';
import { PanelChecker, panelValidator } from './panel-validator.js';
import { schemaPanelStyles } from './motcua-schema-panel.styles.js';
import { RJSF_VIETNAMESE } from './schema-panel-text.js';

export interface PanelChangeDetail {
  formData: unknown;
  /** What must be fixed, in both languages, at JSON Pointers into `formData`; empty when valid. */
  errors: ValidationIssue[];
}

const vietnameseString = (text: TranslatableString, params?: string[]): string =>
  englishStringTranslator((RJSF_VIETNAMESE[text] ?? text) as TranslatableString, params);

/**
 * A form generated from a JSON Schema, for editing a part of a procedure: @rjsf/core (React) inside
 * a lit element, so a property added to core's meta-schema or to a field type's inspector shows up
 * with no UI code. Validated live with core's ajv class, options and messages; texts in the
 * officer's language, English laid over the schema's Vietnamese from `i18n.en` as in citizens' forms.
 * The panel is controlled: it shows `formData` and reports each change; the host passes the new
 * value back (or not, to refuse it).
 *
 * @attr locale - `vi` (default) or `en`: the labels, hints, rjsf's own words and the messages.
 * @prop schema - The JSON Schema of the values.
 * @prop uiSchema - rjsf's uiSchema (`ui:order`, `ui:widget`, …).
 * @prop i18n - English texts by pointer into `{ schema, uiSchema }`: `{ en: { '/schema/title': … } }`.
 * @prop formData - The values shown.
 * @fires motcua-panel-change - The officer changed a value; `detail` is `{ formData, errors }`.
 * @csspart panel - The element rjsf renders into.
 */
export class MotcuaSchemaPanel extends BuilderElement {
  static override styles = [hostStyles, schemaPanelStyles];

  static override properties = {
    ...BuilderElement.properties,
    schema: { attribute: false },
    uiSchema: { attribute: false },
    i18n: { attribute: false },
    formData: { attribute: false },
  };

  declare schema: Record<string, unknown> | undefined;
  declare uiSchema: Record<string, unknown> | undefined;
  declare i18n: ProcedureForm['i18n'];
  declare formData: unknown;

  #root: Root | undefined;
  #validator: { key: object; locale: Locale; validator: ValidatorType } | undefined;
  readonly #checker = new PanelChecker();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#root?.unmount();
    this.#root = undefined;
  }

  private get form(): ProcedureForm | undefined {
    if (!this.schema) return undefined;
    return { schema: this.schema, uiSchema: this.uiSchema ?? {}, i18n: this.i18n } as ProcedureForm;
  }

  private validatorFor(form: ProcedureForm, locale: Locale): ValidatorType {
    if (this.#validator?.key !== form.schema || this.#validator.locale !== locale) {
      this.#validator = { key: form.schema, locale, validator: panelValidator(form, locale) };
    }
    return this.#validator.validator;
  }

  /** The issues of the values shown, as the host would be told of them. */
  check(): ValidationIssue[] {
    const form = this.form;
    return form ? this.#checker.check(form, this.formData) : [];
  }

  private readonly onChange = ({ formData }: { formData?: unknown }): void => {
    const form = this.form;
    if (!form) return;
    this.formData = formData;
    const detail: PanelChangeDetail = { formData, errors: this.#checker.check(form, formData) };
    this.dispatchEvent(new CustomEvent('motcua-panel-change', { detail, bubbles: true, composed: true }));
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const form = this.form;
    const container = this.renderRoot.querySelector<HTMLElement>('[part=panel]');
    if (!form || !container) return;
    this.#root ??= createRoot(container);
    const locale = this.language;
    const { schema, uiSchema } = localizedForm(form, locale);
    this.#root.render(
      createElement(RjsfForm, {
        schema,
        uiSchema: { ...uiSchema, 'ui:submitButtonOptions': { norender: true } },
        formData: this.formData,
        validator: this.validatorFor(form, locale),
        liveValidate: 'onChange',
        showErrorList: false,
        noHtml5Validate: true,
        // rjsf's default fills an optional `oneOf` of consts with its first option: a value nobody chose.
        experimental_defaultFormStateBehavior: { constAsDefaults: 'skipOneOf' },
        translateString: locale === 'vi' ? vietnameseString : englishStringTranslator,
        onChange: this.onChange,
      }),
    );
  }

  override render() {
    return html`<div part="panel" class="panel" lang=${this.language}></div>`;
  }
}

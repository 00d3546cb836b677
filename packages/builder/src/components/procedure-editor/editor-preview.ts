import type { Locale, ProcedureDefinition, ValidatorModule } from '@motcua/core';
import { html, nothing } from 'lit';
import { PREVIEW_LANGUAGES, type PROCEDURE_EDITOR_TEXT } from './procedure-editor-text.js';

/** The widths the preview shows the form at: a small phone's, or all the pane has. */
export type PreviewWidth = 'phone' | 'desktop';

export interface PreviewState {
  /** The last valid definition and its validators. */
  preview: { definition: ProcedureDefinition; validators: ValidatorModule } | undefined;
  /** Whether the definition now held has problems, so the preview shows an older one. */
  stale: boolean;
  width: PreviewWidth;
  locale: Locale;
  t: (key: keyof typeof PROCEDURE_EDITOR_TEXT) => string;
  setWidth: (width: PreviewWidth) => void;
  setLocale: (locale: Locale) => void;
}

function renderSwitches({ width, locale, t, setWidth, setLocale }: PreviewState) {
  return html`<div class="switches">
    <fieldset>
      <legend>${t('previewWidth')}</legend>
      ${(['phone', 'desktop'] as const).map((choice) => html`<label><input type="radio" name="preview-width" value=${choice} .checked=${width === choice} @change=${() => setWidth(choice)} />${t(choice)}</label>`)}
    </fieldset>
    <fieldset>
      <legend>${t('previewLanguage')}</legend>
      ${(['vi', 'en'] as const).map(
        // The preview form keeps the test answers across a change of language itself.
        (choice) => html`<label lang=${choice}><input type="radio" name="preview-locale" value=${choice} .checked=${locale === choice} @change=${() => setLocale(choice)} />${PREVIEW_LANGUAGES[choice]}</label>`,
      )}
    </fieldset>
  </div>`;
}

/** The real `<motcua-form>` rendering the draft, at the chosen width and in the chosen language. */
export function renderPreview(state: PreviewState) {
  const { preview, stale, t } = state;
  return html`<section part="preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${t('preview')}</h2>
    ${stale ? html`<p class="notice" role="status">${t('stale')}</p>` : nothing}
    ${preview
      ? html`${renderSwitches(state)}
          <div part="preview-frame" class=${state.width}>
            <motcua-form .definition=${preview.definition} .validators=${preview.validators} locale=${state.locale}></motcua-form>
          </div>`
      : html`<p>${t('noPreview')}</p>`}
  </section>`;
}

import type { Bilingual, Locale, LocalText } from '@motcua/core';
import { html } from 'lit';

const LANGUAGE_NAMES = {
  vi: { vi: 'tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'tiếng Anh', en: 'English' },
} as const;

/** The text as the officer typed it: Vietnamese kept even when empty (the check then says so), English dropped when empty. */
export function localText(vi: string, en: string): LocalText {
  return en.trim() === '' ? { vi } : { vi, en };
}

/** An optional text: nothing at all once both languages are emptied. */
export function textOrNothing(text: LocalText): LocalText | undefined {
  return text.vi === '' && !text.en ? undefined : text;
}

/**
 * Two labelled inputs for a text in Vietnamese and English (`<id>-vi`, `<id>-en`); `onChange` gets
 * the new text once the officer leaves a changed input.
 */
export function localTextFields(options: { id: string; label: Bilingual; locale: Locale; value: LocalText | undefined; onChange: (text: LocalText) => void; long?: boolean }) {
  const { id, label, locale, value, onChange } = options;
  const vi = value?.vi ?? '';
  const en = value?.en ?? '';
  const field = (language: 'vi' | 'en', current: string) => {
    const inputId = `${id}-${language}`;
    const changed = (event: Event) => {
      const typed = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      onChange(language === 'vi' ? localText(typed, en) : localText(vi, typed));
    };
    return html`<div class="field">
      <label for=${inputId}>${label[locale]} (${LANGUAGE_NAMES[language][locale]})</label>
      ${options.long
        ? html`<textarea id=${inputId} lang=${language} rows="3" .value=${current} @change=${changed}></textarea>`
        : html`<input id=${inputId} lang=${language} .value=${current} ?required=${language === 'vi'} @change=${changed} />`}
    </div>`;
  };
  return html`<div class="local-text">${field('vi', vi)}${field('en', en)}</div>`;
}

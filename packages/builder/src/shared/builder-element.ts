import { format, pickLocale, type Bilingual, type Locale } from '@motcua/core';
import { css, LitElement } from 'lit';
import { BuilderApi } from './builder-api.js';

/**
 * What every builder component shares: the server it talks to (its own origin unless told) and
 * the officer's language.
 */
export class BuilderElement extends LitElement {
  static override properties = {
    server: { type: String },
    locale: { type: String },
  };

  declare server: string | undefined;
  declare locale: string | undefined;

  protected get language(): Locale {
    return pickLocale(this.locale ?? 'vi');
  }

  protected get api(): BuilderApi {
    return new BuilderApi(this.server ?? '', this.language);
  }

  /** This component's `t()`: its own table of words, in the officer's current language. */
  protected wording<K extends string>(table: Readonly<Record<K, Bilingual>>): (key: K, values?: Record<string, string | number>) => string {
    return (key, values = {}) => format(table[key][this.language], values);
  }
}

/** The look every builder component starts from; the page's CSS cannot reach inside. */
export const hostStyles = css`
  :host {
    display: block;
    font-family: var(--motcua-font, system-ui, sans-serif);
    font-size: var(--motcua-font-size, medium);
    color: var(--motcua-color-text, #1b1b1b);
    line-height: 1.5;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    padding: 0.4em 0.9em;
    border: 2px solid var(--motcua-color-accent, #0b5394);
    border-radius: 4px;
    background: var(--motcua-color-accent, #0b5394);
    color: #fff;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: var(--motcua-color-accent, #0b5394);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  /* Read by screen readers, not shown: a column's heading, the "Error:" before a message. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [role='alert'] {
    color: var(--motcua-color-error, #b00020);
  }
`;

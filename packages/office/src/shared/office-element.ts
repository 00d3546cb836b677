import { format, type Bilingual } from '@motcua/core';
import { MotcuaElement } from '@motcua/runtime';
import { css } from 'lit';
import { ApiProblem, OfficeApi } from './office-api.js';

const UNREACHABLE: Bilingual = { vi: 'Không kết nối được máy chủ. Vui lòng thử lại.', en: 'The server could not be reached. Please try again.' };

/**
 * What every back-office component shares: the server and language as the runtime's components
 * take them (attributes, else the nearest provider: `<motcua-office>` is one), the officers' API
 * client and the officer's words.
 */
export class OfficeElement extends MotcuaElement {
  protected get api(): OfficeApi {
    return new OfficeApi(this.serverUrl, this.language);
  }

  /** What to tell the officer of a failure: the server's own words, else that it could not be reached. */
  protected problemOf(error: unknown): string {
    return error instanceof ApiProblem ? error.message : UNREACHABLE[this.language];
  }

  /** This component's `t()`: its own table of words, in the officer's current language. */
  protected wording<K extends string>(table: Readonly<Record<K, Bilingual>>): (key: K, values?: Record<string, string | number>) => string {
    return (key, values = {}) => format(table[key][this.language], values);
  }
}

/** The look every back-office component starts from; the page's CSS cannot reach inside. */
export const officeStyles = css`
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
  label {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }
  input,
  select,
  textarea {
    padding: 0.4em;
    border: 2px solid var(--motcua-color-border, #505a5f);
    max-width: 100%;
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffbf47);
    outline-offset: 2px;
  }
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
  .overdue {
    color: var(--motcua-color-error, #b00020);
    font-weight: 700;
  }
`;

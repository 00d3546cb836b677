import { ContextProvider } from '@lit/context';
import { pickLocale } from '@motcua/core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { motcuaContext } from './motcua-context.js';

/**
 * Shares configuration with every Một Cửa component inside it, so a page
 * names its server and language once.
 *
 * @attr server - The Một Cửa server's base URL, e.g. `https://dichvucong.example.vn`.
 * @attr locale - `vi` (default) or `en`.
 * @slot - The Một Cửa components (and anything else) it wraps.
 */
export class MotcuaProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    server: { type: String },
    locale: { type: String },
  };

  declare server: string;
  declare locale: string;

  private readonly provider = new ContextProvider(this, { context: motcuaContext, initialValue: undefined });

  constructor() {
    super();
    this.server = '';
    this.locale = 'vi';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('server') || changed.has('locale')) {
      this.provider.setValue({ server: this.server.replace(/\/+$/, ''), locale: pickLocale(this.locale) });
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

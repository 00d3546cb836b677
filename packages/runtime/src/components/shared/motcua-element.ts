import { ContextConsumer } from '@lit/context';
import { pickLocale, type Locale } from '@motcua/core';
import { LitElement } from 'lit';
import { motcuaContext, type MotcuaConfig } from '../provider/motcua-context.js';

/**
 * Where this script was loaded from. An agency's page loads
 * `https://SERVER/motcua.js`, so without a `server` attribute or provider the
 * components talk to the server that served them.
 */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * What every Một Cửa component shares: its server and language come from
 * its own `server` and `locale` attributes, or else from the nearest
 * `<motcua-provider>` (else the script's own server); and it reports
 * failures as a `motcua-error` event.
 */
export class MotcuaElement extends LitElement {
  static override properties = {
    server: { type: String },
    locale: { type: String },
  };

  declare server: string | undefined;
  declare locale: string | undefined;

  private provided: MotcuaConfig | undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: motcuaContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.requestUpdate();
      },
    });
  }

  protected get serverUrl(): string {
    return (this.server || this.provided?.server || SCRIPT_ORIGIN).replace(/\/+$/, '');
  }

  protected get language(): Locale {
    return this.locale ? pickLocale(this.locale) : (this.provided?.locale ?? 'vi');
  }


  /** Tells the host page something went wrong, with a stable code. */
  protected fail(code: string, message: string, cause?: unknown): void {
    this.dispatchEvent(new CustomEvent<MotcuaErrorDetail>('motcua-error', { detail: { code, message, cause }, bubbles: true, composed: true }));
  }
}

export interface MotcuaErrorDetail {
  code: string;
  message: string;
  cause?: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'motcua-error': CustomEvent<MotcuaErrorDetail>;
  }
}

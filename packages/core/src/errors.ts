import type { Bilingual, Locale } from './i18n/bilingual.js';

/**
 * The base of every error @motcua/core throws. `code` is stable and meant for
 * programs; `text` holds the human message in both languages; `details` is
 * JSON-safe so the server can pass it on as `{ error: { code, message, details } }`.
 */
export class MotcuaError extends Error {
  readonly code: string;
  readonly text: Bilingual;
  readonly details: unknown;

  constructor(code: string, text: Bilingual, details?: unknown) {
    super(text.en);
    this.name = new.target.name;
    this.code = code;
    this.text = text;
    this.details = details;
  }

  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

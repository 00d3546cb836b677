import type { Bilingual, Locale } from './i18n/bilingual.js';

/**
 * The base of every error @motcua/core throws. `code` is stable and meant for
 * programs; `text` holds the human message in both languages; `details` is
 * JSON-safe so the server can pass it on as `{ error: { code, message, details } }`.
 * A subclass narrows `Code` to the union of its own codes.
 */
export class MotcuaError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly text: Bilingual;
  readonly details: unknown;

  constructor(code: Code, text: Bilingual, details?: unknown) {
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

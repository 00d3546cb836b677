import type { Locale } from '@motcua/core';
import { html, type TemplateResult } from 'lit';
import { ApiProblem } from '../../shared/builder-api.js';
import type { SaveStatus } from './autosave.js';
import type { PROCEDURE_EDITOR_TEXT } from './procedure-editor-text.js';

/** What a save of the draft answers, as the editor keeps it. */
export type Saved = { savedAt: string; problems: number };

type Say = (key: keyof typeof PROCEDURE_EDITOR_TEXT, values?: Record<string, string | number>) => string;

/** The refusal of the last save because another officer saved first, if that is where saving stands. */
export function saveConflict(status: SaveStatus<Saved>): ApiProblem | undefined {
  return status.kind === 'failed' && status.error instanceof ApiProblem && status.error.code === 'draft-changed' ? status.error : undefined;
}

/** Where saving stands, in the officer's words; a refusal because another officer saved first in the server's, which say who and when. */
export function renderSaveStatus(status: SaveStatus<Saved>, unparsed: boolean, t: Say, language: Locale): string | TemplateResult {
  if (unparsed) return t('unparsed');
  const message = (error: unknown) => (error instanceof ApiProblem ? error.message : t('offline'));
  switch (status.kind) {
    case 'idle':
      return '';
    case 'pending':
      return t('pending');
    case 'saving':
      return t('saving');
    case 'retrying':
      return t('retrying', { message: message(status.error) });
    case 'failed':
      return html`<span class="failed">${saveConflict(status)?.message ?? t('failed', { message: message(status.error) })}</span>`;
    case 'saved': {
      const time = new Date(status.result.savedAt).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB');
      return status.result.problems === 0 ? t('saved', { time }) : t('savedInvalid', { time, count: status.result.problems });
    }
  }
}

import type { Locale } from '@motcua/core';
import type { ReactiveControllerHost } from 'lit';
import type { DossierClient } from './dossier-client.js';
import type { DossierStatusTextKey } from './dossier-status-text.js';
import type { DossierStatus } from './dossier-status-view.js';

/**
 * What the parts of `<motcua-dossier-status>` (the supplement, the result,
 * the rating, the withdrawal) need from the element: its words and language,
 * the client of the dossier shown, and a way to show the dossier's new status.
 */
export interface StatusContext {
  host: ReactiveControllerHost & HTMLElement;
  root: () => ParentNode;
  say: (key: DossierStatusTextKey, values?: Record<string, string | number>) => string;
  language: () => Locale;
  server: () => string;
  client: () => DossierClient | undefined;
  /** Shows the dossier's new status with a notice above it that takes focus. */
  show: (status: DossierStatus, notice: string, action: DossierAction) => Promise<void>;
  /** Reports to the host page that the server could not be reached. */
  unreachable: (code: string, message: string, cause: unknown) => void;
}

export type DossierAction = 'supplement' | 'rating' | 'withdraw' | 'refresh';

/** Moves the focus once the element has rendered: to an error summary, a notice, a field. */
export async function focusAfterRender(context: StatusContext, selector: string): Promise<void> {
  await context.host.updateComplete;
  (context.root().querySelector(selector) as HTMLElement | null)?.focus();
}

import { DOSSIER_TRANSITIONS } from '@motcua/core';

/**
 * The event types a webhook can choose: the actions recorded in
 * dossier_events, the submission first, the citizen's rating (which moves no
 * state) last. `*` chooses every type, including those added later.
 */
export function webhookEventTypes(): string[] {
  return ['submit', ...new Set(DOSSIER_TRANSITIONS.map((t) => t.action)), 'rate'];
}

export const ALL_EVENTS = '*';

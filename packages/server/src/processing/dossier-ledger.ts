import type { DossierChanges, DossierDocumentRow, DossierEvent, DossierRow } from '../db/dossier-store.js';
import type { dossiers } from '../db/schema/index.js';
import type { Services } from '../services/services.js';
import { dossierChanged } from './processing-errors.js';

export type DossierWrite =
  | { kind: 'file'; dossier: typeof dossiers.$inferInsert; documents: readonly DossierDocumentRow[]; event: DossierEvent }
  | { kind: 'change'; before: DossierRow; changes: DossierChanges; event: DossierEvent };

/**
 * The one place a dossier's status is written: a new dossier with its first
 * event, or an action's changes with its event, in the caller's transaction
 * (the submission's group commit or the action's own). The event is the
 * outbox row the webhook dispatcher reads by increasing id; statistics
 * rollups kept in the same transaction belong here too.
 */
export function writeDossier(services: Services, write: DossierWrite): void {
  if (write.kind === 'file') {
    services.dossiers.insert(write.dossier, write.documents, write.event);
    services.statistics.record(undefined, write.dossier);
    return;
  }
  const { before, changes, event } = write;
  if (!services.dossiers.update(before.code, before.revision, changes)) {
    const now = services.dossiers.get(before.code);
    throw dossierChanged(now?.revision ?? before.revision, now?.status ?? before.status);
  }
  services.dossiers.appendEvent(before.code, event);
  services.statistics.record(before, { ...before, ...changes });
}

/** A dossier event read from the outbox, with what the payload says of its dossier. */
export interface OutboxEvent {
  id: number;
  dossierCode: string;
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  agencyId: string;
  procedureCode: string;
  version: number;
}

/**
 * The JSON body of a delivery (documented in the server's README). It names
 * the dossier and its move, never the citizen's answers, documents or the
 * dossier's secret; receivers that need more ask the API with their own
 * credentials.
 */
export function webhookPayload(event: OutboxEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.action,
    at: event.at,
    dossier: event.dossierCode,
    procedure: { code: event.procedureCode, version: event.version },
    agency: event.agencyId,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
  });
}

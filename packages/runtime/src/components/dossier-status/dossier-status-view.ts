import type { Bilingual, DossierState, LocalText, Timeliness } from '@motcua/core';

/** A supplement request the citizen has yet to answer, as the server describes it. */
export interface SupplementRequest {
  id: string;
  requestedAt: string;
  reason: string;
  /** `accept` and `maxSize` are null when the document no longer applies to the answers. */
  documents: { id: string; name: LocalText; accept: string[] | null; maxSize: number | null; mayFollowByPost: boolean }[];
  /** JSON Pointers of the answers to correct, with their form labels. */
  fields: { pointer: string; label: Bilingual | null }[];
  /** The answers already filed for the top-level members the fields belong to, by member: what the inputs start from. */
  filed?: Record<string, unknown>;
}

export type Rating = 'satisfied' | 'acceptable' | 'not-satisfied';
export const RATINGS: readonly Rating[] = ['satisfied', 'acceptable', 'not-satisfied'];

/** What `GET /api/v1/dossiers/{code}` answers to the holder of the secret. */
export interface DossierStatus {
  code: string;
  status: DossierState;
  procedure: { code: string; version: number; name: LocalText };
  agency: { id: string; name: LocalText };
  step: { id: string; name: LocalText } | null;
  submittedAt: string;
  expectedDate: string | null;
  dueAt: string | null;
  clock?: {
    receivedAt: string | null;
    dueDate: string | null;
    paused: boolean;
    workingDaysLeft: number | null;
    completedAt: string | null;
    timeliness: Timeliness | null;
  };
  supplement?: SupplementRequest | null;
  apologies?: { createdAt: string; kind: string; text: Bilingual }[];
  result?: { method: 'in-person' | 'online' | 'postal'; trackingNumber: string | null; download: string | null } | null;
  rating?: { value: Rating; comment: string | null; ratedAt: string } | null;
  canRate?: boolean;
  /** `step`: the step the dossier went to, when the event moved it to one (a server before step names sends none). */
  history: { at: string; action: string; status: DossierState; step?: { id: string; name: LocalText } | null; note: string | null }[];
}

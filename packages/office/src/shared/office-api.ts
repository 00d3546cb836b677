import type { Bilingual, ChannelKind, DossierAction, DossierState, FeeBreakdown, LocalText, ProcedureDefinition, StepRole } from '@motcua/core';
import { OfficerApi } from '@motcua/runtime';

// The shared officers' pieces, under the names the back office's modules import them by.
export { ApiProblem, type Membership, type Officer } from '@motcua/runtime';

export interface AgencySummary {
  id: string;
  name: LocalText;
  offerings?: { procedure: string }[];
}

/** A row of the inbox (`GET /api/v1/admin/agencies/{id}/dossiers`). */
export interface DossierRow {
  code: string;
  procedure: { code: string; version: number };
  agency: string;
  /** The agency holding it now: the filing agency's unless forwarded. */
  holder: string;
  applicantName: string | null;
  case: string | null;
  channel: ChannelKind;
  delivery: ChannelKind;
  status: DossierState;
  /** The id of the procedure step it stands at. */
  step: string | null;
  submittedAt: string;
  receivedAt: string | null;
  expectedDate: string | null;
  dueAt: string | null;
  paused: boolean;
  completedAt: string | null;
  timeliness: 'early' | 'on-time' | 'late' | null;
  feeTotal: number;
  /** Grows with every action; sent back as If-Match. */
  revision: number;
}

export interface HistoryEntry {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  actorName: string | null;
  actorRole: string | null;
  fromStep: string | null;
  toStep: string | null;
}

export interface DossierDocument {
  documentId: string;
  byPost: boolean;
  upload: { id: string; name: string; mime: string; size: number } | null;
}

export interface StepRef {
  id: string;
  name: LocalText;
  role: StepRole;
}

/** A dossier in full (`GET /api/v1/admin/dossiers/{code}`). */
export interface DossierRecord extends Omit<DossierRow, 'step'> {
  applicantCategory: string | null;
  answers: Record<string, unknown>;
  fee: FeeBreakdown;
  documents: DossierDocument[];
  /** Where it stands among its procedure's steps. */
  step: { current: (StepRef & { index: number }) | null; steps: StepRef[] };
  clock: {
    receivedAt: string | null;
    dueAt: string | null;
    legalDueAt: string | null;
    paused: boolean;
    workingDaysLeft: number | null;
    overdue: boolean;
    timeliness: 'early' | 'on-time' | 'late' | null;
  };
  supplements: { id: number; requestedAt: string; reason: string; documents: { id: string; name: LocalText }[]; fields: { pointer: string; label: Bilingual | null }[]; answeredAt: string | null }[];
  apologies: { createdAt: string; kind: string; oldDate: string; newDate: string; reason: string; text: Bilingual }[];
  result: { method: string; trackingNumber: string | null; download: string | null } | null;
  rating: { value: string; comment: string | null; ratedAt: string } | null;
  history: HistoryEntry[];
  /** The actions open to the signed-in officer now, as the server decides. */
  actions: DossierAction[];
}

/** What the receipt and appointment slip prints (`GET /api/v1/admin/dossiers/{code}/slip`). */
export interface CounterSlip {
  code: string;
  agency: { id: string; name: LocalText };
  applicant: { name: string; idNumber?: string; phone?: string; address?: string };
  procedure: { code: string; version: number; name: LocalText };
  case: { id: string; name: LocalText };
  channel: ChannelKind;
  delivery: ChannelKind;
  documents: { id: string; name: LocalText; files: number; byPost: boolean }[];
  fee: FeeBreakdown;
  submittedAt: string;
  receivedAt: string | null;
  appointmentDate: string | null;
  officer: string | null;
}

/** The measures of a period, as the statistics route gives them (stats-api.md). */
export interface Metrics {
  received: { inPerson: number; online: number; postal: number; total: number };
  onlineShare: number | null;
  resolved: { early: number; onTime: number; late: number; total: number };
  onTimeRate: number | null;
  rejected: number;
  overdueNow: number;
  averageProcessingDays: number | null;
  satisfaction: { satisfied: number; acceptable: number; unsatisfied: number; rated: number; satisfiedShare: number | null };
}

export interface StatisticsQuery {
  from: string;
  to: string;
  agency?: string;
  procedure?: string;
}

export interface Statistics {
  period: { from: string; to: string };
  filters: { agency: string | null; procedure: string | null };
  totals: Metrics;
  byAgency: (Metrics & { agency: string; name: LocalText })[];
  byProcedure: (Metrics & { procedure: string; name: LocalText })[];
  byMonth: (Metrics & { month: string })[];
}

/** What the inbox asks for: every field optional, sent only when set. */
export interface InboxQuery {
  status?: string;
  step?: string;
  channel?: string;
  procedure?: string;
  q?: string;
  /** Open dossiers due within this many working days, not yet overdue. */
  dueWithin?: number;
  overdue?: boolean;
  sort?: 'submitted' | 'due';
  limit: number;
  offset: number;
}

/** The officers' API as the back office uses it: dossiers, their actions, statistics, counter intake. */
export class OfficeApi extends OfficerApi {
  async agencies(): Promise<AgencySummary[]> {
    return (await this.call<{ items: AgencySummary[] }>('GET', '/api/v1/admin/agencies')).items;
  }

  dossiers(agency: string, query: InboxQuery): Promise<{ items: DossierRow[]; total: number }> {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(name, String(value));
    return this.call('GET', `/api/v1/admin/agencies/${encodeURIComponent(agency)}/dossiers?${search}`);
  }

  /** The procedures in force an agency offers, with the channels each is filed through. */
  async offeredProcedures(agency: string): Promise<{ code: string; name: LocalText; channels: string[] }[]> {
    return (await this.call<{ items: { code: string; name: LocalText; channels: string[] }[] }>('GET', `/api/v1/procedures?agency=${encodeURIComponent(agency)}&limit=100`)).items;
  }

  dossier(code: string): Promise<DossierRecord> {
    return this.call('GET', `/api/v1/admin/dossiers/${encodeURIComponent(code)}`);
  }

  statistics(query: StatisticsQuery): Promise<Statistics> {
    return this.call('GET', `/api/v1/admin/statistics?${this.periodQuery(query)}`);
  }

  /** The statistics' CSV (one row per agency × procedure) or the period's dossiers as CSV, headed in the officer's language. */
  csvUrl(kind: 'statistics' | 'dossiers', query: StatisticsQuery): string {
    return `${this.server}/api/v1/admin/${kind}.csv?${this.periodQuery(query)}&lang=${this.locale}`;
  }

  private periodQuery(query: StatisticsQuery): URLSearchParams {
    const search = new URLSearchParams({ from: query.from, to: query.to });
    if (query.agency) search.set('agency', query.agency);
    if (query.procedure) search.set('procedure', query.procedure);
    return search;
  }

  slip(code: string): Promise<CounterSlip> {
    return this.call('GET', `/api/v1/admin/dossiers/${encodeURIComponent(code)}/slip`);
  }

  /** A published version's definition: the form's labels, the steps, the documents. */
  async definition(code: string, version: number): Promise<ProcedureDefinition> {
    return (await this.call<{ definition: ProcedureDefinition }>('GET', `/api/v1/procedures/${encodeURIComponent(code)}/versions/${version}`)).definition;
  }

  /** Uploads a file (a result to download, a scanned document); answers its id. */
  async upload(file: File): Promise<{ id: string; name: string }> {
    const body = new FormData();
    body.set('file', file);
    const answer = await this.call<{ id: string; name?: string }>('POST', '/api/v1/uploads', body);
    return { id: answer.id, name: answer.name ?? file.name };
  }

  /** Where an officer reads a document the dossier holds: PDFs are framed, images shown inline. */
  fileUrl(code: string, upload: string): string {
    return `${this.server}/api/v1/admin/dossiers/${encodeURIComponent(code)}/files/${encodeURIComponent(upload)}`;
  }

  /** Takes an action on a dossier the officer saw at `revision`, so two officers never act on it at once. */
  act(code: string, action: DossierAction, body: Record<string, unknown>, revision?: number): Promise<DossierRecord> {
    return this.call('POST', `/api/v1/admin/dossiers/${encodeURIComponent(code)}/${action}`, body, revision === undefined ? {} : { 'If-Match': `"${revision}"` });
  }
}

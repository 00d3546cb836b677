/** A published version as catalogue lists show it. */
export interface ProcedureSummary {
  code: string;
  version: number;
  name: { vi: string; en?: string };
  sector: string;
  tier: string;
  onlineLevel: string;
  channels: string[];
  effectiveFrom: string;
}

/** What a listing shows of a version, besides its code and number. */
export interface VersionListing {
  effectiveFrom: string;
  nameVi: string;
  nameEn: string | null;
  sector: string;
  tier: string;
  onlineLevel: string;
  /** Channel kinds between commas: ",in-person,online,". */
  channels: string;
}

export interface ProcedureQuery {
  /** What the citizen typed; never query syntax. */
  text?: string;
  sector?: string;
  tier?: string;
  onlineLevel?: string;
  channel?: string;
  /** Only procedures this agency offers. */
  agency?: string;
  /** Only versions whose effective date has come by this instant (ISO). */
  now: string;
  limit: number;
  offset: number;
}

export interface ProcedurePage {
  items: ProcedureSummary[];
  total: number;
}

/**
 * Search and browse of the procedures in force. Route handlers only see this
 * interface, so a PostgreSQL implementation (tsvector, unaccent) can replace
 * the SQLite one without touching them.
 */
export interface ProcedureSearch {
  /** Adds a published version to the index; called inside the publishing transaction. */
  indexVersion(entry: { code: string; version: number; text: string; listing: VersionListing }): void;
  find(query: ProcedureQuery): ProcedurePage;
}

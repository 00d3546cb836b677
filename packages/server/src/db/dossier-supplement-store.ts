import { asc, eq } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { dossierApologies, dossierSupplements } from './schema/index.js';

export interface SupplementRequest {
  id: number;
  requestedAt: string;
  requestedBy: string;
  reason: string;
  documents: string[];
  fields: string[];
  statusBefore: string;
  answeredAt: string | null;
  answeredBy: string | null;
  answer: SupplementAnswer | null;
}

export interface SupplementAnswer {
  documents: { document: string; uploads: string[] }[];
  /** The top-level answers the citizen changed. */
  answers: string[];
}

export interface Apology {
  createdAt: string;
  kind: 'extension' | 'late-completion';
  oldDate: string;
  newDate: string;
  reason: string;
  text: { vi: string; en: string };
  officerId: string;
}

/** Supplement requests with their answers, and the apology notices of a dossier. */
export class DossierSupplementStore {
  constructor(private readonly db: Db) {}

  supplements(code: string): SupplementRequest[] {
    return this.db
      .select()
      .from(dossierSupplements)
      .where(eq(dossierSupplements.dossierCode, code))
      .orderBy(asc(dossierSupplements.id))
      .all()
      .map(({ dossierCode: _code, documents, fields, answer, ...row }) => ({
        ...row,
        documents: JSON.parse(documents) as string[],
        fields: JSON.parse(fields) as string[],
        answer: answer ? (JSON.parse(answer) as SupplementAnswer) : null,
      }));
  }

  request(code: string, request: Omit<SupplementRequest, 'id' | 'answeredAt' | 'answeredBy' | 'answer'>): number {
    const row = this.db
      .insert(dossierSupplements)
      .values({ dossierCode: code, ...request, documents: JSON.stringify(request.documents), fields: JSON.stringify(request.fields) })
      .returning({ id: dossierSupplements.id })
      .get();
    return row.id;
  }

  answer(id: number, at: string, by: string, answer: SupplementAnswer): void {
    this.db.update(dossierSupplements).set({ answeredAt: at, answeredBy: by, answer: JSON.stringify(answer) }).where(eq(dossierSupplements.id, id)).run();
  }

  apologies(code: string): Apology[] {
    return this.db
      .select()
      .from(dossierApologies)
      .where(eq(dossierApologies.dossierCode, code))
      .orderBy(asc(dossierApologies.id))
      .all()
      .map(({ createdAt, kind, oldDate, newDate, reason, textVi, textEn, officerId }) => ({ createdAt, kind: kind as Apology['kind'], oldDate, newDate, reason, text: { vi: textVi, en: textEn }, officerId }));
  }

  addApology(code: string, apology: Apology): void {
    const { text, ...rest } = apology;
    this.db.insert(dossierApologies).values({ dossierCode: code, ...rest, textVi: text.vi, textEn: text.en }).run();
  }
}

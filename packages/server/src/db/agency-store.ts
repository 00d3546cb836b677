import { eq, sql } from 'drizzle-orm';
import type { AgencyFile, Offering } from '@motcua/core';
import type { Db } from './open-database.js';
import { sha256 } from './procedure-store.js';
import { agencies, agencyOrigins, offerings } from './schema/index.js';

export interface AgencyOffering {
  agency: Pick<AgencyFile, 'id' | 'code' | 'name' | 'tier' | 'calendar'>;
  offering: Offering;
}

function publicPart(agency: AgencyFile): AgencyOffering['agency'] {
  const { id, code, name, tier, calendar } = agency;
  return calendar ? { id, code, name, tier, calendar } : { id, code, name, tier };
}

/** Agencies, the procedures each offers with its local overrides, and the origins allowed to submit to it. */
export class AgencyStore {
  private readonly byId;
  private readonly hashOf;
  private readonly offeringsOfProcedure;
  private readonly origin;
  /** Parsed agencies by id, checked against the stored hash (an agency file can hold thousands of offerings). */
  private readonly parsed = new Map<string, { hash: string; agency: AgencyFile }>();

  constructor(private readonly db: Db) {
    this.byId = db.select().from(agencies).where(eq(agencies.id, sql.placeholder('id'))).prepare();
    this.hashOf = db.select({ hash: agencies.hash }).from(agencies).where(eq(agencies.id, sql.placeholder('id'))).prepare();
    this.origin = db.select({ agencyId: agencyOrigins.agencyId }).from(agencyOrigins).where(eq(agencyOrigins.origin, sql.placeholder('origin'))).limit(1).prepare();
    this.offeringsOfProcedure = db
      .select({ agency: agencies.body, offering: offerings.body })
      .from(offerings)
      .innerJoin(agencies, eq(agencies.id, offerings.agencyId))
      .where(eq(offerings.procedureCode, sql.placeholder('code')))
      .orderBy(agencies.id)
      .prepare();
  }

  /** Writes an agency and replaces its offerings when it is new or changed; says whether it wrote. */
  put(agency: AgencyFile, at: string): boolean {
    const body = JSON.stringify(agency);
    const hash = sha256(body);
    const current = this.db.select({ hash: agencies.hash }).from(agencies).where(eq(agencies.id, agency.id)).get();
    if (current?.hash === hash) return false;
    this.db.transaction((tx) => {
      tx.insert(agencies)
        .values({ id: agency.id, code: agency.code, body, hash, updatedAt: at })
        .onConflictDoUpdate({ target: agencies.id, set: { code: agency.code, body, hash, updatedAt: at } })
        .run();
      tx.delete(offerings).where(eq(offerings.agencyId, agency.id)).run();
      tx.delete(agencyOrigins).where(eq(agencyOrigins.agencyId, agency.id)).run();
      for (const origin of agency.origins) tx.insert(agencyOrigins).values({ origin, agencyId: agency.id }).run();
      for (const offering of agency.offerings) {
        tx.insert(offerings).values({ agencyId: agency.id, procedureCode: offering.procedure, body: JSON.stringify(offering) }).run();
      }
    });
    return true;
  }

  agency(id: string): AgencyFile | undefined {
    const hash = this.hashOf.get({ id })?.hash;
    if (hash === undefined) return undefined;
    const cached = this.parsed.get(id);
    if (cached?.hash === hash) return cached.agency;
    const row = this.byId.get({ id });
    if (!row) return undefined;
    const agency = JSON.parse(row.body) as AgencyFile;
    this.parsed.set(id, { hash: row.hash, agency });
    return agency;
  }

  /** The agency's offering of a procedure, or undefined when it does not offer it. */
  offering(agencyId: string, procedureCode: string): Offering | undefined {
    const agency = this.agency(agencyId);
    return agency?.offerings.find((o) => o.procedure === procedureCode);
  }

  /** Every agency that offers a procedure, with its overrides. */
  offeringsOf(procedureCode: string): AgencyOffering[] {
    return this.offeringsOfProcedure.all({ code: procedureCode }).map((row) => ({
      agency: publicPart(JSON.parse(row.agency) as AgencyFile),
      offering: JSON.parse(row.offering) as Offering,
    }));
  }

  list(): AgencyFile[] {
    return this.db.select({ body: agencies.body }).from(agencies).orderBy(agencies.id).all().map((row) => JSON.parse(row.body) as AgencyFile);
  }

  /** Whether a browser origin belongs to an agency's sites. */
  isRegisteredOrigin(origin: string): boolean {
    return this.origin.get({ origin }) !== undefined;
  }
}

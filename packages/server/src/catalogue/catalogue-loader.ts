import { AgencyStore } from '../db/agency-store.js';
import { CatalogueStore } from '../db/catalogue-store.js';
import type { Db } from '../db/open-database.js';
import { ProcedureStore } from '../db/procedure-store.js';
import { procedures } from '../db/schema/index.js';
import { SqliteProcedureSearch } from '../search/sqlite-procedure-search.js';
import type { ProcedureDefinition } from '@motcua/core';
import { loadCatalogue, type CatalogueLoad } from './load-catalogue.js';

/** Loads a catalogue folder into a database outside any app (at start, from the command line, in tests). */
export function loadCatalogueInto(
  db: Db,
  dir: string,
  now: Date = new Date(),
  buildModule?: (definition: ProcedureDefinition) => Promise<string>,
): Promise<CatalogueLoad> {
  const search = new SqliteProcedureSearch(db);
  return loadCatalogue({ db, procedures: new ProcedureStore(db, search), catalogue: new CatalogueStore(db), agencies: new AgencyStore(db) }, dir, now, buildModule);
}

/** A database without a single procedure has never been loaded. */
export function isEmpty(db: Db): boolean {
  return db.select({ code: procedures.code }).from(procedures).limit(1).get() === undefined;
}

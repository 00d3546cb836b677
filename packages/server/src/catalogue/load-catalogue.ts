import { checkCatalogue, MotcuaError, type AgencyFile, type CalendarFile, type CatalogueEntryReport, type ProcedureDefinition, type Taxonomy } from '@motcua/core';
import type { AgencyStore } from '../db/agency-store.js';
import type { CatalogueStore } from '../db/catalogue-store.js';
import type { Db } from '../db/open-database.js';
import { sha256, type ProcedureStore } from '../db/procedure-store.js';
import { buildValidatorModule } from '../validators/index.js';
import { readCatalogueFolder } from './read-catalogue-folder.js';

export interface CatalogueLoad {
  published: string[];
  unchanged: string[];
  calendars: string[];
  agencies: string[];
}

export class CatalogueError extends MotcuaError<'catalogue-invalid'> {
  constructor(readonly reports: CatalogueEntryReport[]) {
    const lines = reports.flatMap((r) => r.errors.map((e) => `${r.path}${e.path ? ` ${e.path}` : ''}: ${e.code}`));
    super(
      'catalogue-invalid',
      {
        vi: `Danh mục có lỗi, chưa nạp gì:\n  ${lines.join('\n  ')}`,
        en: `The catalogue has errors; nothing was loaded:\n  ${lines.join('\n  ')}`,
      },
      { reports },
    );
  }
}

/**
 * Loads a catalogue folder into the database: every file is checked first
 * and nothing is written unless all pass. A procedure whose definition
 * differs from its latest version becomes a new version, effective now;
 * an unchanged one is left alone, so loading twice changes nothing.
 */
export async function loadCatalogue(
  stores: { db: Db; procedures: ProcedureStore; catalogue: CatalogueStore; agencies: AgencyStore },
  dir: string,
  now: Date,
  buildModule: (definition: ProcedureDefinition) => Promise<string> = buildValidatorModule,
): Promise<CatalogueLoad> {
  const files = readCatalogueFolder(dir);
  const at = now.toISOString();
  const reports = checkCatalogue(files, { today: new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10) });
  const failing = reports.filter((r) => r.errors.length > 0);
  if (failing.length > 0) throw new CatalogueError(failing);

  const result: CatalogueLoad = { published: [], unchanged: [], calendars: [], agencies: [] };
  // Built before the transaction (bundling is asynchronous), and only for what changed.
  const changed = new Map<string, { definition: ProcedureDefinition; text: string; module: string }>();
  for (const file of files.filter((f) => f.path.startsWith('procedures/'))) {
    const definition = file.json as ProcedureDefinition;
    const text = JSON.stringify(definition);
    if (stores.procedures.latestVersion(definition.code)?.hash === sha256(text)) continue;
    changed.set(definition.code, { definition, text, module: await buildModule(definition) });
  }
  stores.db.transaction(() => {
    for (const file of files) {
      if (file.path === 'taxonomy.json') stores.catalogue.putTaxonomy(file.json as Taxonomy, at);
      else if (file.path.startsWith('calendars/')) {
        if (stores.catalogue.putCalendar(file.json as CalendarFile, at)) result.calendars.push((file.json as CalendarFile).id);
      }
    }
    for (const file of files.filter((f) => f.path.startsWith('procedures/'))) {
      const { code } = file.json as ProcedureDefinition;
      const update = changed.get(code);
      if (!update) {
        result.unchanged.push(code);
        continue;
      }
      stores.procedures.publish(update.definition, update.text, update.module, { effectiveFrom: at, publishedAt: at });
      result.published.push(code);
    }
    // After the procedures, because an offering refers to its procedure.
    for (const file of files.filter((f) => f.path.startsWith('agencies/'))) {
      const agency = file.json as AgencyFile;
      if (stores.agencies.put(agency, at)) result.agencies.push(agency.id);
    }
  });
  return result;
}

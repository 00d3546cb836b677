import { createDefinitionAjv } from '../ajv/create-ajv.js';
import type { CalendarFile } from '../calendar/calendar.types.js';
import { validateCalendarFile } from '../calendar/validate-calendar.js';
import type { ValidateFunction } from 'ajv';
import type { ProcedureDefinition } from '../procedure.types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.types.js';
import { issue } from '../validation/issue.js';
import { localizeErrors, type ValidationIssue } from '../validation/localize-error.js';
import { validateProcedure } from '../validation/validate-procedure.js';

/** A file of the catalogue folder, read and parsed by the caller (core does no I/O). */
export interface CatalogueFile {
  /** Path relative to the catalogue folder, e.g. "procedures/2.000815.json". */
  path: string;
  /** The parsed JSON, or the parse error's message. */
  json: unknown;
  parseError?: string;
}

export interface CatalogueEntryReport {
  path: string;
  kind: 'procedure' | 'calendar' | 'taxonomy';
  /** The procedure code or calendar id, when the file got far enough to have one. */
  id?: string;
  title?: string;
  errors: ValidationIssue[];
}

const procedureFile = /^procedures\/([^/]+)\.json$/;
const calendarFile = /^calendars\/([^/]+)\.json$/;

/**
 * Checks a whole catalogue: the taxonomy, every calendar and every procedure
 * (meta-schema, semantic checks, tier and sector membership), plus what only
 * the set can show: a file named after another code, a code used twice.
 */
export function checkCatalogue(files: readonly CatalogueFile[], options: { today?: string } = {}): CatalogueEntryReport[] {
  const ajv = createDefinitionAjv();
  const reports: CatalogueEntryReport[] = [];
  const parseIssue = (file: CatalogueFile) =>
    issue('', 'json-invalid', `Tệp không phải JSON hợp lệ: ${file.parseError}`, `The file is not valid JSON: ${file.parseError}`);

  const taxonomyFile = files.find((f) => f.path === 'taxonomy.json');
  let taxonomy: Taxonomy | undefined;
  if (taxonomyFile) {
    const validate = ajv.getSchema('urn:motcua:schema:taxonomy') as ValidateFunction<Taxonomy>;
    const errors = taxonomyFile.parseError
      ? [parseIssue(taxonomyFile)]
      : validate(taxonomyFile.json)
        ? []
        : localizeErrors(validate.errors ?? []);
    if (errors.length === 0) taxonomy = taxonomyFile.json as Taxonomy;
    reports.push({ path: taxonomyFile.path, kind: 'taxonomy', errors });
  }

  for (const file of files.filter((f) => calendarFile.test(f.path))) {
    const errors = file.parseError ? [parseIssue(file)] : validateCalendarFile(file.json, ajv);
    const id = (file.json as CalendarFile | undefined)?.id;
    const report: CatalogueEntryReport = { path: file.path, kind: 'calendar', errors };
    if (typeof id === 'string') report.id = id;
    reports.push(report);
  }

  const codes = new Map<string, string>();
  for (const file of files) {
    const match = procedureFile.exec(file.path);
    if (!match) continue;
    const report: CatalogueEntryReport = { path: file.path, kind: 'procedure', errors: [] };
    reports.push(report);
    if (file.parseError) {
      report.errors.push(parseIssue(file));
      continue;
    }
    const result = validateProcedure(file.json, { ajv, ...(taxonomy ? { taxonomy } : {}), ...(options.today ? { today: options.today } : {}) });
    const definition = file.json as Partial<ProcedureDefinition>;
    if (typeof definition.code === 'string') report.id = definition.code;
    if (typeof definition.name?.vi === 'string') report.title = definition.name.vi;
    report.errors.push(...result.errors);
    if (typeof definition.code !== 'string') continue;
    if (definition.code !== match[1]) {
      report.errors.push(issue('/code', 'file-name-mismatch', `Tệp phải mang tên “${definition.code}.json” theo mã thủ tục.`, `The file must be named “${definition.code}.json” after its code.`));
    }
    const previous = codes.get(definition.code);
    if (previous) {
      report.errors.push(issue('/code', 'duplicate-code', `Mã thủ tục “${definition.code}” đã dùng trong ${previous}.`, `The code “${definition.code}” is already used by ${previous}.`));
    }
    codes.set(definition.code, file.path);
  }
  return reports;
}

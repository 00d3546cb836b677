import type { AgencyFile } from '../agency/agency.types.js';
import { createDefinitionAjv, type Ajv2020 } from '../ajv/create-ajv.js';
import { joinPointer } from '../json/json-pointer.js';
import { validateOffering } from '../validation/validate-offering.js';
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
  kind: 'procedure' | 'calendar' | 'taxonomy' | 'agency';
  /** The procedure code or calendar id, when the file got far enough to have one. */
  id?: string;
  title?: string;
  errors: ValidationIssue[];
}

const procedureFile = /^procedures\/([^/]+)\.json$/;
const calendarFile = /^calendars\/([^/]+)\.json$/;
const agencyFile = /^agencies\/([^/]+)\.json$/;

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
  const valid = new Map<string, ProcedureDefinition>();
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
    if (result.valid) valid.set(result.definition.code, result.definition);
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
  checkAgencies(files, reports, ajv, taxonomy, valid);
  return reports;
}

/**
 * Agencies: the schema, then what only the whole catalogue can tell: the file
 * is named after the agency, codes are unique, the calendar exists, and each
 * offering is for a procedure of the catalogue and changes only what the law
 * leaves to the agency.
 */
function checkAgencies(
  files: readonly CatalogueFile[],
  reports: CatalogueEntryReport[],
  ajv: Ajv2020,
  taxonomy: Taxonomy | undefined,
  definitions: ReadonlyMap<string, ProcedureDefinition>,
): void {
  const validate = ajv.getSchema('urn:motcua:schema:agency') as ValidateFunction<AgencyFile>;
  const calendars = new Set(files.filter((f) => calendarFile.test(f.path)).map((f) => (f.json as CalendarFile | undefined)?.id));
  const codes = new Map<string, string>();
  for (const file of files) {
    const match = agencyFile.exec(file.path);
    if (!match) continue;
    const report: CatalogueEntryReport = { path: file.path, kind: 'agency', errors: [] };
    reports.push(report);
    if (file.parseError) {
      report.errors.push(issue('', 'json-invalid', `Tệp không phải JSON hợp lệ: ${file.parseError}`, `The file is not valid JSON: ${file.parseError}`));
      continue;
    }
    if (!validate(file.json)) {
      report.errors.push(...localizeErrors(validate.errors ?? []));
      continue;
    }
    const agency = file.json;
    report.id = agency.id;
    report.title = agency.name.vi;
    if (agency.id !== match[1]) report.errors.push(issue('/id', 'file-name-mismatch', `Tệp phải mang tên “${agency.id}.json”.`, `The file must be named “${agency.id}.json”.`));
    const previous = codes.get(agency.code);
    if (previous) report.errors.push(issue('/code', 'duplicate-code', `Mã “${agency.code}” đã dùng cho ${previous}.`, `The code “${agency.code}” is already used by ${previous}.`));
    codes.set(agency.code, agency.id);
    if (taxonomy && !taxonomy.tiers.some((t) => t.id === agency.tier)) report.errors.push(issue('/tier', 'tier-unknown', `Cấp “${agency.tier}” không có trong danh mục.`, `The tier “${agency.tier}” is not in the taxonomy.`));
    if (agency.calendar && !calendars.has(agency.calendar)) report.errors.push(issue('/calendar', 'calendar-unknown', `Không có lịch “${agency.calendar}”.`, `There is no calendar “${agency.calendar}”.`));
    const offered = new Set<string>();
    agency.offerings.forEach((offering, i) => {
      const at = joinPointer('/offerings', i);
      if (offered.has(offering.procedure)) report.errors.push(issue(joinPointer(at, 'procedure'), 'duplicate-offering', `Thủ tục “${offering.procedure}” được khai hai lần.`, `The procedure “${offering.procedure}” is offered twice.`));
      offered.add(offering.procedure);
      if (offering.agency !== agency.id) report.errors.push(issue(joinPointer(at, 'agency'), 'offering-agency-mismatch', `Đề nghị phải thuộc cơ quan “${agency.id}”.`, `The offering must name the agency “${agency.id}”.`));
      const definition = definitions.get(offering.procedure);
      if (!definition) {
        report.errors.push(issue(joinPointer(at, 'procedure'), 'procedure-unknown', `Danh mục không có thủ tục hợp lệ “${offering.procedure}”.`, `The catalogue has no valid procedure “${offering.procedure}”.`));
        return;
      }
      for (const error of validateOffering(offering, definition, { ajv }).errors) report.errors.push({ ...error, path: at + error.path });
    });
  }
}

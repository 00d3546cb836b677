/** The byte order mark that makes Excel read a CSV file as UTF-8, so Vietnamese shows right. */
export const BOM = '\uFEFF';

/** A spreadsheet would run text beginning with these as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): text quoted when it must be, and kept from being read as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Headers of a CSV download named `name`, never cached (it holds the dossiers of an agency). */
export function csvHeaders(name: string): Record<string, string> {
  return { 'Content-Type': CSV_TYPE, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
}

// `pnpm catalogue:check [folder]`: validates every catalogue file and prints
// one line per file; exits non-zero when any has an error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCatalogue, pickLocale } from '@motcua/core';

const root = process.argv[2] ?? 'catalogue';
const locale = pickLocale(process.env.MOTCUA_LOCALE ?? process.env.LANG);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
  });
}

let paths;
try {
  paths = walk(root);
} catch (error) {
  console.error(`catalogue:check: cannot read the folder “${root}”: ${error.message}`);
  process.exit(2);
}
const files = paths.map((path) => {
  const file = { path: relative(root, path).split('\\').join('/') };
  try {
    file.json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    file.parseError = error.message;
  }
  return file;
});

const reports = checkCatalogue(files);
let failed = 0;
for (const report of reports.sort((a, b) => a.kind.localeCompare(b.kind) || a.path.localeCompare(b.path))) {
  const label = [report.kind, report.id ?? report.path, report.title ? `· ${report.title.slice(0, 70)}` : ''].join(' ').trim();
  if (report.errors.length === 0) {
    console.log(`ok    ${label}`);
    continue;
  }
  failed += 1;
  console.log(`FAIL  ${label} (${report.path})`);
  for (const error of report.errors) console.log(`        ${error.path || '/'}  [${error.code}] ${error.message[locale]}`);
}
const procedures = reports.filter((r) => r.kind === 'procedure').length;
console.log(`catalogue: ${reports.length} files (${procedures} procedures), ${failed} with errors`);
process.exit(failed === 0 ? 0 : 1);

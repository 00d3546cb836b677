// `pnpm catalogue:check [folder]`: validates every catalogue file and prints
// one line per file; exits non-zero when any has an error.
import { checkCatalogue, pickLocale } from '@motcua/core';
import { readCatalogueFolder } from '@motcua/server';

const USAGE = {
  vi: 'Cách dùng: pnpm catalogue:check [thư-mục] [--lang vi|en]',
  en: 'Usage: pnpm catalogue:check [folder] [--lang vi|en]',
};

let locale = pickLocale(process.env.MOTCUA_LOCALE ?? process.env.LANG);
let root = 'catalogue';
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--lang') {
    const value = args[++i];
    if (value !== 'vi' && value !== 'en') {
      console.error(locale === 'vi' ? `--lang cần “vi” hoặc “en”, không phải “${value ?? ''}”.` : `--lang needs “vi” or “en”, not “${value ?? ''}”.`);
      process.exit(2);
    }
    locale = value;
  } else if (arg.startsWith('-')) {
    console.error(locale === 'vi' ? `Không có tùy chọn “${arg}”. ${USAGE.vi}` : `There is no option “${arg}”. ${USAGE.en}`);
    process.exit(2);
  } else {
    root = arg;
  }
}

let files;
try {
  files = readCatalogueFolder(root);
} catch (error) {
  console.error(locale === 'vi' ? `Không đọc được thư mục “${root}”: ${error.message}` : `Cannot read the folder “${root}”: ${error.message}`);
  process.exit(2);
}
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
console.log(
  locale === 'vi'
    ? `Danh mục: ${reports.length} tệp (${procedures} thủ tục), ${failed} tệp có lỗi`
    : `Catalogue: ${reports.length} files (${procedures} procedures), ${failed} with errors`,
);
process.exit(failed === 0 ? 0 : 1);

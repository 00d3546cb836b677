// What a citizen's browser downloads per procedure besides the runtime: its
// definition (as the API sends it: compact JSON) and its validator module, as
// the server builds and serves it, raw and gzip (level 9).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PROCEDURES_DIR = fileURLToPath(new URL('../../../catalogue/procedures/', import.meta.url));

const sizes = (text) => {
  const bytes = Buffer.from(text);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

export async function catalogueSizes(buildValidatorModule) {
  const rows = [];
  for (const file of readdirSync(PROCEDURES_DIR).filter((name) => name.endsWith('.json')).sort()) {
    const definition = JSON.parse(readFileSync(join(PROCEDURES_DIR, file), 'utf8'));
    rows.push({ code: definition.code, definition: sizes(JSON.stringify(definition)), validators: sizes(await buildValidatorModule(definition)) });
  }
  return rows;
}

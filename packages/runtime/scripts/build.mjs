// Bundles the compiled components (tsc -b writes dist/) into dist/motcua.js, the
// one script an agency's page loads, and dist/chunks/, the components it loads
// when their tags appear; then reports what each component costs a page.
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { flattenCoreImports } from './flatten-core-imports.mjs';

rmSync('dist/chunks', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { motcua: 'dist/autoloader.js' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [flattenCoreImports()],
});

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
/** A file and everything it imports statically: what the browser fetches before its code runs. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') closure(imported.path, seen);
  return seen;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);
const entry = 'dist/motcua.js';
const base = closure(entry);
console.log(`dist/motcua.js: ${kb(sum(base))} gzip`);
for (const [file, output] of Object.entries(metafile.outputs)) {
  const tag = /(motcua-[a-z-]+)\.js$/.exec(output.entryPoint ?? '')?.[1];
  if (tag && file !== entry) console.log(`  with <${tag}>: ${kb(sum(closure(file, new Set(base))))} gzip before it runs`);
}

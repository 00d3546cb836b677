// Bundles the compiled components (tsc -b writes dist/) into dist/motcua.js,
// the one script an agency's page loads, and reports its size.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/register-all.js'],
  outfile: 'dist/motcua.js',
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
});
const bytes = readFileSync('dist/motcua.js');
console.log(`dist/motcua.js: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);

// Bundles the compiled builder (tsc -b writes dist/) into dist/public/builder.js, the one script
// the server's /builder page loads (from BUILDER_DIR/public/). Officers' pages are not embedded in
// agencies' sites, so one file, ajv included, is simpler than the runtime's lazily loaded chunks.
import { rmSync, statSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/public', { recursive: true, force: true });
await build({
  entryPoints: { builder: 'dist/main.js' },
  outdir: 'dist/public',
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  // React (under rjsf's panels) reads process.env.NODE_ENV, which browsers do not have.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  // A registration left out of package.json's sideEffects would vanish from the bundle without a word.
  logOverride: { 'ignored-bare-import': 'error' },
});
console.log(`dist/public/builder.js: ${(statSync('dist/public/builder.js').size / 1024).toFixed(0)} KB`);

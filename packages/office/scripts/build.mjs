// Bundles the compiled back office (tsc -b writes dist/) into dist/public/office.js, the one script
// the server's /office page loads (from OFFICE_DIR/public/). Officers' pages are not embedded in
// agencies' sites, so one file is simpler than the runtime's lazily loaded chunks.
import { rmSync, statSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/public', { recursive: true, force: true });
await build({
  entryPoints: { office: 'dist/main.js' },
  outdir: 'dist/public',
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
  // A registration left out of package.json's sideEffects would vanish from the bundle without a word.
  logOverride: { 'ignored-bare-import': 'error' },
});
console.log(`dist/public/office.js: ${(statSync('dist/public/office.js').size / 1024).toFixed(0)} KB`);

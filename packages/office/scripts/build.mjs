// Bundles the compiled back office (tsc -b writes dist/) into dist/public/office.js, the script the
// server's /office page loads (from OFFICE_DIR/public/), and the chunks it imports when needed: the
// charts' library is fetched only when the statistics are opened, not on a counter's tablet filing
// a dossier.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/public', { recursive: true, force: true });
await build({
  entryPoints: { office: 'dist/main.js' },
  outdir: 'dist/public',
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
  // A registration left out of package.json's sideEffects would vanish from the bundle without a word.
  logOverride: { 'ignored-bare-import': 'error' },
});
for (const name of readdirSync('dist/public')) console.log(`dist/public/${name}: ${(statSync(`dist/public/${name}`).size / 1024).toFixed(0)} KB`);

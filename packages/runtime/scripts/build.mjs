// Bundles the compiled components (tsc -b writes dist/) into dist/motcua.js, the
// one script an agency's page loads, and dist/chunks/, the components it loads
// when their tags appear; then reports what each component costs a page.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { coreImportFlattener } from './flatten-core-imports.mjs';
import { minifyCssTemplates } from './minify-css-templates.mjs';

/** What the bundle does to the compiled runtime's own modules before bundling them. */
function runtimeSources() {
  const flatten = coreImportFlattener();
  return {
    name: 'runtime-sources',
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]runtime[\\/]dist[\\/].*\.js$/ }, (args) => ({ contents: minifyCssTemplates(flatten(readFileSync(args.path, 'utf8'))), loader: 'js' }));
    },
  };
}

const FORM = 'dist/components/form/motcua-form.js';

/**
 * The autoloader's import of the form, pointed at the form's own build (see
 * below) rather than bundled again: `file` is that build's entry, under dist/.
 */
function formBuiltApart(file) {
  return {
    name: 'form-built-apart',
    setup(plugin) {
      plugin.onResolve({ filter: /[\\/]motcua-form\.js$/ }, (args) => (args.importer.endsWith('autoloader.js') ? { path: `./${file.slice('dist/'.length)}`, external: true } : undefined));
    },
  };
}

const options = {
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
  plugins: [runtimeSources()],
};

/** A file and everything it imports statically: what the browser fetches before its code runs. */
function closure(metafile, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') closure(metafile, imported.path, seen);
  return seen;
}

const entry = 'dist/motcua.js';
/** For each lazily loaded component, the chunks it imports beyond what motcua.js already has. */
function preloads(metafile) {
  const base = closure(metafile, entry);
  const map = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const tag = /(motcua-[a-z-]+)\.js$/.exec(output.entryPoint ?? '')?.[1];
    if (!tag || file === entry) continue;
    map[tag] = [file, ...closure(metafile, file)].filter((f, i, all) => !base.has(f) && all.indexOf(f) === i).map((f) => `./${f.slice('dist/'.length)}`);
  }
  return map;
}

rmSync('dist/chunks', { recursive: true, force: true });
// The form is built on its own: shared with the other components, its code
// was split into seven files, each a request and a module the first paint
// waited for; apart, it is its entry and the one chunk it shares with its
// deferred module. A page with the form and another component then loads lit
// twice, which works: @lit/context's keys are `Symbol.for`, and `define`
// registers each tag once.
const { metafile: formMetafile } = await build({ ...options, entryPoints: { 'motcua-form': FORM }, entryNames: 'chunks/[name]-[hash]' });
const formEntry = Object.keys(formMetafile.outputs).find((file) => formMetafile.outputs[file].entryPoint === FORM);
const { metafile: mainMetafile } = await build({ ...options, plugins: [...options.plugins, formBuiltApart(formEntry)] });
const metafile = { inputs: { ...formMetafile.inputs, ...mainMetafile.inputs }, outputs: { ...formMetafile.outputs, ...mainMetafile.outputs } };
// The chunks' names are known only now; motcua.js carries a placeholder for them (see autoloader.ts).
const PLACEHOLDER = '"__MOTCUA_PRELOADS__"';
const loader = readFileSync(entry, 'utf8');
if (loader.split(PLACEHOLDER).length !== 2) throw new Error(`${entry} must contain ${PLACEHOLDER} exactly once`);
writeFileSync(entry, loader.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(preloads(metafile)))));

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);
const base = closure(metafile, entry);
console.log(`dist/motcua.js: ${kb(sum(base))} gzip`);
for (const [file, output] of Object.entries(metafile.outputs)) {
  const tag = /(motcua-[a-z-]+)\.js$/.exec(output.entryPoint ?? '')?.[1];
  if (tag && file !== entry) console.log(`  with <${tag}>: ${kb(sum(closure(metafile, file, new Set(base))))} gzip before it runs`);
}

// `pnpm bench` (runtime part): `<motcua-form>` next to @rjsf/core + React 18
// on the 300-field form of ../shared/bench, in one headless Chromium run (see
// its ABOUT.md for the method and reference figures, pages.mjs for the
// in-page harness). The form is embedded as on an agency's page: motcua.js
// and `<motcua-form procedure=…>` from the real server (packages/server),
// started on a copy of the catalogue whose procedure 2.000815 carries the
// 300-field form. Per page: navigation → every input present, heap after
// render, 50 keystrokes into the last text field (script and main-thread time
// from Chromium's Performance metrics), a full validation cold and warm, and
// the JS that arrived before the first field showed. One warm-up round (which
// also reads every script's body for its size), then BENCH_ROUNDS (7) rounds
// of blank, rjsf and motcua interleaved, each run in a fresh browser context;
// figures are medians. Then BENCH_PHONE_ROUNDS (5) interleaved rounds of
// navigation → every input on a throttled cheap phone (measure.mjs PHONE),
// both sites serving their files compressed. BENCH_RENDERERS=blank,rjsf runs
// a subset; BENCH_RAW=file.json keeps every run's figures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/ensure-chromium.mjs';
import { startServer } from '../../../scripts/web-test-server.mjs';
import { buildAssets, buildFloor, writeBenchCatalogue } from './assets.mjs';
import { catalogueSizes } from './catalogue-sizes.mjs';
import { KEYSTROKES, measureOnPhone, measurePage, NeverPresentError, PHONE } from './measure.mjs';
import { catalogueTable, comparisonTable, phoneTable, RENDERERS, scriptsBeforeFirstField, scriptsTable, summarise, targetsTable } from './report.mjs';
import { startStaticServer } from './static-server.mjs';

const RUNTIME_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(RUNTIME_DIR, 'dist');
// The server exports no validators entry; its compiled module is what it serves with, so the bench imports that.
const SERVER_VALIDATORS = new URL('../../server/dist/validators/index.js', import.meta.url);
const SERVER_MAIN = new URL('../../server/dist/main.js', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PHONE_ROUNDS = Number(process.env.BENCH_PHONE_ROUNDS ?? 5);
const BUDGET_KB = 25;
const selected = (process.env.BENCH_RENDERERS ?? 'blank,rjsf,motcua,motcua-inline,floor').split(',').filter((name) => name in RENDERERS);

const started = performance.now();
const log = (message) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(1);
};

// ---------------------------------------------------------------- build what the pages need

for (const needed of [fileURLToPath(SERVER_VALIDATORS), fileURLToPath(SERVER_MAIN), join(DIST, 'register-all.js')]) {
  if (!existsSync(needed)) fail(`${needed} is missing: run \`pnpm build\` at the repository's root first.`);
}
// dist/motcua.js and dist/chunks/ are bundled from tsc's output by the package's own build script:
// run it when the bundle is missing or older than that output, so the bench never loads a stale one.
const compiledAt = Math.max(...readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith('.js') && f !== 'motcua.js' && !f.startsWith('chunks')).map((f) => statSync(join(DIST, f)).mtimeMs));
const bundle = join(DIST, 'motcua.js');
if (!existsSync(bundle) || statSync(bundle).mtimeMs < compiledAt) {
  const bundled = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: RUNTIME_DIR, encoding: 'utf8' });
  if (bundled.status !== 0) {
    process.stderr.write(bundled.stderr);
    fail("bundling dist/motcua.js failed: run `pnpm build` at the repository's root first.");
  }
  log(bundled.stdout.trim());
}
const { buildValidatorModule } = await import(SERVER_VALIDATORS.href);

const scratch = mkdtempSync(join(tmpdir(), 'motcua-runtime-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
// A snapshot of dist: a rebuild during the run (it empties dist/chunks first) cannot pull files from under a page.
const runtime = join(scratch, 'runtime');
cpSync(DIST, runtime, { recursive: true });
const pagesDir = join(scratch, 'pages');
mkdirSync(pagesDir);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const catalogueDir = join(scratch, 'catalogue');
writeBenchCatalogue(catalogueDir);
// The pages are an agency's site; the Một Cửa server is another origin, as on an agency's page.
const server = await startStaticServer({ '/bench/': pagesDir });
log('starting the server on the catalogue with the 300-field form (it publishes every procedure with its validator module)');
const motcuaServer = await startServer({ name: 'runtime-bench', pageUrl: server.origin, env: { CATALOGUE_DIR: catalogueDir, RUNTIME_DIR: runtime } });
log('building the rjsf bundle and the pages');
const form = await buildAssets(pagesDir, motcuaServer.url);
log('building every catalogue procedure\'s validator module');
const catalogue = await catalogueSizes(buildValidatorModule);

// ---------------------------------------------------------------- runs

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const pages = {
  blank: { url: `${server.origin}/bench/blank.html` },
  rjsf: { url: `${server.origin}/bench/rjsf.html` },
  motcua: { url: `${server.origin}/bench/motcua.html`, host: 'motcua-form' },
  'motcua-inline': { url: `${server.origin}/bench/motcua-inline.html`, host: 'motcua-form' },
  floor: { url: `${server.origin}/bench/floor.html`, host: 'motcua-floor' },
};
const pageErrors = [];
let floorServer;

/** `<motcua-form>`'s shadow root as it stood when every input was present. */
async function renderedForm() {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pages.motcua.url);
    return await page.evaluate(() => window.bench.present.then(() => document.querySelector('motcua-form').shadowRoot.innerHTML));
  } finally {
    await context.close();
  }
}
const runs = Object.fromEntries(selected.map((name) => [name, []]));
const verdicts = {};
/** Per page, the size of every script it fetched (read in the warm-up), by path. */
const js = {};

async function run(name, collectScripts = false, measure = measurePage) {
  try {
    return await measure(browser, pages[name].url, { label: name, host: pages[name].host, collectScripts, pageErrors });
  } catch (error) {
    if (!(error instanceof NeverPresentError)) throw error;
    await browser.close();
    await server.close();
    await floorServer?.close();
    motcuaServer.stop();
    const hint = name === 'motcua' ? ' (does packages/runtime/dist/motcua.js register it? `pnpm build` bundles it)' : '';
    return fail(`${error.message}${hint}${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`);
  }
}

if (selected.includes('floor')) {
  log('rendering the form once for the floor page');
  const floorDir = join(scratch, 'floor');
  mkdirSync(floorDir);
  floorServer = await startStaticServer({ '/floor/': floorDir });
  buildFloor({ dir: pagesDir, scriptDir: floorDir, scriptOrigin: floorServer.origin, server: motcuaServer.url, html: await renderedForm(), expected: form.expected, lastField: form.lastField });
}

log(`warm-up round: ${selected.join(', ')}`);
for (const name of selected) {
  // The floor's one script carries the form's elements as a string, and the inline page loads the
  // same code as the embedded one: neither adds a renderer's code to weigh.
  if (name === 'floor' || name === 'motcua-inline') {
    await run(name);
    continue;
  }
  const result = await run(name, true);
  // The validator module is the procedure's, not the runtime's: reported beside the budget, not in it.
  js[name] = result.js.map((file) => ({ ...file, beside: file.path.endsWith('/validator.js') }));
}
for (let round = 0; round < ROUNDS; round += 1) {
  // Rotating the order spreads any drift of a shared machine over every renderer.
  const order = selected.map((_, i) => selected[(i + round) % selected.length]);
  log(`round ${round + 1}/${ROUNDS}: ${order.join(', ')}`);
  for (const name of order) {
    const result = await run(name);
    runs[name].push(result);
    verdicts[name] = result.validation;
  }
}
const phoneRuns = Object.fromEntries(selected.map((name) => [name, []]));
for (let round = 0; round < PHONE_ROUNDS; round += 1) {
  const order = selected.map((_, i) => selected[(i + round) % selected.length]);
  log(`phone round ${round + 1}/${PHONE_ROUNDS}: ${order.join(', ')}`);
  for (const name of order) phoneRuns[name].push(await run(name, false, measureOnPhone));
}
const version = browser.version();
await browser.close();
await server.close();
await floorServer?.close();
motcuaServer.stop();

// ---------------------------------------------------------------- report

if (process.env.BENCH_RAW) writeFileSync(process.env.BENCH_RAW, JSON.stringify({ version, rounds: ROUNDS, js, runs }, null, 1));
const figures = summarise(runs);
const early = scriptsBeforeFirstField(js, runs);
const runtimeGzip = early.motcua?.gzip ?? NaN;
console.log(`\n@motcua/runtime: the 300-field form (${form.fields} inputs with 10 household members), Chromium ${version}, headless, ${ROUNDS} interleaved runs of each page, medians\n`);
console.log(scriptsTable(early, ROUNDS, BUDGET_KB));
console.log(`\nPer catalogue procedure, fetched beside the runtime (definition: compact JSON as the API sends it; validator module: the server's buildValidatorModule):\n`);
console.log(catalogueTable(catalogue));
console.log(`\nNavigation → all ${form.fields} inputs present; render: main-thread = the renderer's script + style + layout from its start until it falls idle (under 2 ms of tasks in 150 ms); heap after render (after a forced GC); ${KEYSTROKES} keystrokes into ${form.lastField} (input events, each awaited over two animation frames; main-thread = script + style + layout, the issue's measure; all tasks = Chromium's TaskDuration, paint and compositing too, for reference only); validation: rjsf validateForm(), motcua await validate(). \`<motcua-form>\` renders catalogue procedure 2.000815 with the 300-field form in place of its own, so its documents, delivery and fee too:\n`);
console.log(comparisonTable(figures));
console.log('');
console.log(targetsTable(figures, runtimeGzip, BUDGET_KB));
if (PHONE_ROUNDS > 0) {
  console.log(`\nOn a cheap phone (not a target of the issue, a citizen's case): Chromium's CPU slowed ${PHONE.cpuSlowdown}×, ${PHONE.latencyMs} ms round trips, ${PHONE.downKbps / 1000} Mbps down, ${PHONE.upKbps} kbps up; both sites send their files gzipped (the Một Cửa server brotli); navigation → all inputs, median of ${PHONE_ROUNDS} interleaved runs:\n`);
  console.log(phoneTable(phoneRuns));
}
console.log(`\nValidation verdicts (last run): ${Object.entries(verdicts).filter(([name]) => name !== 'blank').map(([name, v]) => `${name} cold ${v.cold}, warm ${v.warm}`).join('; ') || '—'}.`);
if (pageErrors.length) console.log(`Page errors: ${[...new Set(pageErrors)].join('; ')}`);
console.log(`Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`);

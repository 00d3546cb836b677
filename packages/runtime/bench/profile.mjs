// Where <motcua-form>'s render time goes, without the overhead of a tracer:
// loads the bench's motcua page (the real server, as bench.mjs starts it)
// BENCH_ROUNDS times (5), each in a fresh context, and prints per run and as
// medians the moments (ms after navigation) at which each file arrived, the
// element was defined, its first update began and ended, and every input was
// present, and how many elements the form's shadow root holds.
// `node bench/profile.mjs` after `pnpm build`; PROFILE_DIST=folder profiles
// another build of dist/, and PROFILE_DIST=a,b,… compares builds with their
// rounds interleaved, so that a loaded machine weighs on each alike.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/ensure-chromium.mjs';
import { startServer } from '../../../scripts/web-test-server.mjs';
import { buildAssets, writeBenchCatalogue } from './assets.mjs';
import { median } from './report.mjs';
import { startStaticServer } from './static-server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const scratch = mkdtempSync(join(tmpdir(), 'motcua-runtime-profile-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const builds = (process.env.PROFILE_DIST ?? fileURLToPath(new URL('../dist', import.meta.url))).split(',');
writeBenchCatalogue(join(scratch, 'catalogue'));
const pagesDirs = builds.map((_, i) => join(scratch, `pages-${i}`));
for (const dir of pagesDirs) mkdirSync(dir);
const site = await startStaticServer(Object.fromEntries(pagesDirs.map((dir, i) => [`/bench/${i}/`, dir])));
const servers = [];
for (const [i, dist] of builds.entries()) {
  const server = await startServer({ name: 'runtime-profile', pageUrl: site.origin, env: { CATALOGUE_DIR: join(scratch, 'catalogue'), RUNTIME_DIR: dist } });
  servers.push(server);
  await buildAssets(pagesDirs[i], server.url);
}
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });

/** In the page before anything else: when the element is defined, and when its first update with fields begins and ends. */
function observe() {
  customElements.whenDefined('motcua-form').then((Form) => {
    performance.mark('defined');
    const update = Form.prototype.update;
    Form.prototype.update = function (changed) {
      const fields = this.status === 'ready' && !performance.getEntriesByName('update with fields').length;
      const start = performance.now();
      update.call(this, changed);
      if (fields) performance.measure('update with fields', { start, end: performance.now() });
    };
  });
}

const moments = builds.map(() => ({}));
for (let round = 0; round < ROUNDS; round += 1) for (const [i] of builds.entries()) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${site.origin}/bench/${i}/motcua.html`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.bench.present);
  const run = await page.evaluate(() => {
    const found = {};
    for (const entry of performance.getEntriesByType('resource')) found[`${new URL(entry.name).pathname.replace(/-[A-Z0-9]{8}\.js$/, '.js')} arrived`] = entry.responseEnd;
    found['defined'] = performance.getEntriesByName('defined')[0]?.startTime;
    const update = performance.getEntriesByName('update with fields')[0];
    found['update with fields began'] = update?.startTime;
    found['update with fields ended'] = update && update.startTime + update.duration;
    found['(first update with fields, ms)'] = update?.duration;
    found['(defined → that update, ms)'] = update && update.startTime - found['defined'];
    found['every input present'] = window.bench.presentAt;
    found['elements in the form'] = document.querySelector('motcua-form').shadowRoot.querySelectorAll('*').length;
    return found;
  });
  for (const [name, at] of Object.entries(run)) if (at !== undefined) (moments[i][name] ??= []).push(at);
  await context.close();
}
await browser.close();
await site.close();
for (const server of servers) server.stop();
for (const [i, dist] of builds.entries()) {
  const rows = Object.entries(moments[i]).sort((a, b) => median(a[1]) - median(b[1]));
  if (builds.length > 1) console.log(`\n${dist}\n`);
  console.log(`| moment (ms after navigation) | median | ${Array.from({ length: ROUNDS }, (_, r) => `run ${r + 1}`).join(' | ')} |`);
  console.log(`|---|---:|${'---:|'.repeat(ROUNDS)}`);
  for (const [name, list] of rows) console.log(`| ${name} | ${median(list).toFixed(0)} | ${list.map((v) => v.toFixed(0)).join(' | ')} |`);
}

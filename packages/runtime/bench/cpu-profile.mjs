// Which functions a page's render spends its main thread in: loads a bench
// page (the real server, as bench.mjs starts it) BENCH_ROUNDS times (6), each
// in a fresh context, samples the renderer with V8's profiler every 50 µs from
// navigation until every input is present (and PROFILE_AFTER_MS more, 0 by
// default, to include what follows the render), and prints per run the
// functions with the most self time and with the most time inclusive of what
// they call. `node bench/cpu-profile.mjs` after `pnpm build`; PROFILE_PAGE=rjsf
// profiles rjsf's page, PROFILE_DIST=folder another build of dist/ (build one
// with esbuild's `minify: false` to read the names). The profiler slows the
// page: compare functions with each other, not with bench.mjs's timings.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/ensure-chromium.mjs';
import { startServer } from '../../../scripts/web-test-server.mjs';
import { buildAssets, writeBenchCatalogue } from './assets.mjs';
import { startStaticServer } from './static-server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const AFTER_MS = Number(process.env.PROFILE_AFTER_MS ?? 0);
const PAGE = process.env.PROFILE_PAGE ?? 'motcua';
const TOP = 40;
if (!['motcua', 'rjsf', 'blank'].includes(PAGE)) throw new Error(`PROFILE_PAGE must be motcua, rjsf or blank, not ${PAGE}`);

const scratch = mkdtempSync(join(tmpdir(), 'motcua-cpu-profile-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
writeBenchCatalogue(join(scratch, 'catalogue'));
const pages = join(scratch, 'pages');
mkdirSync(pages);
const site = await startStaticServer({ '/bench/': pages });
const dist = process.env.PROFILE_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
const server = await startServer({ name: 'runtime-cpu-profile', pageUrl: site.origin, env: { CATALOGUE_DIR: join(scratch, 'catalogue'), RUNTIME_DIR: dist } });
await buildAssets(pages, server.url);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });

const self = new Map();
const inclusive = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const nameOf = ({ functionName, url, lineNumber, columnNumber }) => `${functionName || '(anonymous)'} ${url.split('/').pop() || '(native)'}:${lineNumber + 1}:${columnNumber + 1}`;

for (let round = 0; round < ROUNDS; round += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`${site.origin}/bench/${PAGE}.html`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.bench.present);
  if (AFTER_MS > 0) await page.waitForTimeout(AFTER_MS);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = nodes.get(id);
    add(self, nameOf(node.callFrame), ms);
    // A function on the stack twice (recursion) counts once per sample.
    const seen = new Set();
    for (let at = node; at; at = parents.get(at.id)) {
      const name = nameOf(at.callFrame);
      if (!seen.has(name)) add(inclusive, name, ms);
      seen.add(name);
    }
  });
}
await browser.close();
await site.close();
server.stop();

const IDLE = new Set(['(idle)', '(program)', '(root)']);
const rows = (map) =>
  [...map]
    .filter(([name]) => !IDLE.has(name.split(' ')[0]))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, ms]) => `| ${(ms / ROUNDS).toFixed(2)} | \`${name}\` |`);
console.log(`${PAGE} page, ${ROUNDS} runs, ms per run\n\n| self ms | function |\n|---:|---|\n${rows(self).join('\n')}\n\n| inclusive ms | function |\n|---:|---|\n${rows(inclusive).join('\n')}`);

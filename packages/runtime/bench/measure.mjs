// One measured run of one page, in a fresh browser context (so a fresh
// renderer process, heap and HTTP cache), through the Chrome DevTools Protocol.
import { gzipSync } from 'node:zlib';

export const KEYSTROKES = 50;
const PRESENT_TIMEOUT_MS = Number(process.env.BENCH_PRESENT_TIMEOUT_MS ?? 30_000);

const metricsOf = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** Script, and script plus style and layout: Chromium's per-renderer totals, in ms. */
function mainThread(before, after) {
  const delta = (name) => (after[name] - before[name]) * 1000;
  const script = delta('ScriptDuration');
  return { scriptMs: script, mainMs: script + delta('RecalcStyleDuration') + delta('LayoutDuration'), taskMs: delta('TaskDuration') };
}

const ZERO_METRICS = { ScriptDuration: 0, RecalcStyleDuration: 0, LayoutDuration: 0, TaskDuration: 0 };

/** The metrics once the renderer has run less than 2 ms of tasks in 150 ms (at most 3 s later). */
async function untilIdle(cdp) {
  let last = await metricsOf(cdp);
  for (let waited = 0; waited < 3000; waited += 150) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await metricsOf(cdp);
    if ((now.TaskDuration - last.TaskDuration) * 1000 < 2) return now;
    last = now;
  }
  return last;
}

export class NeverPresentError extends Error {}

/**
 * A citizen's cheap phone: Chromium's CPU slowed 4× (DevTools' "low-end
 * mobile") on Lighthouse's mobile connection (150 ms round trips, 1.6 Mbps
 * down, 750 kbps up).
 */
export const PHONE = { cpuSlowdown: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };

/** Navigation → every input present, on that phone, in a fresh context. */
export async function measureOnPhone(browser, url, { label, host = null, pageErrors = [] }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${label} (phone): ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latencyMs, downloadThroughput: (PHONE.downKbps * 1000) / 8, uploadThroughput: (PHONE.upKbps * 1000) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await untilPresent(page, label, host);
    return { renderMs: await page.evaluate(() => window.bench.presentAt) };
  } finally {
    await context.close();
  }
}

/** Waits for `bench.present`, or explains from inside the page why the fields never came. */
async function untilPresent(page, label, host) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PRESENT_TIMEOUT_MS)));
  try {
    const present = page.evaluate(() => window.bench.present);
    // Still pending when the context closes after a time-out; that rejection is expected.
    present.catch(() => {});
    await Promise.race([present, timeout]);
  } catch (error) {
    if (error.message !== 'timeout') throw error;
    const state = await page.evaluate(
      (tag) => ({
        defined: tag ? Boolean(customElements.get(tag)) : true,
        fields: window.bench.root()?.querySelectorAll('input, select, textarea').length ?? 0,
        errors: window.bench.errors,
      }),
      host,
    );
    const seconds = PRESENT_TIMEOUT_MS / 1000;
    const why = state.defined ? `only ${state.fields} inputs after ${seconds} s` : `<${host}> was never defined within ${seconds} s`;
    throw new NeverPresentError(`${label}: ${why}${state.errors.length ? ` (errors: ${state.errors.join('; ')})` : ''}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `collectScripts`: also return every script the page fetched, with its gzip
 * (level 9) size; done in the warm-up only, since reading bodies adds protocol
 * traffic to a run. Every run returns `early`: the paths whose responses
 * ended before the first field showed, for the sizes to be summed over.
 */
export async function measurePage(browser, url, { label, host = null, collectScripts = false, pageErrors = [] }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${label}: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    const scripts = [];
    if (collectScripts) page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response));

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await untilPresent(page, label, host);
    const { presentAt, firstAt, loaded } = await page.evaluate(() => ({
      presentAt: window.bench.presentAt,
      firstAt: window.bench.firstAt,
      loaded: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, responseEnd: entry.responseEnd })),
    }));
    await page.evaluate(() => window.bench.settle());
    // The renderer's work from its start until the page falls idle (the form drawn and, for motcua,
    // its side panels and validator module in too): what the page cost the CPU, network waits apart.
    const rendered = mainThread(ZERO_METRICS, await untilIdle(cdp));

    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    const before = await metricsOf(cdp);
    const typed = await page.evaluate((n) => window.bench.type(n), KEYSTROKES);
    const after = await metricsOf(cdp);
    const expectedValue = typed.before + 'x'.repeat(KEYSTROKES);
    if (typed.after !== expectedValue) throw new Error(`${label}: after ${KEYSTROKES} keystrokes the field holds ${JSON.stringify(typed.after)}, not ${JSON.stringify(expectedValue)}`);

    const validation = await page.evaluate(() => window.bench.validate());

    const early = loaded.filter((entry) => entry.responseEnd <= firstAt).map((entry) => new URL(entry.name).pathname);
    const js = [];
    for (const response of scripts) {
      const body = await response.body();
      js.push({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    return { renderMs: presentAt, renderMainMs: rendered.mainMs, firstMs: firstAt, heapBytes, ...mainThread(before, after), validation, early, js };
  } finally {
    await context.close();
  }
}

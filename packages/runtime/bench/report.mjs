// The bench's markdown tables: medians of the interleaved runs, each renderer
// next to rjsf as a ratio, and whether each of the targets is met.

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const ms = (value) => (!Number.isFinite(value) ? '—' : Math.abs(value) < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const times = (value) => (value === Infinity ? '∞' : Number.isFinite(value) ? `${value.toFixed(1)}×` : '—');
const met = (ok) => (ok ? 'met' : 'NOT met');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
/** A ratio of two net figures: a non-positive denominator means "nothing left to compare against". */
const ratio = (numerator, denominator) => (denominator > 0 ? numerator / denominator : numerator > 0 ? Infinity : NaN);

export const RENDERERS = {
  blank: 'blank page (one input, no form)',
  rjsf: '@rjsf/core 6.11 + React 18',
  motcua: '`<motcua-form>`',
  'motcua-inline': '`<motcua-form>`, its definition in the page',
  floor: 'floor of the embed (same round trips and DOM, no renderer)',
};

/** Medians of every figure per renderer, and the figures net of the blank page. */
export function summarise(runs) {
  const figures = {};
  for (const [name, list] of Object.entries(runs)) {
    const m = (pick) => median(list.map(pick));
    figures[name] = {
      render: m((r) => r.renderMs),
      renderMain: m((r) => r.renderMainMs),
      cold: m((r) => r.validation.coldMs),
      warm: m((r) => r.validation.warmMs),
      script: m((r) => r.scriptMs),
      main: m((r) => r.mainMs),
      task: m((r) => r.taskMs),
      heap: m((r) => r.heapBytes),
    };
  }
  const blank = figures.blank;
  for (const f of Object.values(figures)) {
    f.renderNet = f.render - (blank?.render ?? 0);
    f.renderMainNet = f.renderMain - (blank?.renderMain ?? 0);
    f.mainNet = f.main - (blank?.main ?? 0);
    f.taskNet = f.task - (blank?.task ?? 0);
  }
  return figures;
}

/**
 * Per page, the scripts that arrived before the first field showed: their
 * sizes summed in each run (a deferred chunk may or may not beat the first
 * render), the median of those sums, and per file in how many runs it counted.
 */
export function scriptsBeforeFirstField(js, runs) {
  const result = {};
  for (const [name, files] of Object.entries(js)) {
    const counted = files.filter((f) => !f.beside);
    const perRun = runs[name].map((run) => counted.filter((f) => run.early.includes(f.path)));
    result[name] = {
      files: median(perRun.map((list) => list.length)),
      raw: median(perRun.map((list) => list.reduce((total, f) => total + f.raw, 0))),
      gzip: median(perRun.map((list) => list.reduce((total, f) => total + f.gzip, 0))),
      detail: counted.map((f) => ({ ...f, runs: perRun.filter((list) => list.includes(f)).length })),
      beside: files.filter((f) => f.beside),
    };
  }
  return result;
}

export function scriptsTable(early, rounds, budgetKb) {
  const rows = [];
  for (const [name, page] of Object.entries(early)) {
    rows.push([RENDERERS[name] + (name === 'motcua' ? `: runtime JS (budget ${budgetKb} KB)` : ''), `${page.files}`, kb(page.raw), kb(page.gzip)]);
    for (const file of page.beside) rows.push([`${RENDERERS[name]}: ${file.path} (beside, not counted)`, '1', kb(file.raw), kb(file.gzip)]);
  }
  const lines = [table(['JS fetched before the first field shows (median of the runs)', 'files', 'raw KB', 'gzip KB'], rows), ''];
  for (const file of early.motcua?.detail ?? []) lines.push(`- ${file.path}: ${kb(file.raw)} KB, ${kb(file.gzip)} KB gzip, before the first field in ${file.runs} of ${rounds} runs`);
  return lines.join('\n');
}

export function catalogueTable(rows) {
  const body = rows.map((r) => [r.code, kb(r.definition.raw), kb(r.definition.gzip), kb(r.validators.raw), kb(r.validators.gzip)]);
  const largest = (key, part) => Math.max(...rows.map((r) => r[key][part]));
  const mid = (key, part) => median(rows.map((r) => r[key][part]));
  body.push(['**median**', kb(mid('definition', 'raw')), kb(mid('definition', 'gzip')), kb(mid('validators', 'raw')), kb(mid('validators', 'gzip'))]);
  body.push(['**largest**', kb(largest('definition', 'raw')), kb(largest('definition', 'gzip')), kb(largest('validators', 'raw')), kb(largest('validators', 'gzip'))]);
  return table(['procedure', 'definition KB', 'gzip KB', 'validator module KB', 'gzip KB'], body);
}

export function comparisonTable(figures) {
  const rows = Object.entries(figures).map(([name, f]) => [
    RENDERERS[name],
    `${ms(f.render)} (${ms(f.renderNet)})`,
    `${ms(f.renderMain)} (${ms(f.renderMainNet)})`,
    name === 'blank' ? '—' : ms(f.cold),
    name === 'blank' ? '—' : ms(f.warm),
    ms(f.script),
    `${ms(f.main)} (${ms(f.mainNet)})`,
    `${ms(f.task)} (${ms(f.taskNet)})`,
    mb(f.heap),
  ]);
  const { rjsf, motcua } = figures;
  if (rjsf && motcua) {
    rows.push([
      '**rjsf ÷ motcua** (heap: motcua ÷ rjsf)',
      `net ${times(ratio(rjsf.renderNet, motcua.renderNet))}`,
      `net ${times(ratio(rjsf.renderMainNet, motcua.renderMainNet))}`,
      times(ratio(rjsf.cold, motcua.cold)),
      times(ratio(rjsf.warm, motcua.warm)),
      times(ratio(rjsf.script, motcua.script)),
      `net ${times(ratio(rjsf.mainNet, motcua.mainNet))}`,
      `net ${times(ratio(rjsf.taskNet, motcua.taskNet))}`,
      `${(motcua.heap / rjsf.heap).toFixed(2)}`,
    ]);
  }
  return table(
    ['renderer', 'navigation → all inputs ms (net of blank)', 'render: main-thread ms (net of blank)', 'validation cold ms', 'warm ms', '50 keystrokes: script ms', 'main-thread ms (net of blank)', 'all tasks ms (net of blank)', 'heap MB'],
    rows,
  );
}

export function phoneTable(runs) {
  const render = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, median(list.map((r) => r.renderMs))]));
  const net = (name) => render[name] - (render.blank ?? 0);
  const rows = Object.keys(render).map((name) => [RENDERERS[name], ms(render[name]), ms(net(name))]);
  if (render.rjsf !== undefined && render.motcua !== undefined) rows.push(['**rjsf ÷ motcua**', times(render.rjsf / render.motcua), times(ratio(net('rjsf'), net('motcua')))]);
  return table(['renderer', 'navigation → all inputs ms', 'net of blank ms'], rows);
}

export function targetsTable(figures, runtimeGzip, budgetKb) {
  const { rjsf, motcua } = figures;
  const rows = [];
  if (Number.isFinite(runtimeGzip)) rows.push([`runtime JS before the first field ≤ ${budgetKb} KB gzip`, `${kb(runtimeGzip)} KB`, met(runtimeGzip <= budgetKb * 1024)]);
  if (rjsf && motcua) {
    const render = ratio(rjsf.renderNet, motcua.renderNet);
    const script = ratio(rjsf.script, motcua.script);
    const main = ratio(rjsf.mainNet, motcua.mainNet);
    const heap = motcua.heap / rjsf.heap;
    rows.push(['render (net of blank) ≥ 4× faster than rjsf', times(render), met(render >= 4)]);
    rows.push(['(beside it, not a target: main-thread work to render, net of blank)', times(ratio(rjsf.renderMainNet, motcua.renderMainNet)), '']);
    if (figures['motcua-inline']) rows.push(['(beside it: rjsf ÷ `<motcua-form>` given its definition in the page, as rjsf its schema, net)', times(ratio(rjsf.renderNet, figures['motcua-inline'].renderNet)), '']);
    if (figures.floor) rows.push(['(beside it: rjsf ÷ the floor of the embed, net: the most any renderer embedded this way could reach)', times(ratio(rjsf.renderNet, figures.floor.renderNet)), '']);
    rows.push(['keystrokes: script ≥ 10× less than rjsf', times(script), met(script >= 10)]);
    rows.push(['keystrokes: main-thread (net of blank) ≥ 2× less than rjsf', times(main), met(main >= 2)]);
    rows.push(['heap after render ≤ ½ of rjsf', heap.toFixed(2), met(heap <= 0.5)]);
  }
  return table(['target', 'measured', ''], rows);
}

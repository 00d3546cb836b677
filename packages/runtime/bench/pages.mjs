// The three bench pages. Each carries the same inline harness (`window.bench`)
// so that every renderer is timed, typed into and validated the same way. The
// rjsf page has the schema inlined in its HTML (as the reference figures were
// measured); the motcua page embeds the form as an agency does and the form
// fetches its definition and validator module from the real server, as a
// citizen's does: a fetch rjsf does not pay. Both start from the same answers.

/**
 * Runs in the page, from an inline classic script in <head>, before anything
 * else. `expected` are the keys (rjsf: element ids, motcua: `name` pointers)
 * of every field; `presentAt` is the first moment all of them are in the DOM.
 * A MutationObserver checks after each batch of DOM changes (a microtask, so
 * no frame quantises the figure); a check per animation frame only covers a
 * shadow root that appeared before its observer could be attached.
 */
function harness({ expected, key, host, lastField, errorEvent }) {
  const want = new Set(expected);
  const bench = { presentAt: null, firstAt: null, errors: [] };
  window.bench = bench;
  // Kept to explain a form that never shows its fields.
  if (errorEvent) addEventListener(errorEvent, (event) => bench.errors.push(JSON.stringify(event.detail)), true);
  let resolvePresent;
  bench.present = new Promise((resolve) => (resolvePresent = resolve));
  const observed = new WeakSet();
  const root = () => (host ? document.querySelector(host)?.shadowRoot : document);
  const fields = () => root()?.querySelectorAll('input, select, textarea') ?? [];
  bench.root = root;
  bench.field = (wanted) => [...fields()].find((el) => el[key] === wanted);

  function check() {
    if (bench.presentAt !== null) return;
    const node = root();
    if (!node) return;
    if (!observed.has(node)) {
      observed.add(node);
      new MutationObserver(check).observe(node, { childList: true, subtree: true });
    }
    const seen = new Set();
    for (const el of fields()) if (want.has(el[key])) seen.add(el[key]);
    if (seen.size > 0 && bench.firstAt === null) bench.firstAt = performance.now();
    if (seen.size === want.size) {
      bench.presentAt = performance.now();
      bench.firstAt ??= bench.presentAt;
      resolvePresent();
    }
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const eachFrame = () => {
    check();
    if (bench.presentAt === null) requestAnimationFrame(eachFrame);
  };
  requestAnimationFrame(eachFrame);
  if (host) customElements.whenDefined(host).then(check);
  check();

  /** Lets trailing work (effects, lazy chunks, the frame after the render) finish before a measurement. */
  bench.settle = async () => {
    await frame();
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  /**
   * `n` keystrokes into the last text field: each sets the value through the
   * prototype's setter (React's value tracker would otherwise swallow the
   * event) and dispatches an input event, then waits two animation frames so
   * the renderer's update and the frame it causes are inside the measurement.
   */
  bench.type = async (n) => {
    const field = bench.field(lastField);
    if (!field) throw new Error(`no field ${lastField}`);
    const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set;
    const before = field.value;
    field.focus();
    for (let i = 0; i < n; i += 1) {
      setValue.call(field, field.value + 'x');
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await frame();
      await frame();
    }
    // The field as the renderer left it: a renderer that ignored the events would have put the old value back.
    return { before, after: bench.field(lastField)?.value ?? null };
  };

  /** The page's full validation, first call (cold) then second (warm); `window.benchValidate` is set by the page. */
  bench.validate = async () => {
    let started = performance.now();
    const cold = await window.benchValidate();
    const coldMs = performance.now() - started;
    await bench.settle();
    started = performance.now();
    const warm = await window.benchValidate();
    const warmMs = performance.now() - started;
    await bench.settle();
    const verdict = (result) => {
      if (!Array.isArray(result)) return `valid: ${result}`;
      const where = result.slice(0, 3).map((issue) => issue?.path ?? '?');
      return `${result.length} issue${result.length === 1 ? '' : 's'}${where.length ? ` (${where.join(', ')}${result.length > 3 ? ', …' : ''})` : ''}`;
    };
    return { coldMs, warmMs, cold: verdict(cold), warm: verdict(warm) };
  };
}

/** JSON inside <script type="application/json">: only "<" needs escaping there. */
const inlineJson = (id, value) => `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

function page({ title, config, body, head = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script>(${harness})(${JSON.stringify(config)});</script>${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Not blank at all: one input to type into, so its keystroke loop does everything but render a form. */
export function blankPage() {
  return page({
    title: 'bench: blank',
    config: { expected: [], key: 'name', host: null, lastField: '/blank' },
    body: `<input name="/blank" value="">\n<script>window.benchValidate = () => [];</script>`,
  });
}

/** `bundle`: the URL of the esbuild bundle of rjsf-entry.mjs. */
export function rjsfPage({ bundle, schema, uiSchema, formData, expected, lastField }) {
  return page({
    title: 'bench: @rjsf/core + React 18',
    config: { expected, key: 'id', host: null, lastField },
    body: [
      inlineJson('schema', schema),
      inlineJson('ui-schema', uiSchema),
      inlineJson('form-data', formData),
      '<div id="root"></div>',
      `<script type="module" src="${bundle}"></script>`,
    ].join('\n'),
  });
}

/**
 * The floor of embedding a form with one script: what any renderer pays
 * before its own work. The page loads one script from another origin (`script`,
 * floorScript's output), which fetches the procedure from the server and
 * writes `<motcua-form>`'s own rendered shadow DOM in with one `innerHTML`:
 * the same two round trips and the same elements, with no code to download,
 * compile or run between them.
 */
export function floorPage({ script, expected, lastField }) {
  return page({
    title: 'bench: the floor of the embed',
    config: { expected, key: 'name', host: 'motcua-floor', lastField },
    head: `\n<script type="module" src="${script}"></script>`,
    body: ['<motcua-floor></motcua-floor>', '<script type="module">window.benchValidate = () => [];</script>'].join('\n'),
  });
}

/** The floor page's script: `html` is a rendered form's shadow root, `procedure` the URL the form fetches. */
export function floorScript({ procedure, html }) {
  return `const response = await fetch(${JSON.stringify(procedure)}, { headers: { 'Accept-Language': 'vi' } });
await response.json();
document.querySelector('motcua-floor').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(html)};
`;
}

/**
 * `runtime`: the server's motcua.js; the form fetches `procedure` from that
 * server as on an agency's page. The page's own module only hands it the
 * answers to start from, so that every field has one, as rjsf's has.
 */
export function motcuaPage({ runtime, procedure, agency, answers, expected, lastField }) {
  const script = `const form = document.querySelector('motcua-form');
form.answers = JSON.parse(document.getElementById('answers').textContent);
window.benchValidate = () => form.validate();`;
  return page({
    title: 'bench: <motcua-form>',
    config: { expected, key: 'name', host: 'motcua-form', lastField, errorEvent: 'motcua-error' },
    head: `\n<script type="module" src="${runtime}"></script>`,
    body: [inlineJson('answers', answers), `<motcua-form procedure="${procedure}" agency="${agency}"></motcua-form>`, `<script type="module">\n${script}\n</script>`].join('\n'),
  });
}

/**
 * `<motcua-form>` given its definition in the page, as rjsf is given its
 * schema: the `definition` and `validators` properties the builder's preview
 * uses. The page imports the version's validator module from the server
 * (the only way to have the server's verdicts) while motcua.js loads.
 */
export function motcuaInlinePage({ runtime, validators, definition, answers, expected, lastField }) {
  const script = `const form = document.querySelector('motcua-form');
form.answers = JSON.parse(document.getElementById('answers').textContent);
const definition = JSON.parse(document.getElementById('definition').textContent);
form.validators = await import(${JSON.stringify(validators)});
form.definition = definition;
window.benchValidate = () => form.validate();`;
  return page({
    title: 'bench: <motcua-form> with its definition in the page',
    config: { expected, key: 'name', host: 'motcua-form', lastField, errorEvent: 'motcua-error' },
    head: `\n<script type="module" src="${runtime}"></script>`,
    body: [inlineJson('definition', definition), inlineJson('answers', answers), '<motcua-form></motcua-form>', `<script type="module">\n${script}\n</script>`].join('\n'),
  });
}

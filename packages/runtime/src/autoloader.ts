// The entry of dist/motcua.js, the one script an agency's page loads. It defines
// <motcua-provider> at once (nested components ask it for configuration as soon
// as they connect) and loads every other component the first time its tag
// appears in the page, so a page with one form downloads the form and nothing else.
import './components/provider/motcua-provider.js';

const LOADERS: Record<string, () => Promise<unknown>> = {
  'motcua-form': () => import('./components/form/motcua-form.js'),
  'motcua-procedure': () => import('./components/procedure/motcua-procedure.js'),
  'motcua-catalogue': () => import('./components/catalogue/motcua-catalogue.js'),
  'motcua-dossier-status': () => import('./components/dossier-status/motcua-dossier-status.js'),
  'motcua-receipt': () => import('./components/receipt/motcua-receipt.js'),
  'motcua-document-slot': () => import('./components/document-slot/motcua-document-slot.js'),
};

/**
 * Filled in by the build (scripts/build.mjs): the chunks each component's
 * module imports, relative to this file. They are fetched together with the
 * module instead of after it has arrived and been parsed: one round trip
 * instead of two on a slow connection.
 */
const PRELOAD_MANIFEST: string = '__MOTCUA_PRELOADS__';
const PRELOADS = (PRELOAD_MANIFEST.startsWith('{') ? JSON.parse(PRELOAD_MANIFEST) : {}) as Record<string, string[]>;

const started = new Map<string, Promise<unknown>>();

/** Loads the components named (every one when none is), e.g. before creating them from script. */
export function preload(...tags: string[]): Promise<unknown[]> {
  return Promise.all((tags.length > 0 ? tags : Object.keys(LOADERS)).map(load));
}

function load(tag: string): Promise<unknown> {
  const loader = LOADERS[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let pending = started.get(tag);
  if (!pending) {
    for (const chunk of PRELOADS[tag] ?? []) {
      // Only fetched early; the component's own import reports a failure.
      import(/* @vite-ignore */ new URL(chunk, import.meta.url).href).catch(() => undefined);
    }
    pending = loader().catch((error: unknown) => {
      // A failed download (a flaky connection) may be retried by the next element that appears.
      started.delete(tag);
      console.error(`Một Cửa: could not load <${tag}>`, error);
    });
    started.set(tag, pending);
  }
  return pending;
}

function discover(root: ParentNode): void {
  for (const element of root.querySelectorAll(':not(:defined)')) {
    const tag = element.localName;
    if (tag.startsWith('motcua-')) void load(tag);
  }
  if (root instanceof Element && root.localName.startsWith('motcua-')) void load(root.localName);
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

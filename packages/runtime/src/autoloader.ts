// The entry of dist/motcua.js, the one script an agency's page loads. It imports
// nothing itself: it looks for Một Cửa tags in the page and fetches, all at once,
// the modules of those components and every chunk they import (lit included), so
// a page with one form downloads the form and nothing else, in one round trip.
// <motcua-provider> is defined before the components inside it, which ask it for
// their configuration as soon as they connect. A <motcua-form procedure> found
// here gets its procedure fetched at once, beside its code (form-prefetch.ts).
import { prefetchProcedure } from './components/form/form-prefetch.js';

const LOADERS: Record<string, () => Promise<unknown>> = {
  'motcua-provider': () => import('./components/provider/motcua-provider.js'),
  'motcua-form': () => import('./components/form/motcua-form.js'),
  'motcua-procedure': () => import('./components/procedure/motcua-procedure.js'),
  'motcua-catalogue': () => import('./components/catalogue/motcua-catalogue.js'),
  'motcua-dossier-status': () => import('./components/dossier-status/motcua-dossier-status.js'),
  'motcua-receipt': () => import('./components/receipt/motcua-receipt.js'),
  'motcua-document-slot': () => import('./components/document-slot/motcua-document-slot.js'),
};

/**
 * Filled in by the build (scripts/build.mjs): for each component, its module
 * and every chunk that module imports, relative to this file.
 */
const PRELOAD_MANIFEST: string = '__MOTCUA_PRELOADS__';
const PRELOADS = (PRELOAD_MANIFEST.startsWith('{') ? JSON.parse(PRELOAD_MANIFEST) : {}) as Record<string, string[]>;

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;
const started = new Map<string, Promise<unknown>>();
const fetched = new Set<string>();
let provider: Promise<unknown> = Promise.resolve();

/** Loads the components named (every one when none is), e.g. before creating them from script. */
export function preload(...tags: string[]): Promise<unknown[]> {
  return Promise.all((tags.length > 0 ? tags : Object.keys(LOADERS)).map(load));
}

/**
 * Fetches a component's chunks without running them (`modulepreload`), so that
 * they arrive in parallel whatever order they will run in. An `import()` here
 * would define a component before the provider it needs.
 */
function prefetch(tag: string): void {
  for (const chunk of PRELOADS[tag] ?? []) {
    const href = new URL(chunk, import.meta.url).href;
    if (fetched.has(href)) continue;
    fetched.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

function load(tag: string): Promise<unknown> {
  const loader = LOADERS[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let pending = started.get(tag);
  if (!pending) {
    prefetch(tag);
    const run = () =>
      loader().catch((error: unknown) => {
        // A failed download (a flaky connection) may be retried by the next element that appears.
        started.delete(tag);
        console.error(`Một Cửa: could not load <${tag}>`, error);
      });
    pending = tag === 'motcua-provider' ? (provider = run()) : provider.then(run);
    started.set(tag, pending);
  }
  return pending;
}

function discover(root: ParentNode): void {
  const tags = new Set<string>();
  for (const element of [...(root instanceof Element ? [root] : []), ...root.querySelectorAll(':not(:defined)')]) {
    if (!element.localName.startsWith('motcua-')) continue;
    tags.add(element.localName);
    // Once the form's code is in, a new form fetches its own procedure as soon as it connects.
    if (element.localName === 'motcua-form' && !customElements.get('motcua-form')) prefetchProcedure(element, SCRIPT_ORIGIN);
  }
  // The provider's own load first, so that `provider` is what the others wait for.
  if (tags.delete('motcua-provider')) void load('motcua-provider');
  for (const tag of tags) void load(tag);
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

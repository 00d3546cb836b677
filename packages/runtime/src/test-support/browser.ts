import 'axe-core';

declare global {
  interface Window {
    MOTCUA_SERVER: string;
    MOTCUA_DOSSIER: { code: string; secret: string };
    MOTCUA_ADMIN: { email: string; password: string };
    axe: { run(context: Element, options?: object): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
  }
}

/**
 * Loads dist/motcua.js, the very bundle agencies' pages load, so the tests
 * exercise what ships (and the browser never sees the ajv-carrying modules
 * that bundling leaves out).
 */
export async function loadRuntime(): Promise<void> {
  const runtime = (await import(new URL('../motcua.js', import.meta.url).href)) as { preload(): Promise<unknown> };
  await runtime.preload();
}

/** The real server the test runner started, with the real catalogue. */
export const SERVER = window.MOTCUA_SERVER;

/** A dossier the test runner filed on that server before the tests. */
export const DOSSIER = window.MOTCUA_DOSSIER;

/** The first admin of that server, whose /api/ the runner also serves on the page's own origin. */
export const ADMIN = window.MOTCUA_ADMIN;

/** Puts markup in the page and returns its first element, removed after the test by `cleanup`. */
export function fixture<T extends Element>(markup: string): T {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  return holder.firstElementChild as T;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/** Waits until `check` holds, polling each frame; fails after `ms`. */
export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** axe-core's WCAG 2.x A and AA rules; returns the violations' ids and help texts. */
export async function accessibilityViolations(element: Element): Promise<string[]> {
  const result = await window.axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

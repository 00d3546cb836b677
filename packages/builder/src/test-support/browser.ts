import 'axe-core';

declare global {
  interface Window {
    MOTCUA_ADMIN: { email: string; password: string };
    axe: { run(context: Element, options?: object): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
  }
}

/** The first admin of the server the test runner started (the runner passes /api/ to it). */
export const ADMIN = window.MOTCUA_ADMIN;

/** Signs the page in as the admin, as the builder's sign-in form does. */
export async function signIn(): Promise<void> {
  const response = await fetch('/api/v1/admin/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status}`);
}

export async function signOut(): Promise<void> {
  await fetch('/api/v1/admin/session', { method: 'DELETE' });
}

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

/**
 * Loads dist/public/builder.js, the very bundle the server's /builder page loads, so the tests
 * exercise what ships (ajv, which the bundle converts from CommonJS, included).
 */
export async function loadBuilder(): Promise<void> {
  await import(new URL('../public/builder.js', import.meta.url).href);
}

/**
 * The text area of an editor's JSON view (`<motcua-json-view>` in the editor's shadow root), once
 * it is there; the JSON tab is chosen first when another is shown, as an officer would.
 */
export function jsonTextOf(editor: Element | null): HTMLTextAreaElement | null {
  const tab = editor?.shadowRoot?.querySelector<HTMLElement>('#tab-json');
  if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
  return editor?.shadowRoot?.querySelector('motcua-json-view')?.shadowRoot?.querySelector('textarea') ?? null;
}

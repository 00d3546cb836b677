export { accessibilityViolations, cleanup, fixture, until } from '@motcua/runtime/test-support';

declare global {
  interface Window {
    MOTCUA_ADMIN: { email: string; password: string };
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

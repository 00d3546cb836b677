export { accessibilityViolations, cleanup, fixture, until } from './dom-fixtures.js';

declare global {
  interface Window {
    MOTCUA_SERVER: string;
    MOTCUA_DOSSIER: { code: string; secret: string };
    MOTCUA_ADMIN: { email: string; password: string };
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

// What every browser test of the runtime, the builder and the back office needs: markup put in the
// page and taken out again, waiting for the page to catch up, and axe's verdict. Exported as
// `@motcua/runtime/test-support`, so the officers' apps' tests do not keep copies.
import 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
  }
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

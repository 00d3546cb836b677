import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EditorView, ViewContext } from './editor-views.js';

/** Which view is shown, and which have been shown (kept mounted, so what they hold survives a switch). */
export interface TabsState {
  active: string;
  visited: ReadonlySet<string>;
}

/** The tab an arrow, Home or End key moves to from `current`, as the ARIA tabs pattern has it; undefined for other keys. */
export function tabAfterKey(views: readonly EditorView[], current: string, key: string): string | undefined {
  const index = Math.max(0, views.findIndex((view) => view.id === current));
  const last = views.length - 1;
  const target = key === 'ArrowRight' ? (index + 1) % views.length : key === 'ArrowLeft' ? (index - 1 + views.length) % views.length : key === 'Home' ? 0 : key === 'End' ? last : undefined;
  return target === undefined ? undefined : views[target]?.id;
}

/**
 * The tablist and its panels: roving tabindex (one tab in the page's Tab order, the arrows move
 * between tabs and show each at once), each panel labelled by its tab.
 */
export function renderTabs(views: readonly EditorView[], state: TabsState, context: ViewContext, label: string, choose: (id: string, focus: boolean) => void) {
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabAfterKey(views, state.active, event.key);
    if (next === undefined) return;
    event.preventDefault();
    choose(next, true);
  };
  return html`<div role="tablist" aria-label=${label} part="tabs" @keydown=${onKeydown}>
      ${views.map(
        (view) =>
          html`<button
            type="button"
            role="tab"
            id=${`tab-${view.id}`}
            aria-selected=${view.id === state.active ? 'true' : 'false'}
            aria-controls=${`panel-${view.id}`}
            tabindex=${view.id === state.active ? 0 : -1}
            @click=${() => choose(view.id, false)}
          >
            ${view.label[context.locale === 'en' ? 'en' : 'vi']}
          </button>`,
      )}
    </div>
    ${repeat(
      views.filter((view) => state.visited.has(view.id)),
      (view) => view.id,
      (view) => html`<div role="tabpanel" id=${`panel-${view.id}`} aria-labelledby=${`tab-${view.id}`} part="panel" ?hidden=${view.id !== state.active}>${view.render(context)}</div>`,
    )}`;
}

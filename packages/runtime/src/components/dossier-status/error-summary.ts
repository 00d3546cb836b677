import { html, nothing } from 'lit';

/** A problem to fix; `target` is the id of the field it is about, when it is about one. */
export interface Problem {
  target?: string;
  message: string;
}

/**
 * GOV.UK's error summary: a titled box that takes focus (the caller moves
 * it there) and links each problem to its field. Several forms share the
 * element's shadow root, so each summary has its own `id`.
 */
export function errorSummary(id: string, title: string, problems: readonly Problem[], root: () => ParentNode) {
  if (problems.length === 0) return nothing;
  const jump = (event: Event, target: string) => {
    event.preventDefault();
    (root().querySelector(`#${CSS.escape(target)}`) as HTMLElement | null)?.focus();
  };
  return html`<div class="summary" id=${id} role="alert" tabindex="-1" aria-labelledby=${`${id}-title`}>
    <h3 id=${`${id}-title`}>${title}</h3>
    <ul>
      ${problems.map((p) => html`<li>${p.target ? html`<a href=${`#${p.target}`} @click=${(event: Event) => jump(event, p.target as string)}>${p.message}</a>` : p.message}</li>`)}
    </ul>
  </div>`;
}

/** The message beside a field, and the `aria-describedby` that ties it (and a hint) to the field. */
export function fieldError(id: string, problems: readonly Problem[]) {
  const problem = problems.find((p) => p.target === id);
  return problem ? html`<span class="field-error" id=${`${id}-error`}>${problem.message}</span>` : nothing;
}

export function describedBy(id: string, problems: readonly Problem[], hint?: string): string | typeof nothing {
  const ids = [hint, problems.some((p) => p.target === id) ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

export const invalid = (id: string, problems: readonly Problem[]) => (problems.some((p) => p.target === id) ? 'true' : 'false');

import { html, nothing } from 'lit';

/** A labelled whole-number input; `onChange` gets undefined when the officer empties it. */
export function numberField(options: { id: string; label: string; value: number | undefined; onChange: (value: number | undefined) => void; min?: number; max?: number; step?: number; hint?: string }) {
  const { id, label, value, onChange, hint } = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="number"
      min=${options.min ?? 0}
      max=${options.max ?? nothing}
      step=${options.step ?? 1}
      aria-describedby=${hint ? `${id}-hint` : nothing}
      .value=${value === undefined ? '' : String(value)}
      @change=${(e: Event) => {
        const typed = (e.target as HTMLInputElement).value;
        onChange(typed === '' ? undefined : Number(typed));
      }}
    />
    ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
  </div>`;
}

/** A labelled select; `empty` adds a first option for "nothing chosen", whose value is ''. */
export function selectField(options: { id: string; label: string; value: string; choices: readonly { value: string; label: string }[]; onChange: (value: string) => void; empty?: string }) {
  const { id, label, value, choices, onChange, empty } = options;
  const known = value === '' || choices.some((c) => c.value === value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${empty === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${empty}</option>`}
      ${known ? nothing : html`<option value=${value} selected>${value}</option>`}
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** A labelled checkbox. */
export function checkboxField(options: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return html`<div class="check">
    <input id=${options.id} type="checkbox" .checked=${options.checked} @change=${(e: Event) => options.onChange((e.target as HTMLInputElement).checked)} />
    <label for=${options.id}>${options.label}</label>
  </div>`;
}

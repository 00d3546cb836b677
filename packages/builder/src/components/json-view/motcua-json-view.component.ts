import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { codeFieldStyles } from '../../shared/code-field-styles.js';
import { JSON_VIEW_TEXT } from './json-view-text.js';
import { jsonViewStyles } from './motcua-json-view.styles.js';

/** The group the editor's history merges consecutive typing into: one undo step per burst of typing. */
export const JSON_TYPING_GROUP = 'json-text';

/**
 * The whole definition as JSON text, editable. It follows the visual-editor contract: every
 * edit that leaves a JSON object fires `motcua-definition-change` with it; while the text is not
 * one, it says where and fires `motcua-definition-unparsed`, so the editor knows there are
 * changes it does not hold yet. A definition given from outside (another view's edit, an undo)
 * rewrites the text; the definition it fired itself leaves the officer's text as typed.
 *
 * @attr server - The Một Cửa server (unused: the text needs nothing from it).
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition to show, possibly unfinished.
 * @fires motcua-definition-change - The text is a JSON object again; `detail` is `{ definition, group: 'json-text' }`.
 * @fires motcua-definition-unparsed - The text is not a JSON object; `detail` is `{ message }`, in the officer's language.
 * @csspart json - The text area.
 */
export class MotcuaJsonView extends BuilderElement {
  static override styles = [hostStyles, codeFieldStyles, jsonViewStyles];

  static override properties = {
    ...BuilderElement.properties,
    definition: { attribute: false },
    text: { state: true },
    problem: { state: true },
  };

  private readonly t = this.wording(JSON_VIEW_TEXT);
  /** The definition the text holds now: given back, it must not rewrite what the officer typed. */
  private shown: unknown;

  declare definition: unknown;
  declare text: string;
  declare problem: string | undefined;

  constructor() {
    super();
    this.text = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') && this.definition !== this.shown) {
      this.shown = this.definition;
      this.text = JSON.stringify(this.definition, null, 2) ?? '';
      this.problem = undefined;
    }
  }

  private readonly onInput = (event: InputEvent): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.text);
    } catch (error) {
      this.unparsed(this.t('notJson', { detail: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      this.unparsed(this.t('notObject'));
      return;
    }
    this.problem = undefined;
    this.shown = parsed;
    this.dispatchEvent(new CustomEvent('motcua-definition-change', { detail: { definition: parsed, group: JSON_TYPING_GROUP }, bubbles: true, composed: true }));
  };

  private unparsed(message: string): void {
    this.problem = message;
    this.dispatchEvent(new CustomEvent('motcua-definition-unparsed', { detail: { message }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<label for="json">${this.t('label')}</label>
      <p class="hint" id="json-hint">${this.t('hint')}</p>
      ${this.problem ? html`<p role="alert" id="json-problem">${this.problem}</p>` : nothing}
      <textarea
        id="json"
        part="json"
        spellcheck="false"
        aria-describedby=${this.problem ? 'json-hint json-problem' : 'json-hint'}
        aria-invalid=${this.problem ? 'true' : 'false'}
        .value=${live(this.text)}
        @input=${this.onInput}
      ></textarea>`;
  }
}

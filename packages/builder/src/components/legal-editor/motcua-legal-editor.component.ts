import { html } from 'lit';
import { hostStyles } from '../../shared/builder-element.js';
import { DefinitionEditor } from '../../shared/definition-editor.js';
import { DefinitionProblems, problemList } from '../../shared/definition-problems.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { metaSchemaPart, withMembers, type PanelForm } from '../../shared/meta-schema-part.js';
import { partPanel } from '../../shared/schema-part-panels.js';
import { LEGAL_EDITOR_TEXT } from './legal-editor-text.js';

/**
 * The legal basis (căn cứ pháp lý) as a list: number, title in vi and en, date of issue, link,
 * and whatever the meta-schema's LegalBasis gains later, in a `<motcua-schema-panel>` over that
 * part of core's procedure meta-schema (add, remove and reorder are the panel's own buttons).
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition edited; never mutated.
 * @prop problems - Core's verdict on the definition, when the host has it (each issue with its `code`); else the editor works it out.
 * @fires motcua-definition-change - Each edit; `detail` is `{ definition }`, a new definition.
 */
export class MotcuaLegalEditor extends DefinitionEditor {
  static override styles = [hostStyles, editorStyles];

  private readonly t = this.wording(LEGAL_EDITOR_TEXT);
  private readonly checker = new DefinitionProblems(() => this.problems);

  /** The panel as shown. */
  readonly panels: { legalBasis: PanelForm } = { legalBasis: metaSchemaPart(['legalBasis']) };

  override render() {
    return html`<h3>${this.t('heading')}</h3>
      <p class="hint">${this.t('intro')}</p>
      ${partPanel({ id: 'legal-panel', form: this.panels.legalBasis, definition: this.definition, locale: this.language, onChange: (form, formData) => this.commit(withMembers(this.definition, form.members, formData)) })}
      ${problemList(this.checker.beyondSchema(this.definition, ['legalBasis']), this.language, '')}`;
  }
}

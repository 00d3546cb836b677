import type { Taxonomy } from '@motcua/core';
import { html, nothing } from 'lit';
import { ApiProblem } from '../../shared/builder-api.js';
import { hostStyles } from '../../shared/builder-element.js';
import { DefinitionEditor } from '../../shared/definition-editor.js';
import { DefinitionProblems, problemList } from '../../shared/definition-problems.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { metaSchemaPart, withMembers, type PanelForm } from '../../shared/meta-schema-part.js';
import { partPanel, withTaxonomy } from '../../shared/schema-part-panels.js';
import { INFO_EDITOR_TEXT } from './info-editor-text.js';

/** The members of the definition each panel shows, in the order officers fill them in. */
export const INFO_PANELS = {
  general: ['name', 'description', 'sector', 'tier', 'agency', 'applicants', 'applicantCategories', 'onlineLevel', 'result', 'requirements', 'documentsSetLocally', 'keywords', 'notes'],
  channels: ['channels'],
  serviceLevel: ['serviceLevel', 'serviceLevelSetLocally'],
} as const;

type PanelId = keyof typeof INFO_PANELS;

/**
 * General information, channels and service level: three `<motcua-schema-panel>`s over those
 * parts of core's procedure meta-schema, its `$ref`s resolved through its `$defs`, so a property
 * added to the meta-schema shows up here with no new code. Their words, vi in the schema and en in
 * the overlay, are `META_SCHEMA_WORDS`; sector and tier are chosen from the server's taxonomy.
 * Each panel shows its own problems beside its fields, and below it those core's semantic checks
 * find in its members (a sector not in the taxonomy, an online channel at level “information only”).
 *
 * @attr server - The Một Cửa server whose taxonomy names the sectors and tiers; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition edited; never mutated.
 * @prop problems - Core's verdict on the definition, when the host has it (each issue with its `code`); else the editor works it out.
 * @fires motcua-definition-change - Each edit; `detail` is `{ definition }`, a new definition.
 */
export class MotcuaInfoEditor extends DefinitionEditor {
  static override styles = [hostStyles, editorStyles];

  static override properties = {
    ...DefinitionEditor.properties,
    taxonomy: { state: true },
    taxonomyProblem: { state: true },
  };

  private readonly t = this.wording(INFO_EDITOR_TEXT);
  private readonly checker = new DefinitionProblems(() => this.problems);

  declare taxonomy: Taxonomy | undefined;
  declare taxonomyProblem: string | undefined;
  /**
   * The panels as shown, built once (and once more with the taxonomy's choices): a panel compiles
   * its validator per schema object, so the same objects are passed on every render.
   */
  panels: Record<PanelId, PanelForm> = {
    general: metaSchemaPart(INFO_PANELS.general),
    channels: metaSchemaPart(INFO_PANELS.channels),
    serviceLevel: metaSchemaPart(INFO_PANELS.serviceLevel),
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.taxonomy) void this.loadTaxonomy();
  }

  private async loadTaxonomy(): Promise<void> {
    try {
      const taxonomy = await this.api.taxonomy();
      this.panels = { ...this.panels, general: withTaxonomy(this.panels.general, taxonomy) };
      this.taxonomy = taxonomy;
    } catch (error) {
      this.taxonomyProblem = this.t('taxonomyFailed', { message: error instanceof ApiProblem ? error.message : String(error) });
    }
  }

  private readonly onPanel = (form: PanelForm, formData: unknown) => this.commit(withMembers(this.definition, form.members, formData));

  override render() {
    const t = this.t;
    const section = (id: PanelId) => html`<section aria-labelledby=${`${id}-heading`}>
      <h4 id=${`${id}-heading`}>${t(id)}</h4>
      ${partPanel({ id: `${id}-panel`, form: this.panels[id], definition: this.definition, locale: this.language, onChange: this.onPanel })}
      ${problemList(this.checker.beyondSchema(this.definition, INFO_PANELS[id]), this.language, '')}
    </section>`;
    return html`<h3>${t('heading')}</h3>
      ${this.definition?.code ? html`<p>${t('code', { code: this.definition.code })}</p>` : nothing}
      ${this.taxonomyProblem ? html`<p role="alert">${this.taxonomyProblem}</p>` : nothing} ${section('general')} ${section('channels')} ${section('serviceLevel')}`;
  }
}

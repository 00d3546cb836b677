import { DOSSIER_TRANSITIONS, type DossierAction, type DossierTransition, type ProcedureDefinition } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { ACTION_WORDS } from '../../shared/dossier-words.js';
import { type DossierRecord } from '../../shared/office-api.js';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { DOSSIER_ACTIONS_TEXT } from './dossier-actions-text.js';
import { dossierActionsStyles } from './motcua-dossier-actions.styles.js';

/** The prefix of the file inputs that answer a supplement request, one per document asked for. */
const SUPPLIED = 'supplied:';

/** The inputs whose values are sent as a list. */
const LISTS = new Set(['documents', 'postedDocumentsReceived']);

/**
 * The actions the signed-in officer's step roles allow on a dossier in its present state, each
 * opening the few inputs it needs (a reason, the step to forward to, the missing documents, the
 * days of an extension, how the result is returned, the reason for a delay when overdue), sent
 * to the server with the revision the officer saw; the server's refusal is shown as it words it.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop dossier - The dossier, as the officers' dossier route gives it.
 * @prop definition - Its procedure version's definition (steps and documents).
 * @prop overdue - Whether the dossier is past its due date: returning it then asks for the reason for the delay.
 * @fires motcua-acted - The server took the action; `detail` is `{ action, dossier }`.
 * @csspart action - Each action's form.
 */
export class MotcuaDossierActions extends OfficeElement {
  static override styles = [officeStyles, dossierActionsStyles];

  static override properties = {
    ...OfficeElement.properties,
    dossier: { attribute: false },
    definition: { attribute: false },
    overdue: { attribute: false },
    chosen: { state: true },
    problem: { state: true },
    busy: { state: true },
    done: { state: true },
  };

  private readonly t = this.wording(DOSSIER_ACTIONS_TEXT);

  declare dossier: DossierRecord | undefined;
  declare definition: ProcedureDefinition | undefined;
  declare overdue: boolean;
  declare chosen: DossierTransition | undefined;
  declare problem: string | undefined;
  declare busy: boolean;
  declare done: string | undefined;

  constructor() {
    super();
    this.overdue = false;
    this.busy = false;
  }

  /** What the server says the officer may do now (state, step roles, current step), in core's order. */
  get actions(): DossierTransition[] {
    const open = new Set(this.dossier?.actions ?? []);
    return DOSSIER_TRANSITIONS.filter((transition) => open.has(transition.action));
  }

  private choose(transition: DossierTransition | undefined): void {
    this.chosen = transition;
    this.problem = undefined;
    this.done = undefined;
    if (transition) void this.updateComplete.then(() => (this.renderRoot.querySelector('form [name]') as HTMLElement | null)?.focus());
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const dossier = this.dossier;
    const chosen = this.chosen;
    if (!dossier || !chosen) return;
    const form = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.problem = undefined;
    try {
      const body = await this.bodyOf(form);
      const updated = await this.api.act(dossier.code, chosen.action, body, dossier.revision);
      this.done = this.t('done', { action: ACTION_WORDS[chosen.action][this.language] });
      this.chosen = undefined;
      this.dispatchEvent(new CustomEvent('motcua-acted', { detail: { action: chosen.action, dossier: updated }, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = this.problemOf(error);
    } finally {
      this.busy = false;
    }
  };

  /** The action's body from its form: lists for the checkboxes, a number of days, the result file uploaded first. */
  private async bodyOf(form: FormData): Promise<Record<string, unknown>> {
    const body: Record<string, unknown> = {};
    const supplied: { document: string; uploads: string[] }[] = [];
    for (const [name, value] of form) {
      if (value instanceof File) {
        if (value.size === 0) continue;
        const { id } = await this.api.upload(value);
        // A supplement's scans go under the document they answer; any other file is the action's own (the result).
        if (name.startsWith(SUPPLIED)) supplied.push({ document: name.slice(SUPPLIED.length), uploads: [id] });
        else body[name] = id;
        continue;
      }
      const text = value.trim();
      if (!text) continue;
      if (LISTS.has(name)) body[name] = [...((body[name] as string[] | undefined) ?? []), text];
      else body[name] = name === 'days' ? Number(text) : text;
    }
    if (supplied.length > 0) body.documents = supplied;
    return body;
  }

  private renderInputs(action: DossierAction, needsReason: boolean) {
    const t = this.t;
    const locale = this.language;
    const definition = this.definition;
    const dossier = this.dossier as DossierRecord;
    const reason = html`<label>${t('reason')}<textarea name="reason" rows="3" required></textarea></label>`;
    const note = html`<label>${t('note')}<textarea name="note" rows="2"></textarea></label>`;
    const late = this.overdue ? html`<label>${t('lateReason')}<span class="hint">${t('lateHint')}</span><textarea name="lateReason" rows="3" required></textarea></label>` : nothing;
    const nameOf = (id: string) => textIn([...(definition?.documents ?? []), ...(definition?.cases ?? []).flatMap((c) => c.documents ?? [])].find((d) => d.id === id)?.name, locale) || id;
    switch (action) {
      case 'receive': {
        const posted = dossier.documents.filter((d) => d.byPost);
        return html`${posted.length > 0
            ? html`<fieldset>
                <legend>${t('postedReceived')}</legend>
                ${posted.map((d) => html`<label><input type="checkbox" name="postedDocumentsReceived" value=${d.documentId} />${nameOf(d.documentId)}</label>`)}
              </fieldset>`
            : nothing}
          ${note}`;
      }
      case 'forward': {
        const current = dossier.step.current?.index ?? 0;
        const targets = dossier.step.steps.filter((_, i) => i > 0 && i !== current);
        return html`<label
            >${t('toStep')}<select name="toStep">
              <option value="">${t('nextStep')}</option>
              ${targets.map((step) => html`<option value=${step.id}>${textIn(step.name, locale)}</option>`)}
            </select></label
          >
          <label>${t('toAgency')}<input name="toAgency" /></label>
          ${note}`;
      }
      case 'request-supplement': {
        const documents = [...(definition?.documents ?? []), ...(definition?.cases.find((c) => c.id === dossier.case)?.documents ?? [])];
        return html`<fieldset>
            <legend>${t('missingDocuments')}</legend>
            ${documents.map((d) => html`<label><input type="checkbox" name="documents" value=${d.id} />${textIn(d.name, locale)}</label>`)}
          </fieldset>
          ${reason}`;
      }
      case 'supplement': {
        const open = dossier.supplements.find((request) => request.answeredAt === null);
        return html`${(open?.documents ?? []).map((d) => html`<label>${t('supplied', { name: textIn(d.name, locale) })}<input name=${`${SUPPLIED}${d.id}`} type="file" required /></label>`)}
          ${open && open.fields.length > 0 ? html`<p class="hint">${t('fieldsOnline', { fields: open.fields.map((f) => (f.label ? f.label[locale] : f.pointer)).join(', ') })}</p>` : nothing} ${note}`;
      }
      case 'extend':
        return html`<label>${t('days')}<input name="days" type="number" min="1" max="365" required /></label>${reason}`;
      case 'reject':
        return html`${reason}${late}`;
      case 'return':
        return html`<label
            >${t('method')}<select name="method">
              <option value="in-person" ?selected=${dossier.delivery === 'in-person'}>${t('inPerson')}</option>
              <option value="online" ?selected=${dossier.delivery === 'online'}>${t('online')}</option>
              <option value="postal" ?selected=${dossier.delivery === 'postal'}>${t('postal')}</option>
            </select></label
          >
          <label>${t('resultFile')}<input name="resultFile" type="file" /></label>
          <label>${t('tracking')}<input name="trackingNumber" pattern="[A-Za-z0-9\-]{4,40}" /></label>
          ${late} ${note}`;
      default:
        return needsReason ? reason : note;
    }
  }

  override render() {
    const t = this.t;
    const locale = this.language;
    const actions = this.actions;
    const chosen = this.chosen;
    return html`<h3>${t('heading')}</h3>
      ${this.done ? html`<p role="status">${this.done}</p>` : nothing}
      ${actions.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<div class="buttons">
            ${actions.map((a) => html`<button type="button" class=${chosen?.action === a.action ? '' : 'secondary'} aria-pressed=${chosen?.action === a.action ? 'true' : 'false'} @click=${() => this.choose(a)}>${ACTION_WORDS[a.action][locale]}</button>`)}
          </div>`}
      ${chosen
        ? html`<form part="action" aria-label=${ACTION_WORDS[chosen.action][locale]} @submit=${this.onSubmit}>
            ${this.renderInputs(chosen.action, chosen.needsReason)} ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
            <div class="row">
              <button type="submit" ?disabled=${this.busy}>${this.busy ? t('working') : t('confirm', { action: ACTION_WORDS[chosen.action][locale] })}</button>
              <button class="secondary" type="button" @click=${() => this.choose(undefined)}>${t('cancel')}</button>
            </div>
          </form>`
        : nothing}`;
  }
}

import { DEFAULT_DOCUMENT_ACCEPT, DEFAULT_DOCUMENT_MAX_SIZE, type DocumentRequirement, type Form } from '@motcua/core';
import { html, nothing } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { DocumentChangeDetail, DocumentSlotValue, MotcuaDocumentSlot } from '../document-slot/motcua-document-slot.component.js';
import { describedBy, errorSummary, fieldError, invalid, type Problem } from './error-summary.js';
import type { DossierStatus, SupplementRequest } from './dossier-status-view.js';
import { focusAfterRender, type StatusContext } from './status-context.js';
import { answerGroups, setAt, slotId, valueOf, type AnswerGroup, type AnswerInput } from './supplement-fields.js';
import { problemsFromServer } from './supplement-problems.js';

const SUMMARY = 'supplement-summary';

/** A document the supplement asks for, as the upload slot reads it. */
function requirementOf(document: SupplementRequest['documents'][number]): DocumentRequirement {
  return {
    id: document.id,
    source: '',
    origin: 'definition',
    name: document.name,
    required: true,
    conditional: false,
    originals: 0,
    copies: 0,
    accept: document.accept ?? [...DEFAULT_DOCUMENT_ACCEPT],
    maxSize: document.maxSize ?? DEFAULT_DOCUMENT_MAX_SIZE,
    mayFollowByPost: document.mayFollowByPost,
    legalBasis: [],
  };
}

/**
 * The answer to a supplement request: the documents asked for as upload
 * slots, the fields to correct as inputs typed from the version's form,
 * a note, and Send. Problems found here or by the server are listed in an
 * error summary and shown beside their fields.
 */
export class SupplementAnswer {
  private form: { key: string; form: Form | null; settled: boolean } | undefined;
  private documents: Record<string, DocumentSlotValue> = {};
  private problems: Problem[] = [];
  private sending = false;

  constructor(private readonly context: StatusContext) {}

  /** Forgets what was typed and chosen: another dossier, or the request was answered. */
  reset(): void {
    this.documents = {};
    this.problems = [];
    this.sending = false;
  }

  /**
   * The version's form, once, for the fields' types (without it the fields
   * are text inputs); the fields wait for it, so that nothing typed is lost
   * when they change type. Immutable, the version is cached for a year.
   */
  private load(status: DossierStatus): void {
    const key = `${status.procedure.code}/${status.procedure.version}`;
    if (this.form?.key === key) return;
    this.form = { key, form: null, settled: false };
    const settle = (form: Form | null) => {
      if (this.form?.key !== key) return;
      this.form = { key, form, settled: true };
      this.context.host.requestUpdate();
    };
    const url = `${this.context.server()}/api/v1/procedures/${encodeURIComponent(status.procedure.code)}/versions/${status.procedure.version}`;
    void fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<{ definition: { form: Form } }>) : undefined))
      .then((body) => settle(body?.definition.form ?? null))
      .catch(() => settle(null));
  }

  render(status: DossierStatus) {
    const request = status.supplement;
    if (status.status !== 'supplement-requested' || !request) return nothing;
    if (request.fields.length > 0) this.load(status);
    // Most visitors only look: the upload slots (and core's file checks) load when a supplement asks for documents.
    if (request.documents.length > 0) void import('../document-slot/motcua-document-slot.js');
    const { say } = this.context;
    const lang = this.context.language();
    const groups = request.fields.length > 0 && this.form?.settled ? answerGroups(request.fields, this.form.form, lang, request.filed) : [];
    return html`<section part="supplement" class="block" aria-labelledby="supplement-title">
      <h3 id="supplement-title">${say('supplementTitle')}</h3>
      <h4>${say('supplementReason')}</h4>
      <p class="reason">${request.reason}</p>
      ${errorSummary(SUMMARY, say('problem'), this.problems, this.context.root)}
      <form novalidate @submit=${(event: SubmitEvent) => this.send(event, status, groups)} @motcua-document-change=${this.documentChanged}>
        ${request.documents.length > 0
          ? html`<h4>${say('supplementDocuments')}</h4>
              ${request.documents.map((d) => {
                const problem = this.problems.find((p) => p.target === slotId(d.id));
                return html`<motcua-document-slot id=${slotId(d.id)} server=${this.context.server()} locale=${lang} procedure=${status.procedure.code} version=${status.procedure.version} .requirement=${requirementOf(d)} .value=${this.documents[d.id] ?? { uploads: [] }} error=${problem?.message ?? nothing}></motcua-document-slot>`;
              })}`
          : nothing}
        ${groups.length > 0
          ? html`<h4>${say('supplementFields')}</h4>
              <p class="hint" id="supplement-fields-hint">${say('supplementFieldsHint')}</p>
              ${groups.map((group) => this.group(group))}`
          : nothing}
        <label for="supplement-note">${say('supplementNote')}</label>
        <textarea id="supplement-note" name="note" rows="3" maxlength="2000"></textarea>
        <button type="submit" ?disabled=${this.sending || (request.fields.length > 0 && !this.form?.settled)}>${say('supplementSend')}</button>
        ${this.sending ? html`<p role="status">${say('supplementSending')}</p>` : nothing}
      </form>
    </section>`;
  }

  private group(group: AnswerGroup) {
    if (!group.legend) return group.inputs.map((input) => this.input(input));
    return html`<fieldset><legend>${group.legend}</legend>${group.inputs.map((input) => this.input(input))}</fieldset>`;
  }

  private input(input: AnswerInput) {
    const { id, kind } = input;
    const common = { described: describedBy(id, this.problems, 'supplement-fields-hint'), invalid: invalid(id, this.problems) };
    const say = this.context.say;
    let control;
    if (kind === 'textarea') {
      control = html`<textarea id=${id} name=${id} rows="4" maxlength=${input.maxLength ?? nothing} aria-describedby=${common.described} aria-invalid=${common.invalid} .value=${input.initial ?? ''}></textarea>`;
    } else if (kind === 'select' || kind === 'yes-no') {
      const options = kind === 'yes-no' ? [{ value: 'true', label: say('yes') }, { value: 'false', label: say('no') }] : (input.options ?? []).map((o, i) => ({ value: String(i), label: o.label }));
      control = html`<select id=${id} name=${id} aria-describedby=${common.described} aria-invalid=${common.invalid}>
        <option value="">${say('choose')}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === input.initial}>${o.label}</option>`)}
      </select>`;
    } else {
      const type = kind === 'integer' || kind === 'number' ? 'text' : kind;
      const inputmode = kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : kind === 'tel' ? 'tel' : nothing;
      control = html`<input id=${id} name=${id} type=${type} inputmode=${inputmode} maxlength=${input.maxLength ?? nothing} autocomplete="off" aria-describedby=${common.described} aria-invalid=${common.invalid} .value=${input.initial ?? ''} />`;
    }
    return html`<div class="field"><label for=${id}>${input.label}</label>${fieldError(id, this.problems)}${control}</div>`;
  }

  private readonly documentChanged = (event: CustomEvent<DocumentChangeDetail>) => {
    const { document, uploads, byPost } = event.detail;
    this.documents = { ...this.documents, [document]: byPost ? { uploads, byPost: true } : { uploads } };
    this.problems = this.problems.filter((p) => p.target !== slotId(document));
    this.context.host.requestUpdate();
  };

  private async send(event: SubmitEvent, status: DossierStatus, groups: AnswerGroup[]): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const request = status.supplement as SupplementRequest;
    const form = event.target as HTMLFormElement;
    const { say } = this.context;
    const lang = this.context.language();
    const problems: Problem[] = [];
    const documents: Record<string, unknown>[] = [];
    for (const document of request.documents) {
      const target = slotId(document.id);
      const slot = this.context.root().querySelector<MotcuaDocumentSlot>(`#${target}`);
      const value = this.documents[document.id] ?? { uploads: [] };
      const name = textIn(document.name, lang);
      if (slot?.uploading) problems.push({ target, message: say('supplementUploading') });
      else if (value.byPost) documents.push({ document: document.id, byPost: true });
      else if (value.uploads.length > 0) documents.push({ document: document.id, uploads: value.uploads.map((u) => u.id) });
      else problems.push({ target, message: say(document.mayFollowByPost ? 'documentMissingOrPost' : 'documentMissing', { name }) });
    }
    const answers = Object.create(null) as Record<string, unknown>;
    for (const input of groups.flatMap((g) => g.inputs)) {
      const value = valueOf(input, (form.elements.namedItem(input.id) as HTMLInputElement | null)?.value ?? '');
      if (value === undefined) {
        if (input.required) problems.push({ target: input.id, message: say('fieldMissing', { label: input.label }) });
      } else if (typeof value === 'number' && !Number.isFinite(value)) {
        problems.push({ target: input.id, message: say('fieldNumber', { label: input.label }) });
      } else {
        setAt(answers, input.pointer, value);
      }
    }
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    if (problems.length > 0) return this.refuse(problems);
    this.sending = true;
    this.context.host.requestUpdate();
    const body = { documents, ...(groups.length > 0 ? { answers } : {}), ...(note ? { note } : {}) };
    const client = this.context.client();
    const answer = await client?.act('supplement', body);
    this.sending = false;
    if (!answer) return;
    if (answer.ok) {
      this.reset();
      await this.context.show(answer.status, say('supplementSent'), 'supplement');
      return;
    }
    // Answered meanwhile (at the counter, or from another tab), or no longer awaited: what the server holds now says which.
    const now = 'problem' in answer && answer.problem.status === 409 ? await client?.status() : undefined;
    if (now?.ok) {
      this.reset();
      await this.context.show(now.status, say('changedMeanwhile'), 'refresh');
    } else if ('problem' in answer) {
      await this.refuse(problemsFromServer(answer.problem, request, groups, documents, say('sendFailed'), lang));
    } else {
      this.context.unreachable('dossier-supplement-unreachable', say('unreachable'), answer.unreachable);
      await this.refuse([{ message: say('unreachable') }]);
    }
  }

  private async refuse(problems: Problem[]): Promise<void> {
    this.problems = problems;
    this.context.host.requestUpdate();
    await focusAfterRender(this.context, `#${SUMMARY}`);
  }
}

import { formatFileSize, type Condition, type Document, type LocalText } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { ApiProblem } from '../../shared/builder-api.js';
import { hostStyles } from '../../shared/builder-element.js';
import { problemList } from '../../shared/definition-problems.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { checkboxField, numberField } from '../../shared/field-controls.js';
import { freshId, withoutBlanks } from '../../shared/list-edit.js';
import { ScopedListEditor } from '../../shared/scoped-list-editor.js';
import { localTextFields, textOrNothing } from '../../shared/local-text-fields.js';
import { uploadTemplate } from '../../shared/template-upload.js';
import '../condition-field/motcua-condition-field.js';
import { documentFileFields } from './document-file-fields.js';
import { DOCUMENTS_EDITOR_TEXT } from './documents-editor-text.js';

/**
 * The documents of a dossier (thành phần hồ sơ): add, remove and reorder them with buttons (focus
 * follows, a polite status says what happened); for each, its name in vi and en, originals and
 * copies, accepted file types and largest size, whether it may follow by post or is never
 * required, when it is required (always, or only when a condition over the answers, channel,
 * category or case holds, in the definition's own condition format) and its template: a file
 * uploaded to the server, or an address. Core's problems are shown next to the document. With
 * several cases, a select chooses the procedure's documents or a case's own additions.
 *
 * @attr server - The Một Cửa server templates are uploaded to; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition whose documents are edited; never mutated.
 * @prop problems - Core's verdict on the definition, when the host has it (each issue with its `code`); else the editor works it out.
 * @fires motcua-definition-change - Each edit; `detail` is `{ definition }`, a new definition.
 * @csspart document - One document's fields.
 * @csspart upload-status - What the last template upload did.
 * @csspart announcement - The polite status saying what the last list action did.
 */
export class MotcuaDocumentsEditor extends ScopedListEditor<Document> {
  static override styles = [hostStyles, editorStyles];

  static override properties = {
    ...ScopedListEditor.properties,
    uploads: { state: true },
  };

  protected readonly member = 'documents';
  private readonly t = this.wording(DOCUMENTS_EDITOR_TEXT);

  /** What each document's last template upload did, by document id. */
  declare uploads: Record<string, { kind: 'uploading' | 'uploaded' | 'failed'; text: string }>;

  constructor() {
    super();
    this.uploads = {};
  }

  private add(): void {
    const document: Document = { id: freshId('giay-to', this.items.map((d) => d.id)), name: { vi: DOCUMENTS_EDITOR_TEXT.newDocument.vi, en: DOCUMENTS_EDITOR_TEXT.newDocument.en } };
    this.addItem(document, DOCUMENTS_EDITOR_TEXT.added, `document-${this.items.length}-name-vi`);
  }

  private async upload(i: number, file: File): Promise<void> {
    const t = this.t;
    const id = this.items[i]?.id ?? String(i);
    this.uploads = { ...this.uploads, [id]: { kind: 'uploading', text: t('uploading', { name: file.name }) } };
    try {
      const { upload, url } = await uploadTemplate(this.server ?? '', this.language, file);
      this.uploads = { ...this.uploads, [id]: { kind: 'uploaded', text: t('uploaded', { name: upload.name, size: formatFileSize(upload.size, this.language) }) } };
      // The edit is made on the definition as it is now: the officer may have edited meanwhile.
      const index = this.items.findIndex((d) => d.id === id);
      if (index >= 0) this.editItem(index, { template: { url, name: { vi: upload.name } } });
    } catch (error) {
      const message = error instanceof ApiProblem ? error.message : String(error);
      this.uploads = { ...this.uploads, [id]: { kind: 'failed', text: t('uploadFailed', { message }) } };
    }
  }

  private renderTemplate(document: Document, i: number) {
    const t = this.t;
    const template = document.template;
    const status = this.uploads[document.id];
    const setTemplate = (change: { url?: string; name?: LocalText }) => {
      const next = withoutBlanks({ ...template, ...change });
      this.editItem(i, { template: next.url || next.name ? { url: next.url ?? '', ...(next.name ? { name: next.name } : {}) } : undefined });
    };
    return html`<fieldset>
      <legend>${t('template')}</legend>
      <div class="field">
        <label for=${`document-${i}-upload`}>${t('upload')}</label>
        <input
          id=${`document-${i}-upload`}
          type="file"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.upload(i, file);
          }}
        />
      </div>
      <p part="upload-status" role=${status?.kind === 'failed' ? 'alert' : 'status'}>${status?.text ?? ''}</p>
      <div class="field">
        <label for=${`document-${i}-template-url`}>${t('templateUrl')}</label>
        <input id=${`document-${i}-template-url`} type="url" .value=${template?.url ?? ''} @change=${(e: Event) => setTemplate({ url: (e.target as HTMLInputElement).value })} />
      </div>
      ${template ? localTextFields({ id: `document-${i}-template-name`, label: DOCUMENTS_EDITOR_TEXT.templateName, locale: this.language, value: template.name, onChange: (name) => setTemplate({ name: textOrNothing(name) }) }) : nothing}
      ${template ? html`<button type="button" class="secondary" id=${`document-${i}-remove-template`} @click=${() => this.editItem(i, { template: undefined })}>${t('removeTemplate')}</button>` : nothing}
    </fieldset>`;
  }

  private renderDocument(document: Document, i: number) {
    const t = this.t;
    const locale = this.language;
    const name = textIn(document.name, locale) || document.id;
    const pointer = this.pointerOf(i);
    const edit = (change: Partial<Document>) => this.editItem(i, change);
    return html`<li part="document">
      <fieldset>
        <legend>${t('document', { n: i + 1, name })}</legend>
        ${problemList(this.checker.at(this.definition, pointer), locale, pointer)}
        ${localTextFields({ id: `document-${i}-name`, label: DOCUMENTS_EDITOR_TEXT.name, locale, value: document.name, onChange: (text) => edit({ name: text }) })}
        <div class="row">
          <div class="field">
            <label for=${`document-${i}-id`}>${t('id')}</label>
            <input id=${`document-${i}-id`} .value=${document.id ?? ''} @change=${(e: Event) => edit({ id: (e.target as HTMLInputElement).value })} />
          </div>
          ${numberField({ id: `document-${i}-originals`, label: t('originals'), value: document.originals ?? 1, max: 99, onChange: (originals) => edit({ originals }) })}
          ${numberField({ id: `document-${i}-copies`, label: t('copies'), value: document.copies ?? 0, max: 99, onChange: (copies) => edit({ copies }) })}
        </div>
        ${localTextFields({ id: `document-${i}-description`, label: DOCUMENTS_EDITOR_TEXT.description, locale, value: document.description, long: true, onChange: (text) => edit({ description: textOrNothing(text) }) })}
        ${documentFileFields(document, i, locale, edit)}
        ${checkboxField({ id: `document-${i}-by-post`, label: t('mayFollowByPost'), checked: document.mayFollowByPost === true, onChange: (on) => edit({ mayFollowByPost: on ? true : undefined }) })}
        ${checkboxField({ id: `document-${i}-optional`, label: t('optional'), checked: document.optional === true, onChange: (on) => edit({ optional: on ? true : undefined }) })}
        <motcua-condition-field
          id=${`document-${i}-when`}
          locale=${locale}
          .legend=${t('when')}
          .definition=${this.definition}
          .condition=${document.when}
          @motcua-condition-change=${(e: CustomEvent<{ condition?: Condition }>) => edit({ when: e.detail.condition })}
        ></motcua-condition-field>
        ${localTextFields({ id: `document-${i}-note`, label: DOCUMENTS_EDITOR_TEXT.note, locale, value: document.note, long: true, onChange: (text) => edit({ note: textOrNothing(text) }) })}
        ${this.renderTemplate(document, i)}
        ${this.listButtons({ prefix: 'document', list: this.items, i, name, words: DOCUMENTS_EDITOR_TEXT, write: (documents) => this.setItems(documents), afterRemove: (index) => `document-${index}-name-vi` })}
      </fieldset>
    </li>`;
  }

  override render() {
    const t = this.t;
    return html`<h3>${t('heading')}</h3>
      <p class="hint">${t('intro')}</p>
      ${this.renderScope()}
      ${this.scope === 'base' ? nothing : html`<p class="hint">${t('caseDocuments')}</p>`}
      ${this.items.length === 0 ? html`<p>${t('none')}</p>` : nothing}
      <ol class="items">
        ${this.items.map((document, i) => this.renderDocument(document, i))}
      </ol>
      <button type="button" id="add" @click=${() => this.add()}>${t('add')}</button>
      ${this.renderAnnouncement()}`;
  }
}

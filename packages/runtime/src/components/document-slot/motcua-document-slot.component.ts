import { checkFile, DETECTION_PREFIX_BYTES, formatFileSize, type DocumentRequirement } from '@motcua/core';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textIn, wording } from '../../i18n/runtime-text.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { acceptAttribute, typeNames } from './accepted-types.js';
import { DOCUMENT_SLOT_TEXT } from './document-slot-text.js';
import { documentSlotStyles } from './motcua-document-slot.styles.js';
import { sendUpload, type UploadedFile } from './send-upload.js';

export type { UploadedFile };

/** What the slot holds: a restored draft sets it; the slot keeps it up to date. */
export interface DocumentSlotValue {
  uploads: UploadedFile[];
  byPost?: true;
}

export interface DocumentChangeDetail {
  document: string;
  uploads: UploadedFile[];
  byPost: boolean;
}

/** A chosen file that passed the check and is not yet on the server. */
interface PendingFile {
  key: number;
  file: File;
  name: string;
  state: 'waiting' | 'uploading' | 'failed';
  percent: number;
  failure?: string;
  retry?: boolean;
  abort?: () => void;
}

/**
 * One document of a dossier, after GOV.UK's file upload pattern: a labelled
 * file input whose hint says how many originals and copies, which file types
 * and what size; each chosen file is checked in the browser (content, not
 * name; size) before it is sent, then uploaded one at a time with a progress
 * bar, so a weak connection carries one file at a time and a refused file
 * costs no data at all.
 *
 * @attr server - The Một Cửa server; else the nearest `<motcua-provider>`'s.
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @attr error - A message to show beside the input, such as the form's "upload this document"; tied to the input by `aria-describedby`.
 * @attr procedure - With `version`, lets the server check each file against this document's own rules as it arrives.
 * @attr version - The procedure version (a number).
 * @prop requirement - The document (`DocumentRequirement` of @motcua/core). Nothing shows without it.
 * @prop value - `{ uploads, byPost? }`; set it to show a restored draft's files.
 * @prop complete - Read only: false while a required document has no upload and is not to follow by post.
 * @prop uploading - Read only: true while chosen files wait for or are in upload; a form should not submit meanwhile.
 * @fires motcua-document-change - The uploads or the by-post choice changed; `detail` is `{ document, uploads, byPost }`.
 * @fires motcua-error - A file could not be read, or the server could not be reached or failed; `detail` is `{ code, message, cause }`.
 * @csspart label - The document's name, the input's label.
 * @csspart hint - How many papers, which file types, the size limit, the template link.
 * @csspart input - The file input.
 * @csspart file - Each file in the list.
 * @csspart progress - The upload progress bar.
 * @csspart error - Error messages: the `error` attribute, refused files, failed uploads.
 * @cssprop --motcua-color-accent - Buttons and the progress bar.
 * @cssprop --motcua-color-error - Error messages and the error border.
 * @cssprop --motcua-color-muted - The hint.
 * @cssprop --motcua-color-link - The template link.
 * @cssprop --motcua-color-focus - The focus outline.
 */
export class MotcuaDocumentSlot extends MotcuaElement {
  static override styles = [hostStyles, documentSlotStyles];

  static override properties = {
    ...MotcuaElement.properties,
    requirement: { attribute: false },
    value: { attribute: false },
    error: { type: String },
    procedure: { type: String },
    version: { type: Number },
    pending: { state: true },
    refusals: { state: true },
    announcement: { state: true },
  };

  private readonly t = wording(DOCUMENT_SLOT_TEXT, () => this.language);

  declare requirement: DocumentRequirement | undefined;
  declare value: DocumentSlotValue;
  declare error: string | undefined;
  declare procedure: string | undefined;
  declare version: number | undefined;
  declare pending: PendingFile[];
  declare refusals: string[];
  declare announcement: string;

  private nextKey = 0;
  private draining = false;

  constructor() {
    super();
    this.value = { uploads: [] };
    this.pending = [];
    this.refusals = [];
    this.announcement = '';
  }

  get complete(): boolean {
    return !this.requirement?.required || this.value.uploads.length > 0 || this.value.byPost === true;
  }

  get uploading(): boolean {
    return this.pending.some((p) => p.state !== 'failed');
  }

  /** Focuses the file input: the form's error summary links here. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('#file')?.focus(options);
  }

  private async choose(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again, after removing it, is seen as a change.
    input.value = '';
    const refusals: string[] = [];
    for (const file of files) {
      const checked = await this.check(file);
      if ('refusal' in checked) refusals.push(checked.refusal);
      else this.pending = [...this.pending, { key: this.nextKey++, file, name: checked.name, state: 'waiting', percent: 0 }];
    }
    this.refusals = refusals;
    if (refusals.length > 0) this.announcement = refusals.join(' ');
    void this.drain();
  }

  /** The same check the server makes, on the first bytes only: a wrong file is refused before it costs any data. */
  private async check(file: File): Promise<{ name: string } | { refusal: string }> {
    const requirement = this.requirement as DocumentRequirement;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.slice(0, DETECTION_PREFIX_BYTES).arrayBuffer());
    } catch (error) {
      const refusal = this.t('unreadable', { name: file.name });
      this.fail('document-file-unreadable', refusal, error);
      return { refusal };
    }
    const checked = checkFile({ name: file.name, size: file.size, bytes }, requirement);
    return checked.ok ? { name: checked.safeName } : { refusal: checked.error.messageIn(this.language) };
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const waiting = () => this.pending.find((p) => p.state === 'waiting');
    for (let next = waiting(); next; next = waiting()) await this.send(next);
    this.draining = false;
  }

  private async send(entry: PendingFile): Promise<void> {
    const requirement = this.requirement as DocumentRequirement;
    Object.assign(entry, { state: 'uploading', percent: 0, failure: undefined });
    this.requestUpdate();
    const form = new FormData();
    if (this.procedure && this.version) {
      form.set('procedure', this.procedure);
      form.set('version', String(this.version));
      form.set('document', requirement.id);
    }
    form.set('file', entry.file, entry.name);
    const request = sendUpload(`${this.serverUrl}/api/v1/uploads`, form, this.language, (percent) => {
      entry.percent = percent;
      this.requestUpdate();
    });
    entry.abort = request.abort;
    const outcome = await request.done;
    entry.abort = undefined;
    if (!this.pending.includes(entry)) return;
    if (outcome.ok) {
      this.pending = this.pending.filter((p) => p !== entry);
      this.commit({ ...this.value, uploads: [...this.value.uploads, outcome.upload] });
      this.announcement = this.t('uploadedName', { name: outcome.upload.name });
      return;
    }
    const failure = outcome.message ?? this.t(outcome.kind === 'network' ? 'network' : 'serverFailed');
    Object.assign(entry, { state: 'failed', failure, retry: outcome.kind !== 'refused' });
    this.requestUpdate();
    this.announcement = this.t('failedName', { name: entry.name, message: failure });
    if (outcome.kind !== 'refused') this.fail('document-upload-failed', failure, outcome.cause);
  }

  private commit(value: DocumentSlotValue): void {
    this.value = value;
    const detail: DocumentChangeDetail = { document: (this.requirement as DocumentRequirement).id, uploads: value.uploads, byPost: value.byPost === true };
    this.dispatchEvent(new CustomEvent('motcua-document-change', { detail, bubbles: true, composed: true }));
  }

  private async retry(entry: PendingFile): Promise<void> {
    entry.state = 'waiting';
    this.requestUpdate();
    void this.drain();
    // The Retry button is gone once the upload starts; Remove, in the same row, keeps the focus nearby.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-key="${entry.key}"] .remove`)?.focus();
  }

  private removeUpload(upload: UploadedFile): void {
    this.commit({ ...this.value, uploads: this.value.uploads.filter((u) => u !== upload) });
    this.removed(upload.name);
  }

  private removePending(entry: PendingFile): void {
    this.pending = this.pending.filter((p) => p !== entry);
    entry.abort?.();
    this.removed(entry.name);
  }

  /** The row and its button are gone: the input is where the citizen most likely goes next. */
  private removed(name: string): void {
    this.announcement = this.t('removedName', { name });
    this.focus();
  }

  private toggleByPost(event: Event): void {
    const { uploads } = this.value;
    this.commit((event.target as HTMLInputElement).checked ? { uploads, byPost: true } : { uploads });
  }

  protected override render() {
    const requirement = this.requirement;
    if (!requirement) return nothing;
    const lang = this.language;
    const messages = [...(this.error ? [this.error] : []), ...this.refusals];
    const described = messages.length > 0 ? 'hint error' : 'hint';
    return html`
      <div lang=${lang} class=${messages.length > 0 ? 'group invalid' : 'group'}>
        <label part="label" for="file">${textIn(requirement.name, lang)}${requirement.required ? '' : ` (${this.t('optional')})`}</label>
        <div part="hint" id="hint" class="hint">${this.hint(requirement)}</div>
        ${messages.length > 0
          ? html`<div part="error" id="error" class="error">${messages.map((m) => html`<p><span class="visually-hidden">${this.t('errorPrefix')}</span> ${m}</p>`)}</div>`
          : nothing}
        <input part="input" id="file" type="file" multiple accept=${acceptAttribute(requirement.accept)} aria-describedby=${described} aria-invalid=${messages.length > 0 ? 'true' : 'false'} @change=${this.choose} />
        ${requirement.mayFollowByPost
          ? html`<div class="by-post">
              <input id="by-post" type="checkbox" .checked=${this.value.byPost === true} aria-describedby="by-post-hint" @change=${this.toggleByPost} />
              <label for="by-post">${this.t('byPostLabel')}</label>
              <span id="by-post-hint" class="hint">${this.t('byPostHint')}</span>
            </div>`
          : nothing}
        ${this.value.uploads.length + this.pending.length > 0
          ? html`<ul class="files" aria-label=${this.t('fileList', { document: textIn(requirement.name, lang) })}>
              ${this.value.uploads.map((upload) => this.uploaded(upload))}
              ${repeat(this.pending, (entry) => entry.key, (entry) => this.pendingFile(entry))}
            </ul>`
          : nothing}
        <div role="status" class="visually-hidden">${this.announcement}</div>
      </div>
    `;
  }

  private hint(requirement: DocumentRequirement) {
    const lang = this.language;
    const counts = [
      requirement.originals === 1 ? this.t('oneOriginal') : requirement.originals > 1 ? this.t('manyOriginals', { n: requirement.originals }) : '',
      requirement.copies === 1 ? this.t('oneCopy') : requirement.copies > 1 ? this.t('manyCopies', { n: requirement.copies }) : '',
    ].filter(Boolean);
    const types = typeNames(requirement.accept);
    const template = requirement.template;
    return html`
      ${requirement.description ? html`<p>${textIn(requirement.description, lang)}</p>` : nothing}
      <p>
        ${counts.length > 0 ? this.t('howMany', { count: counts.join(', ') }) : nothing}
        ${this.t('fileRule', { types, size: formatFileSize(requirement.maxSize, lang, 'down') })}
      </p>
      ${requirement.note ? html`<p>${textIn(requirement.note, lang)}</p>` : nothing}
      ${template && /^https?:\/\//i.test(template.url)
        ? html`<p><a href=${template.url} rel="noopener">${template.name ? this.t('templateNamed', { name: textIn(template.name, lang) }) : this.t('template')}</a></p>`
        : nothing}
    `;
  }

  private uploaded(upload: UploadedFile) {
    // The server refuses empty files, so a size of 0 is one a draft did not keep: better unsaid than "0 byte".
    return html`<li part="file" class="file">
      <span class="name">${upload.name}</span> ${upload.size > 0 ? html`<span class="size">(${formatFileSize(upload.size, this.language)})</span>` : nothing}
      <span class="done">${this.t('uploaded')}</span>
      <button type="button" class="remove" @click=${() => this.removeUpload(upload)}>${this.t('removeFile')}<span class="visually-hidden"> “${upload.name}”</span></button>
    </li>`;
  }

  private pendingFile(entry: PendingFile) {
    return html`<li part="file" class="file" data-key=${entry.key}>
      <span class="name">${entry.name}</span> <span class="size">(${formatFileSize(entry.file.size, this.language)})</span>
      ${entry.state === 'failed'
        ? html`<p part="error" class="error">${entry.failure}</p>
            ${entry.retry ? html`<button type="button" @click=${() => this.retry(entry)}>${this.t('retry')}<span class="visually-hidden"> “${entry.name}”</span></button>` : nothing}`
        : html`<progress part="progress" max="100" value=${entry.state === 'waiting' ? nothing : entry.percent} aria-label=${this.t('progressOf', { name: entry.name })}></progress>
            <span class="progress-text">${entry.state === 'waiting' ? this.t('waiting') : this.t('uploading', { percent: entry.percent })}</span>`}
      <button type="button" class="remove" @click=${() => this.removePending(entry)}>${this.t('removeFile')}<span class="visually-hidden"> “${entry.name}”</span></button>
    </li>`;
  }
}

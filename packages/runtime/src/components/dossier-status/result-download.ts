import { fileTypeForMime, formatFileSize } from '@motcua/core';
import { html, nothing } from 'lit';
import type { DossierStatus } from './dossier-status-view.js';
import { focusAfterRender, type StatusContext } from './status-context.js';

/**
 * How the result comes back: a download for a result returned online,
 * the tracking number of a result sent by post, or the counter to collect
 * it at. The download is fetched with the secret in a header and saved
 * from a `blob:` URL, so no address with the secret in it ever reaches the
 * browser's history or a server's log; the file is fetched only when asked
 * for, since a citizen on a phone may not want it now.
 */
export class ResultDownload {
  private file: { url: string; name: string; size: number } | undefined;
  private state: 'idle' | 'fetching' | 'failed' = 'idle';

  constructor(private readonly context: StatusContext) {}

  /** Lets go of a fetched file: another dossier is shown, or the element left the page. */
  reset(): void {
    if (this.file) URL.revokeObjectURL(this.file.url);
    this.file = undefined;
    this.state = 'idle';
  }

  render(status: DossierStatus) {
    const { say } = this.context;
    const result = status.result;
    if (!result) return status.status === 'result-ready' ? html`<section part="result" class="block" aria-labelledby="result-title"><h3 id="result-title">${say('resultTitle')}</h3><p>${say('resultReady')}</p></section>` : nothing;
    let body;
    if (result.method === 'postal') body = html`<p>${say('resultPostal', { tracking: result.trackingNumber ?? '—' })}</p>`;
    else if (result.method === 'in-person' || !result.download) body = html`<p>${say('resultInPerson')}</p>`;
    else {
      body = html`<p>${say('resultOnline')}</p>
        ${this.file
          ? html`<p><a part="result-file" id="result-file" href=${this.file.url} download=${this.file.name}>${say('resultSave', { size: formatFileSize(this.file.size, this.context.language()) })}</a></p>`
          : html`<button type="button" @click=${() => this.download(status)} ?disabled=${this.state === 'fetching'}>${say('resultDownload')}</button>`}
        ${this.state === 'fetching' ? html`<p role="status">${say('resultDownloading')}</p>` : nothing}
        ${this.state === 'failed' ? html`<p role="alert" class="field-error">${say('resultFailed')}</p>` : nothing}`;
    }
    return html`<section part="result" class="block" aria-labelledby="result-title"><h3 id="result-title">${say('resultTitle')}</h3>${body}</section>`;
  }

  private async download(status: DossierStatus): Promise<void> {
    const client = this.context.client();
    if (!client) return;
    this.state = 'fetching';
    this.context.host.requestUpdate();
    const answer = await client.result();
    if (!answer.ok) {
      this.state = 'failed';
      this.context.host.requestUpdate();
      this.context.unreachable('dossier-result-failed', this.context.say('resultFailed'), answer.cause);
      return;
    }
    const ending = fileTypeForMime(answer.file.type)?.extensions[0];
    this.file = { url: URL.createObjectURL(answer.file), name: `ket-qua-${status.code}${ending ? `.${ending}` : ''}`, size: answer.file.size };
    this.state = 'idle';
    this.context.host.requestUpdate();
    await focusAfterRender(this.context, '#result-file');
    // Saving starts at once; the link stays for a citizen whose browser asked first.
    (this.context.root().querySelector('#result-file') as HTMLAnchorElement | null)?.click();
  }
}

import { html, nothing } from 'lit';
import { errorSummary, type Problem } from './error-summary.js';
import type { DossierStatus } from './dossier-status-view.js';
import { focusAfterRender, type StatusContext } from './status-context.js';

const SUMMARY = 'withdraw-summary';

/**
 * Withdrawing a dossier the agency has not yet received: a button that
 * opens a confirmation (what withdrawing means, an optional reason, yes or
 * no), so that one stray tap withdraws nothing.
 */
export class WithdrawForm {
  private confirming = false;
  private sending = false;
  private problems: Problem[] = [];

  constructor(private readonly context: StatusContext) {}

  reset(): void {
    this.confirming = false;
    this.sending = false;
    this.problems = [];
  }

  render(status: DossierStatus) {
    if (status.status !== 'submitted') return nothing;
    const { say } = this.context;
    return html`<section part="withdraw" class="block" aria-labelledby="withdraw-title">
      <h3 id="withdraw-title">${say('withdrawTitle')}</h3>
      <p>${say('withdrawIntro')}</p>
      ${errorSummary(SUMMARY, say('problem'), this.problems, this.context.root)}
      ${this.confirming
        ? html`<form novalidate @submit=${this.send}>
            <p id="withdraw-warning" class="warning" tabindex="-1"><strong>${say('withdrawConfirm')}</strong></p>
            <label for="withdraw-reason">${say('withdrawReason')}</label>
            <textarea id="withdraw-reason" name="reason" rows="3" maxlength="2000"></textarea>
            <div class="buttons">
              <button type="submit" class="warning-button" ?disabled=${this.sending}>${say('withdrawYes')}</button>
              <button type="button" class="secondary" @click=${this.cancel}>${say('withdrawNo')}</button>
            </div>
          </form>`
        : html`<button type="button" class="secondary" id="withdraw-start" @click=${this.start}>${say('withdrawStart')}</button>`}
    </section>`;
  }

  private readonly start = async (): Promise<void> => {
    this.confirming = true;
    this.context.host.requestUpdate();
    await focusAfterRender(this.context, '#withdraw-warning');
  };

  private readonly cancel = async (): Promise<void> => {
    this.reset();
    this.context.host.requestUpdate();
    await focusAfterRender(this.context, '#withdraw-start');
  };

  private readonly send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.sending) return;
    const { say } = this.context;
    const reason = ((event.target as HTMLFormElement).elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    this.sending = true;
    this.context.host.requestUpdate();
    const client = this.context.client();
    const answer = await client?.act('withdraw', reason ? { reason } : {});
    this.sending = false;
    if (!answer) return;
    if (answer.ok) {
      this.reset();
      return this.context.show(answer.status, say('withdrawn'), 'withdraw');
    }
    if ('problem' in answer && answer.problem.status === 409) {
      const now = await client?.status();
      if (now?.ok) {
        this.reset();
        return this.context.show(now.status, say('withdrawTooLate'), 'refresh');
      }
    }
    if ('unreachable' in answer) this.context.unreachable('dossier-withdraw-unreachable', say('unreachable'), answer.unreachable);
    this.problems = [{ message: 'problem' in answer ? answer.problem.message || say('sendFailed') : say('unreachable') }];
    this.context.host.requestUpdate();
    await focusAfterRender(this.context, `#${SUMMARY}`);
  };
}

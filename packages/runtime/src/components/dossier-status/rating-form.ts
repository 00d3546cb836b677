import { html, nothing } from 'lit';
import { describedBy, errorSummary, fieldError, invalid, type Problem } from './error-summary.js';
import { RATINGS, type DossierStatus, type Rating } from './dossier-status-view.js';
import { focusAfterRender, type StatusContext } from './status-context.js';

const SUMMARY = 'rating-summary';
const FIRST = `rating-${RATINGS[0]}`;

/**
 * The citizen's rating of a returned dossier: a fieldset of three radios and
 * an optional comment, sent once. Once rated, the rating is shown instead;
 * a rating the server already holds (sent from another device, or twice)
 * is said kindly, with the rating on record.
 */
export class RatingForm {
  private problems: Problem[] = [];
  private sending = false;

  constructor(private readonly context: StatusContext) {}

  reset(): void {
    this.problems = [];
    this.sending = false;
  }

  render(status: DossierStatus) {
    const { say } = this.context;
    if (status.rating) {
      return html`<section part="rating" class="block" aria-labelledby="rating-title">
        <h3 id="rating-title">${say('ratingTitle')}</h3>
        <p>${say('ratingGiven', { rating: say(`rating.${status.rating.value}`) })}</p>
        ${status.rating.comment ? html`<p>${say('ratingCommentGiven', { comment: status.rating.comment })}</p>` : nothing}
      </section>`;
    }
    if (!status.canRate) return nothing;
    return html`<section part="rating" class="block" aria-labelledby="rating-title">
      <h3 id="rating-title">${say('ratingTitle')}</h3>
      ${errorSummary(SUMMARY, say('problem'), this.problems, this.context.root)}
      <form novalidate @submit=${this.send}>
        <fieldset aria-describedby=${describedBy(FIRST, this.problems)}>
          <legend>${say('ratingLegend')}</legend>
          ${fieldError(FIRST, this.problems)}
          ${RATINGS.map(
            (rating) => html`<div class="choice">
              <input type="radio" id=${`rating-${rating}`} name="rating" value=${rating} aria-invalid=${invalid(FIRST, this.problems)} />
              <label for=${`rating-${rating}`}>${say(`rating.${rating}`)}</label>
            </div>`,
          )}
        </fieldset>
        <label for="rating-comment">${say('ratingComment')}</label>
        <textarea id="rating-comment" name="comment" rows="3" maxlength="2000"></textarea>
        <button type="submit" ?disabled=${this.sending}>${say('ratingSend')}</button>
      </form>
    </section>`;
  }

  private readonly send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.sending) return;
    const form = event.target as HTMLFormElement;
    const { say } = this.context;
    const rating = (form.elements.namedItem('rating') as RadioNodeList).value as Rating | '';
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement).value.trim();
    if (!rating) return this.refuse([{ target: FIRST, message: say('ratingMissing') }]);
    this.sending = true;
    this.context.host.requestUpdate();
    const client = this.context.client();
    const answer = await client?.act('rating', { rating, ...(comment ? { comment } : {}) });
    this.sending = false;
    if (!answer) return;
    if (answer.ok) return this.context.show(answer.status, say('ratingThanks'), 'rating');
    if ('problem' in answer && answer.problem.status === 409) {
      // Rated already, or no longer returned: what the server holds now says which.
      const now = await client?.status();
      if (now?.ok) return this.context.show(now.status, say(answer.problem.code === 'already-rated' ? 'ratingAlready' : 'changedMeanwhile'), 'refresh');
    }
    if ('unreachable' in answer) this.context.unreachable('dossier-rating-unreachable', say('unreachable'), answer.unreachable);
    return this.refuse([{ message: 'problem' in answer ? answer.problem.message || say('sendFailed') : say('unreachable') }]);
  };

  private async refuse(problems: Problem[]): Promise<void> {
    this.problems = problems;
    this.context.host.requestUpdate();
    await focusAfterRender(this.context, `#${SUMMARY}`);
  }
}

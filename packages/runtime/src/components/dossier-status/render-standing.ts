import { formatDate, type Locale } from '@motcua/core';
import { html, nothing } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { DossierStatus } from './dossier-status-view.js';
import type { StatusContext } from './status-context.js';

/** A date as people write it: "27 tháng 11, 2026" or "27 November 2026", in Vietnam's time. */
export function longDate(iso: string | null, language: Locale): string {
  if (!iso) return '—';
  return formatDate(iso, language);
}

function daysLeft(n: number, say: StatusContext['say']): string {
  if (n > 1) return say('daysLeft', { n });
  if (n === 1) return say('dayLeft');
  if (n === 0) return say('dueToday');
  return say('daysOverdue', { n: -n });
}

/**
 * Where the dossier stands: its status and step, the due date with the
 * working days left, a clock paused for a supplement, and once completed
 * whether it was early, on time or late.
 */
export function renderStanding(status: DossierStatus, { say, language }: Pick<StatusContext, 'say' | 'language'>) {
  const lang = language();
  const clock = status.clock;
  const due = clock?.dueDate ?? status.dueAt;
  let dueLine: unknown = longDate(due ?? status.expectedDate, lang);
  if (clock?.paused) {
    dueLine = html`<span class="paused">${say('paused')}</span>${clock.workingDaysLeft !== null ? html` ${say('pausedDaysLeft', { n: clock.workingDaysLeft })}` : nothing}`;
  } else if (due && clock?.workingDaysLeft !== null && clock?.workingDaysLeft !== undefined) {
    dueLine = `${longDate(due, lang)} (${daysLeft(clock.workingDaysLeft, say)})`;
  }
  return html`<h3>${say('whereItStands')}</h3>
    <dl>
      <dt>${say('dossierCode')}</dt><dd>${status.code}</dd>
      <dt>${say('status')}</dt><dd><strong>${say(`status.${status.status}`)}</strong></dd>
      ${status.step ? html`<dt>${say('step')}</dt><dd>${textIn(status.step.name, lang)}</dd>` : nothing}
      <dt>${say('procedure')}</dt><dd>${textIn(status.procedure.name, lang)}</dd>
      <dt>${say('agency')}</dt><dd>${textIn(status.agency.name, lang)}</dd>
      <dt>${say('submittedAt')}</dt><dd>${longDate(status.submittedAt, lang)}</dd>
      ${clock?.completedAt
        ? html`<dt>${say('completedAt')}</dt><dd>${longDate(clock.completedAt, lang)}${clock.timeliness ? html` — <strong class="timeliness">${say(`timeliness.${clock.timeliness}`)}</strong>` : nothing}</dd>`
        : html`<dt>${due || clock?.paused ? say('dueDate') : say('expectedDate')}</dt><dd>${dueLine}</dd>`}
    </dl>`;
}

/** The apology notices (thư xin lỗi), in full, in the page's language: each line of the letter a paragraph, its first the title. */
export function renderApologies(status: DossierStatus, { say, language }: Pick<StatusContext, 'say' | 'language'>) {
  const apologies = status.apologies ?? [];
  if (apologies.length === 0) return nothing;
  const lang = language();
  return html`<section part="apologies" class="block" aria-labelledby="apologies-title">
    <h3 id="apologies-title">${say('apologies')}</h3>
    ${apologies.map((apology) => {
      const [title, ...lines] = (apology.text[lang] ?? apology.text.vi).split('\n');
      return html`<article class="apology"><h4>${title}</h4>${lines.map((line) => html`<p>${line}</p>`)}</article>`;
    })}
  </section>`;
}

export function renderHistory(status: DossierStatus, { say, language }: Pick<StatusContext, 'say' | 'language'>) {
  const lang = language();
  return html`<h3>${say('history')}</h3>
    <ol>${status.history.map((h) => html`<li>${longDate(h.at, lang)}: ${say(`status.${h.status}`)}${h.step ? ` (${textIn(h.step.name, lang)})` : ''}${h.note ? ` — ${h.note}` : ''}</li>`)}</ol>`;
}

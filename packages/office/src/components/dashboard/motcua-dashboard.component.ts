import { vietnamDate } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import type { Chart } from 'chart.js';
import { html, nothing, type PropertyValues } from 'lit';
import { type AgencySummary, type Metrics, type Statistics, type StatisticsQuery } from '../../shared/office-api.js';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { DASHBOARD_TEXT } from './dashboard-text.js';
import { dashboardStyles } from './motcua-dashboard.styles.js';

/**
 * The statistics of a period for the officer's agencies: received by channel and the share
 * filed online, resolved early / on time / late and the on-time rate, rejected, overdue now, the
 * average processing time and satisfaction; in total, by month (two charts, each with the table
 * of its figures), by agency and by procedure; and the CSV downloads.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @attr from - The period's first day (YYYY-MM-DD); the first of January this year by default.
 * @attr to - The period's last day (YYYY-MM-DD); today by default.
 * @prop agencies - The agencies the officer may pick from (all of them together by default).
 * @csspart period - The period picker.
 * @csspart totals - The totals.
 * @csspart charts - The charts by month.
 */
export class MotcuaDashboard extends OfficeElement {
  static override styles = [officeStyles, dashboardStyles];

  static override properties = {
    ...OfficeElement.properties,
    from: { type: String },
    to: { type: String },
    agencies: { attribute: false },
    query: { state: true },
    statistics: { state: true },
    problem: { state: true },
  };

  private readonly t = this.wording(DASHBOARD_TEXT);
  private charts: Chart<'bar', number[], string>[] = [];

  declare from: string | undefined;
  declare to: string | undefined;
  declare agencies: AgencySummary[];
  declare query: StatisticsQuery | undefined;
  declare statistics: Statistics | undefined;
  declare problem: string | undefined;

  constructor() {
    super();
    this.agencies = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.query || changed.has('from') || changed.has('to')) {
      const today = vietnamDate(new Date());
      this.query = { from: this.from ?? `${today.slice(0, 4)}-01-01`, to: this.to ?? today };
    }
    if (changed.has('query') || changed.has('server') || changed.has('locale')) void this.load();
  }

  protected override updated(): void {
    void this.drawCharts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }

  private async load(): Promise<void> {
    const query = this.query;
    if (!query) return;
    this.problem = undefined;
    try {
      const statistics = await this.api.statistics(query);
      if (query === this.query) this.statistics = statistics;
    } catch (error) {
      if (query === this.query) {
        this.statistics = undefined;
        this.problem = this.problemOf(error);
      }
    }
  }

  private drawn: Statistics | undefined;
  private drawnLocale: string | undefined;

  /** Draws the two charts again when the figures or the language changed; the charts' library is fetched the first time. */
  private async drawCharts(): Promise<void> {
    const statistics = this.statistics;
    if (statistics === this.drawn && this.language === this.drawnLocale) return;
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    this.drawn = statistics;
    this.drawnLocale = this.language;
    const [received, resolved] = [...this.renderRoot.querySelectorAll('canvas')];
    if (!statistics || !received || !resolved) return;
    const { stackedBars } = await import('./dashboard-charts.js');
    // Newer figures may have arrived meanwhile; they draw their own.
    if (statistics !== this.drawn) return;
    const t = this.t;
    const months = statistics.byMonth.map((m) => m.month);
    const pick = (read: (m: Metrics) => number) => statistics.byMonth.map(read);
    this.charts = [
      stackedBars(received, months, [
        { label: t('inPerson'), values: pick((m) => m.received.inPerson) },
        { label: t('online'), values: pick((m) => m.received.online) },
        { label: t('postal'), values: pick((m) => m.received.postal) },
      ], this.language),
      stackedBars(resolved, months, [
        { label: t('early'), values: pick((m) => m.resolved.early) },
        { label: t('onTime'), values: pick((m) => m.resolved.onTime) },
        { label: t('late'), values: pick((m) => m.resolved.late) },
      ], this.language),
    ];
  }

  private readonly onShow = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const agency = String(form.get('agency') ?? '');
    const procedure = String(form.get('procedure') ?? '').trim();
    this.query = { from: String(form.get('from')), to: String(form.get('to')), ...(agency ? { agency } : {}), ...(procedure ? { procedure } : {}) };
  };

  private percent(share: number | null): string {
    return share === null ? this.t('none') : new Intl.NumberFormat(this.language === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
  }

  private number(value: number | null): string {
    return value === null ? this.t('none') : new Intl.NumberFormat(this.language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  }

  private renderPicker() {
    const t = this.t;
    const query = this.query as StatisticsQuery;
    return html`<form part="period" aria-label=${t('period')} @submit=${this.onShow}>
      <label>${t('from')}<input name="from" type="date" required .value=${query.from} /></label>
      <label>${t('to')}<input name="to" type="date" required .value=${query.to} /></label>
      <label
        >${t('agency')}<select name="agency">
          <option value="">${t('allAgencies')}</option>
          ${this.agencies.map((a) => html`<option value=${a.id} ?selected=${query.agency === a.id}>${textIn(a.name, this.language)}</option>`)}
        </select></label
      >
      <label>${t('procedure')}<input name="procedure" size="10" .value=${query.procedure ?? ''} /></label>
      <button type="submit">${t('show')}</button>
    </form>`;
  }

  private renderTotals(m: Metrics) {
    const t = this.t;
    const card = (term: string, value: string, detail?: string) => html`<div><dt>${term}</dt><dd>${value}${detail ? html`<small>${detail}</small>` : nothing}</dd></div>`;
    return html`<h3>${t('totals')}</h3>
      <dl class="cards" part="totals">
        ${card(t('received'), this.number(m.received.total), `${t('inPerson')} ${m.received.inPerson} · ${t('online')} ${m.received.online} · ${t('postal')} ${m.received.postal}`)}
        ${card(t('onlineShare'), this.percent(m.onlineShare))}
        ${card(t('resolved'), this.number(m.resolved.total), `${t('early')} ${m.resolved.early} · ${t('onTime')} ${m.resolved.onTime} · ${t('late')} ${m.resolved.late}`)}
        ${card(t('onTimeRate'), this.percent(m.onTimeRate))} ${card(t('rejected'), this.number(m.rejected))} ${card(t('overdueNow'), this.number(m.overdueNow))}
        ${card(t('averageDays'), this.number(m.averageProcessingDays))}
        ${card(t('satisfaction'), this.percent(m.satisfaction.satisfiedShare), t('rated', { share: this.percent(m.satisfaction.satisfiedShare), rated: m.satisfaction.rated }))}
      </dl>`;
  }

  /** A table of metrics, one row per agency, procedure or month; it scrolls sideways on a phone. */
  private renderTable(id: string, caption: string, rows: { name: string; metrics: Metrics }[]) {
    const t = this.t;
    const headings = [t('received'), t('inPerson'), t('online'), t('postal'), t('onlineShare'), t('resolved'), t('early'), t('onTime'), t('late'), t('onTimeRate'), t('rejected'), t('overdueNow'), t('averageDays'), t('satisfaction')];
    return html`<div class="table" role="region" aria-labelledby=${id} tabindex="0">
      <table>
        <caption id=${id}>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${id === 'by-month' ? t('month') : t('name')}</th>
            ${headings.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ name, metrics: m }) => html`<tr>
              <th scope="row">${name}</th>
              ${[m.received.total, m.received.inPerson, m.received.online, m.received.postal].map((n) => html`<td>${this.number(n)}</td>`)}
              <td>${this.percent(m.onlineShare)}</td>
              ${[m.resolved.total, m.resolved.early, m.resolved.onTime, m.resolved.late].map((n) => html`<td>${this.number(n)}</td>`)}
              <td>${this.percent(m.onTimeRate)}</td>
              <td>${this.number(m.rejected)}</td>
              <td>${this.number(m.overdueNow)}</td>
              <td>${this.number(m.averageProcessingDays)}</td>
              <td>${this.percent(m.satisfaction.satisfiedShare)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderStatistics(s: Statistics) {
    const t = this.t;
    const locale = this.language;
    const query = this.query as StatisticsQuery;
    const chart = (title: string) => html`<figure>
      <figcaption>${title}</figcaption>
      <div class="chart"><canvas role="img" aria-label=${t('chartSummary', { title })}></canvas></div>
    </figure>`;
    return html`<p role="status">${t('shown', { from: s.period.from, to: s.period.to })}</p>
      ${this.renderTotals(s.totals)}
      <div class="charts" part="charts">${chart(t('receivedChart'))} ${chart(t('resolvedChart'))}</div>
      ${this.renderTable('by-month', t('byMonth'), s.byMonth.map((m) => ({ name: m.month, metrics: m })))}
      ${this.renderTable('by-agency', t('byAgency'), s.byAgency.map((a) => ({ name: textIn(a.name, locale), metrics: a })))}
      ${this.renderTable('by-procedure', t('byProcedure'), s.byProcedure.map((p) => ({ name: `${p.procedure} ${textIn(p.name, locale)}`, metrics: p })))}
      <h3>${t('downloads')}</h3>
      <ul class="downloads">
        <li><a href=${this.api.csvUrl('statistics', query)} download>${t('statisticsCsv')}</a></li>
        <li><a href=${this.api.csvUrl('dossiers', query)} download>${t('dossiersCsv')}</a></li>
      </ul>`;
  }

  override render() {
    const t = this.t;
    return html`<h2>${t('heading')}</h2>
      ${this.renderPicker()} ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      ${this.statistics ? this.renderStatistics(this.statistics) : this.problem ? nothing : html`<p role="status">${t('loading')}</p>`}`;
  }
}

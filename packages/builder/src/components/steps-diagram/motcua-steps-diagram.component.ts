import type { ProcedureDefinition, Step } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { durationText } from '../../shared/durations.js';
import { ROLE_NAMES } from '../../shared/list-words.js';
import type { Scope } from '../../shared/case-scope.js';
import { bindingLevel, scopedSteps, shareOf, type ScopedSteps } from '../steps-editor/steps-fit.js';
import { stepsDiagramStyles } from './motcua-steps-diagram.styles.js';
import { STEPS_DIAGRAM_TEXT } from './steps-diagram-text.js';

/**
 * The steps of a procedure drawn in order: a numbered list of boxes joined by arrows, each with
 * its name, role and duration, and a bar for its share of the binding time limit. The list is
 * its own text alternative (the bars and arrows are decoration); the caption sums it up. The bars'
 * widths are set through the CSSOM (`styleMap`), which the builder page's CSP allows where a style
 * attribute would not be.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition whose steps are drawn.
 * @prop scope - `'base'` (default) for the procedure's steps, or a case's index for the steps that case follows.
 * @csspart diagram - The figure.
 * @csspart step - One step's box.
 */
export class MotcuaStepsDiagram extends BuilderElement {
  static override styles = [hostStyles, stepsDiagramStyles];

  static override properties = {
    ...BuilderElement.properties,
    definition: { attribute: false },
    scope: { attribute: false },
  };

  private readonly t = this.wording(STEPS_DIAGRAM_TEXT);

  declare definition: ProcedureDefinition | undefined;
  declare scope: Scope;

  constructor() {
    super();
    this.scope = 'base';
  }

  private renderStep(step: Step, i: number, scoped: ScopedSteps) {
    const t = this.t;
    const locale = this.language;
    const share = shareOf(step, scoped);
    const duration = step.duration ? (share === undefined ? durationText(step.duration, locale) : t('share', { duration: durationText(step.duration, locale), share: new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share) })) : t('noDuration');
    const role = step.role ? (ROLE_NAMES[step.role]?.[locale] ?? step.role) : '';
    return html`<li part="step" class=${`role-${step.role ?? 'none'}`}>
      <span class="number" aria-hidden="true">${i + 1}</span>
      <span class="name">${textIn(step.name, locale) || step.id}</span>
      <span class="role">${role}${step.agency ? html`, ${t('by', { agency: textIn(step.agency, locale) })}` : nothing}</span>
      <span class="duration">${duration}</span>
      ${share === undefined ? nothing : html`<span class="bar" aria-hidden="true"><span class=${share > 1 ? 'over' : ''} style=${styleMap({ 'inline-size': `${Math.min(100, share * 100)}%` })}></span></span>`}
    </li>`;
  }

  override render() {
    const t = this.t;
    const scoped = scopedSteps(this.definition, this.scope);
    const { steps } = scoped;
    if (steps.length === 0) return html`<p>${t('noSteps')}</p>`;
    const limit = bindingLevel(scoped);
    const caption = limit ? t('summary', { count: steps.length, limit: durationText(limit, this.language) }) : t('summaryNoLimit', { count: steps.length });
    return html`<figure part="diagram">
      <figcaption>${caption}</figcaption>
      <ol>
        ${steps.map((step, i) => this.renderStep(step, i, scoped))}
      </ol>
    </figure>`;
  }
}

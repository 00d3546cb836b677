import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition } from '../../shared/editor-test-support.js';
import { accessibilityViolations, cleanup, fixture, loadBuilder } from '../../test-support/browser.js';
import type { MotcuaStepsDiagram } from './motcua-steps-diagram.component.js';

async function diagram(definition: ProcedureDefinition | undefined, locale = 'vi') {
  const element = fixture<MotcuaStepsDiagram>(`<motcua-steps-diagram locale="${locale}"></motcua-steps-diagram>`);
  element.definition = definition;
  await element.updateComplete;
  return { element, root: element.shadowRoot as ShadowRoot };
}

const items = (root: ShadowRoot) => [...root.querySelectorAll('ol > li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

describe('<motcua-steps-diagram>', () => {
  before(loadBuilder);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks', async () => {
    const { element } = await diagram(await catalogueDefinition('1.004222'));
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('lists the steps in order with role, duration and share of the time limit, and sums them up in its caption', async () => {
    const { root } = await diagram(await catalogueDefinition('1.004222'));
    expect(root.querySelector('figcaption')?.textContent).to.equal('Sơ đồ 4 bước xử lý, thời hạn 7 ngày làm việc.');
    const list = items(root);
    expect(list).to.have.length(4);
    expect(list[0]).to.match(/^1 Tiếp nhận, kiểm tra hồ sơ.* Tiếp nhận 0,5 ngày làm việc, 7,1\s?% thời hạn$/);
    expect(list[2]).to.contain('Phê duyệt').and.contain('1 ngày làm việc');
    // The bars are decoration: the numbers and arrows are hidden from screen readers, the text says it all.
    expect(root.querySelectorAll('.bar[aria-hidden=true]')).to.have.length(4);
  });

  it('says there are no steps yet rather than drawing nothing', async () => {
    const definition = await catalogueDefinition('1.004222');
    const { root } = await diagram({ ...definition, steps: [] }, 'en');
    expect(root.textContent?.trim()).to.equal('No steps yet.');
  });
});

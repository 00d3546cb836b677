import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition, hostEditor, serverVerdict, throughJson, typeInto } from '../../shared/editor-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder, signIn } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaStepsEditor } from './motcua-steps-editor.component.js';

const warnings = (root: ShadowRoot) => [...root.querySelectorAll('[part=warnings] li')].map((li) => li.getAttribute('data-code'));
const stepWarnings = (root: ShadowRoot, i: number) => [...root.querySelectorAll(`[part=step]:nth-child(${i + 1}) ul.warnings li`)].map((li) => li.textContent?.trim());
const control = <T extends Element>(root: ShadowRoot, id: string) => root.querySelector(`#${id}`) as unknown as T;

/** 1.004222 (permanent residence), 7 working days, its four steps given no share yet. */
async function residence(): Promise<ProcedureDefinition> {
  const definition = await catalogueDefinition('1.004222');
  return { ...definition, steps: definition.steps.map(({ duration: _duration, ...step }) => step) };
}

describe('<motcua-steps-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with warnings and the diagram shown', async () => {
    const { element } = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', await residence());
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('warns while the shares do not fill the time limit, and the warning goes once they do', async () => {
    const definition = await residence();
    const { element, root, changes } = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', definition, 'en');
    const count = definition.steps.length;
    expect(warnings(root)).to.deep.equal(['steps-no-share']);
    await typeInto(element, control(root, 'amount-0'), '0.5');
    expect(warnings(root)).to.deep.equal([]);
    expect(stepWarnings(root, 1)).to.deep.equal(['This step has no share of the time: the shares cannot add up to 100%.']);
    // Every other step but the last gets one day; the last the rest of the 7 days.
    for (let i = 1; i < count - 1; i++) await typeInto(element, control(root, `amount-${i}`), '1');
    await typeInto(element, control(root, `amount-${count - 1}`), String(7 - 0.5 - (count - 2)));
    expect(warnings(root)).to.deep.equal([]);
    expect(root.querySelector('[part=warnings]')?.textContent?.trim()).to.equal('The steps fit the time limit.');
    await typeInto(element, control(root, `amount-${count - 1}`), '9');
    expect(warnings(root)).to.deep.equal(['steps-over']);
    expect(root.querySelector('[part=warnings] li')?.textContent).to.match(/^The steps add up to .* more than the time limit of 7 working days: this cannot be published\.$/);
    await typeInto(element, control(root, `amount-${count - 1}`), '1');
    expect(warnings(root)).to.deep.equal(['steps-under']);
    expect(changes.at(-1)?.steps.map((s) => s.duration?.amount)).to.have.length(count);
  });

  it('warns when a role the dossier needs is missing, and when receiving is not first', async () => {
    const { element, root } = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', await residence());
    const approver = element.definition?.steps.findIndex((s) => s.role === 'approver') ?? -1;
    await typeInto(element, control(root, `role-${approver}`), 'specialist');
    expect(warnings(root)).to.include('role-missing');
    expect(root.querySelector('[part=warnings]')?.textContent).to.contain('Chưa có bước nào để phê duyệt kết quả');
    await typeInto(element, control(root, `role-${approver}`), 'approver');
    expect(warnings(root)).to.not.include('role-missing');
    await typeInto(element, control(root, 'role-0'), 'specialist');
    expect(stepWarnings(root, 0)).to.deep.equal(['Bước đầu tiên nên là tiếp nhận hồ sơ: thời hạn bắt đầu tính từ lúc tiếp nhận.']);
  });

  it('adds, renames, reorders by keyboard with focus following, and removes steps; the JSON round trip gives it back', async () => {
    const original = await residence();
    const code = freshCode('steps');
    const { element, root, changes } = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', { ...original, code });
    const count = original.steps.length;
    (control<HTMLButtonElement>(root, 'add')).click();
    await element.updateComplete;
    expect(root.activeElement?.id).to.equal(`name-${count}-vi`);
    await typeInto(element, control(root, `name-${count}-vi`), 'Thẩm định hồ sơ');
    await typeInto(element, control(root, `name-${count}-en`), 'Review the dossier');
    await typeInto(element, control(root, `amount-${count}`), '2');
    await typeInto(element, control(root, `unit-${count}`), 'working-hours');
    control<HTMLButtonElement>(root, `step-up-${count}`).click();
    await element.updateComplete;
    expect(root.activeElement?.id).to.equal(`step-up-${count - 1}`);
    expect(root.querySelector('[part=announcement]')?.textContent).to.equal(`Đã chuyển “Thẩm định hồ sơ” đến vị trí ${count}.`);
    const added = { id: 'buoc', name: { vi: 'Thẩm định hồ sơ', en: 'Review the dossier' }, role: 'specialist', duration: { amount: 2, unit: 'working-hours' } };
    const expected = { ...original, code, steps: [...original.steps.slice(0, count - 1), added, original.steps[count - 1]] };
    expect(changes.at(-1)).to.deep.equal(expected);
    expect(original.steps).to.have.length(count);
    const back = throughJson(changes.at(-1) as ProcedureDefinition);
    expect(back).to.deep.equal(expected);
    expect(await serverVerdict(back)).to.deep.include({ valid: true });
    cleanup();
    const reopened = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', back);
    expect(control<HTMLInputElement>(reopened.root, `name-${count - 1}-en`).value).to.equal('Review the dossier');
    expect(control<HTMLSelectElement>(reopened.root, `unit-${count - 1}`).value).to.equal('working-hours');
    control<HTMLButtonElement>(reopened.root, `step-remove-${count - 1}`).click();
    await reopened.element.updateComplete;
    expect(reopened.changes.at(-1)?.steps).to.deep.equal(original.steps);
  });

  it('draws the steps as an ordered list with roles, durations and shares, summed up in its caption', async () => {
    const definition = await residence();
    const steps = definition.steps.map((step, i) => (i === 0 ? { ...step, duration: { amount: 3.5, unit: 'working-days' as const } } : step));
    const { root } = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', { ...definition, steps }, 'en');
    const diagram = root.querySelector('motcua-steps-diagram')?.shadowRoot as ShadowRoot;
    expect(diagram.querySelector('figcaption')?.textContent).to.equal(`Diagram of the ${steps.length} processing steps; time limit 7 working days.`);
    const first = diagram.querySelector('ol > li')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(first).to.contain('Receiver').and.contain('3.5 working days, 50% of the time limit');
    expect(diagram.querySelector('ol > li:nth-child(2)')?.textContent).to.contain('no share of the time');
  });

  it('gives a case its own steps, starting from the common ones, which replace them in that case; and takes them back', async () => {
    const definition = await catalogueDefinition('3.000333');
    const host = await hostEditor<MotcuaStepsEditor>('motcua-steps-editor', definition, 'en');
    const { element, root, changes } = host;
    await typeInto(element, control(root, 'scope'), '2');
    expect(root.textContent).to.contain('This case follows the common steps.');
    expect(root.querySelector('#add')).to.equal(null);
    control<HTMLButtonElement>(root, 'own-steps').click();
    await element.updateComplete;
    expect(changes.at(-1)?.cases[2]?.steps).to.deep.equal(definition.steps);
    expect(changes.at(-1)?.steps).to.equal(element.definition?.steps);
    await typeInto(element, control(root, 'amount-0'), '1');
    expect(changes.at(-1)?.cases[2]?.steps?.[0]?.duration).to.deep.equal({ amount: 1, unit: 'calendar-days' });
    expect(changes.at(-1)?.steps).to.deep.equal(definition.steps);
    control<HTMLButtonElement>(root, 'common-steps').click();
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal(definition);
  });
});

import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadBuilder } from '../../test-support/browser.js';
import type { Condition, ConditionState, Subject } from './condition.js';
import type { MotcuaConditionEditor } from './motcua-condition-editor.component.js';

const SUBJECTS: Subject[] = [
  { name: 'loaiHoSo', label: 'Loại hồ sơ', kind: 'options', options: [{ value: 'cap-moi', label: 'Cấp mới' }, { value: 'cap-lai', label: 'Cấp lại' }, { value: 'gia-han', label: 'Gia hạn' }] },
  { name: 'coCon', label: 'Có con nhỏ', kind: 'boolean', options: [{ value: true, label: 'Có' }, { value: false, label: 'Không' }] },
  { name: 'soNguoi', label: 'Số người', kind: 'number', options: [] },
];

async function editor(state: ConditionState = { kind: 'always' }, locale = 'vi'): Promise<{ element: MotcuaConditionEditor; root: ShadowRoot; emitted: (Condition | undefined)[] }> {
  const element = fixture<MotcuaConditionEditor>(`<motcua-condition-editor locale="${locale}"></motcua-condition-editor>`);
  const emitted: (Condition | undefined)[] = [];
  element.addEventListener('motcua-condition-change', (event) => emitted.push((event as CustomEvent<{ condition: Condition | undefined }>).detail.condition));
  element.subjects = SUBJECTS;
  element.state = state;
  await element.updateComplete;
  return { element, root: element.shadowRoot as ShadowRoot, emitted };
}

async function pick(element: MotcuaConditionEditor, list: HTMLSelectElement, value: string): Promise<void> {
  list.value = value;
  list.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

describe('<motcua-condition-editor>', () => {
  before(loadBuilder);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with a condition being written, in vi and en, its error shown', async () => {
    for (const locale of ['vi', 'en']) {
      const { element, root } = await editor({ kind: 'when', entry: 0, condition: { subject: 'loaiHoSo', operator: 'is-one-of', value: [] } }, locale);
      (root.querySelector('[part=apply]') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(root.querySelector('[role=alert]')).not.to.equal(null);
      expect(await accessibilityViolations(element), locale).to.deep.equal([]);
      cleanup();
    }
  });

  it('offers the tests and the value control that suit the chosen question', async () => {
    const { element, root, emitted } = await editor();
    (root.querySelector('#when') as HTMLInputElement).click();
    await element.updateComplete;
    const operators = () => [...(root.querySelector('#operator') as HTMLSelectElement).options].map((option) => option.value);
    expect(operators()).to.deep.equal(['is', 'is-not', 'is-one-of']);
    expect([...(root.querySelector('#value') as HTMLSelectElement).options].map((option) => option.textContent)).to.deep.equal(['Cấp mới', 'Cấp lại', 'Gia hạn']);

    await pick(element, root.querySelector('#operator') as HTMLSelectElement, 'is-one-of');
    (root.querySelector('[part=apply]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(root.querySelector('#value-error')?.textContent).to.contain('Đánh dấu ít nhất một giá trị');
    expect(emitted).to.deep.equal([]);
    for (const id of ['value-2', 'value-0']) (root.querySelector(`#${id}`) as HTMLInputElement).click();
    (root.querySelector('[part=apply]') as HTMLButtonElement).click();
    expect(emitted).to.deep.equal([{ subject: 'loaiHoSo', operator: 'is-one-of', value: ['cap-moi', 'gia-han'] }]);

    await pick(element, root.querySelector('#subject') as HTMLSelectElement, 'coCon');
    expect(operators()).to.deep.equal(['is', 'is-not']);
    await pick(element, root.querySelector('#value') as HTMLSelectElement, 'false');
    (root.querySelector('[part=apply]') as HTMLButtonElement).click();
    expect(emitted[1]).to.deep.equal({ subject: 'coCon', operator: 'is', value: false });

    await pick(element, root.querySelector('#subject') as HTMLSelectElement, 'soNguoi');
    expect(operators()).to.deep.equal(['is', 'is-not', 'greater-than']);
    expect((root.querySelector('#value') as HTMLInputElement).type).to.equal('number');
  });

  it('keeps the condition being written when its host gives it the same questions and condition again', async () => {
    const { element, root, emitted } = await editor();
    (root.querySelector('#when') as HTMLInputElement).click();
    await element.updateComplete;
    await pick(element, root.querySelector('#subject') as HTMLSelectElement, 'coCon');
    // A host re-renders with copies equal to what it gave (the form designer on each check of the definition).
    element.subjects = structuredClone(SUBJECTS);
    element.state = { kind: 'always' };
    await element.updateComplete;
    expect((root.querySelector('#when') as HTMLInputElement).checked).to.equal(true);
    expect((root.querySelector('#subject') as HTMLSelectElement).value).to.equal('coCon');
    (root.querySelector('[part=apply]') as HTMLButtonElement).click();
    expect(emitted).to.deep.equal([{ subject: 'coCon', operator: 'is', value: true }]);

    element.subjects = SUBJECTS.filter((subject) => subject.name !== 'coCon');
    await element.updateComplete;
    expect((root.querySelector('#always') as HTMLInputElement).checked, 'other questions start the draft afresh').to.equal(true);
  });

  it('reads back the condition it is given, and choosing “always” asks for none', async () => {
    const { element, root, emitted } = await editor({ kind: 'when', entry: 0, condition: { subject: 'soNguoi', operator: 'greater-than', value: 4 } }, 'en');
    expect((root.querySelector('#subject') as HTMLSelectElement).value).to.equal('soNguoi');
    expect((root.querySelector('#operator') as HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('is greater than');
    expect((root.querySelector('#value') as HTMLInputElement).value).to.equal('4');
    (root.querySelector('#always') as HTMLInputElement).click();
    await element.updateComplete;
    expect(emitted).to.deep.equal([undefined]);
    expect(root.querySelector('#subject')).to.equal(null);
  });

  it('says so when the question a condition tests is no longer beside this one', async () => {
    const { root } = await editor({ kind: 'when', entry: 0, condition: { subject: 'daXoa', operator: 'is', value: 'x' } });
    expect(root.querySelector('[part=lost]')?.textContent).to.contain('“daXoa”');
    expect((root.querySelector('#when') as HTMLInputElement).checked).to.equal(true);
    expect((root.querySelector('#subject') as HTMLSelectElement).value).to.equal('loaiHoSo');
  });
});

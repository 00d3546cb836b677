import { expect } from '@esm-bundle/chai';
import type { Condition, ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition } from '../../shared/editor-test-support.js';
import { accessibilityViolations, cleanup, fixture, loadBuilder } from '../../test-support/browser.js';
import type { MotcuaConditionField } from './motcua-condition-field.component.js';

/** 1.004194 (temporary residence): applicant categories, two channels, a yes/no question and a choice. */
let residence: ProcedureDefinition;

/** A condition field as an editor hosts it: each change it fires is passed back as its condition. */
async function field(condition: Condition | undefined, options: { locale?: string; optional?: boolean } = {}) {
  const element = fixture<MotcuaConditionField>(`<motcua-condition-field locale="${options.locale ?? 'vi'}"></motcua-condition-field>`);
  element.definition = residence;
  element.legend = 'Giấy tờ này cần nộp';
  element.condition = condition;
  if (options.optional === false) element.optional = false;
  const changes: (Condition | undefined)[] = [];
  element.addEventListener('motcua-condition-change', (event) => {
    const next = (event as CustomEvent<{ condition?: Condition }>).detail.condition;
    changes.push(next);
    element.condition = next;
  });
  await element.updateComplete;
  return { element, changes, root: element.shadowRoot as ShadowRoot };
}

async function pick(element: MotcuaConditionField, select: Element | null, value: string): Promise<void> {
  (select as HTMLSelectElement).value = value;
  select?.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

const answer = (name: string, test: object) => ({ properties: { answers: { properties: { [name]: test }, required: [name] } }, required: ['answers'] });

describe('<motcua-condition-field>', () => {
  before(loadBuilder);
  before(async () => {
    residence = await catalogueDefinition('1.004194');
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with a condition on a category chosen', async () => {
    const { element } = await field({ properties: { applicantCategory: { enum: ['tre-em', 'ho-ngheo'] } }, required: ['applicantCategory'] });
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('writes “is”, “is not”, “is one of” and “greater than” as JSON Schema over the context, and reads each back', async () => {
    const { element, root, changes } = await field(undefined);
    (root.querySelector('input[value=only-when]') as HTMLInputElement).click();
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ properties: { applicantCategory: { const: 'tre-em' } }, required: ['applicantCategory'] });
    await pick(element, root.querySelector('#operator'), 'one-of');
    const second = root.querySelector('#value-1') as HTMLInputElement;
    second.checked = true;
    second.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ properties: { applicantCategory: { enum: ['tre-em', 'nguoi-cao-tuoi'] } }, required: ['applicantCategory'] });
    for (const id of ['value-1', 'value-0']) {
      const box = root.querySelector(`#${id}`) as HTMLInputElement;
      box.checked = false;
      box.dispatchEvent(new Event('change'));
      await element.updateComplete;
    }
    expect(changes.at(-1), 'the last value cannot be unticked').to.deep.equal({ properties: { applicantCategory: { enum: ['tre-em'] } }, required: ['applicantCategory'] });
    expect((root.querySelector('#value-0') as HTMLInputElement).checked).to.equal(true);
    await pick(element, root.querySelector('#subject'), 'channel');
    await pick(element, root.querySelector('#operator'), 'is-not');
    expect(changes.at(-1)).to.deep.equal({ properties: { channel: { not: { const: 'in-person' } } }, required: ['channel'] });
    await pick(element, root.querySelector('#subject'), 'answer:nguoiChuaThanhNien');
    expect([...(root.querySelector('#operator') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['is']);
    await pick(element, root.querySelector('#value'), '1');
    expect(changes.at(-1)).to.deep.equal(answer('nguoiChuaThanhNien', { const: false }));
    await pick(element, root.querySelector('#subject'), 'answer:soNguoiTrongDanhSach');
    await pick(element, root.querySelector('#operator'), 'greater-than');
    const number = root.querySelector('#value') as HTMLInputElement;
    number.value = '3';
    number.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal(answer('soNguoiTrongDanhSach', { exclusiveMinimum: 3 }));
    expect((root.querySelector('#subject') as HTMLSelectElement).value).to.equal('answer:soNguoiTrongDanhSach');
    expect((root.querySelector('#value') as HTMLInputElement).value).to.equal('3');
    (root.querySelector('input[value=always]') as HTMLInputElement).click();
    await element.updateComplete;
    expect(changes.at(-1)).to.equal(undefined);
  });

  it('keeps a condition written by hand untouched, shows it, and offers to replace it', async () => {
    const written = { anyOf: [{ properties: { channel: { const: 'online' } } }, { properties: { delivery: { const: 'postal' } } }] };
    const { element, root, changes } = await field(written, { locale: 'en' });
    expect(root.textContent).to.contain('This condition was written by hand in JSON Schema: edit it in the JSON view');
    expect(JSON.parse(root.querySelector('pre')?.textContent ?? 'null')).to.deep.equal(written);
    expect(changes).to.deep.equal([]);
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Replace with a simple condition')?.click();
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ properties: { applicantCategory: { const: 'tre-em' } }, required: ['applicantCategory'] });
  });

  it('names the subjects in the officer’s language, with the form’s English labels', async () => {
    const { root } = await field(answer('nguoiChuaThanhNien', { const: true }), { locale: 'en' });
    const subjects = [...(root.querySelector('#subject') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(subjects.slice(0, 3)).to.deep.equal(['Applicant category', 'How the dossier is submitted', 'How the result is returned']);
    expect((root.querySelector('#subject') as HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('Answer “The registrant is a minor”');
    expect((root.querySelector('#value') as HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('Yes');
  });
});

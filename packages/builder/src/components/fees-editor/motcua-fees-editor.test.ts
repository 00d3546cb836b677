import { expect } from '@esm-bundle/chai';
import type { Fee, ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition, hostEditor, serverQuote, serverVerdict, throughJson, typeInto } from '../../shared/editor-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder, signIn } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaFeesEditor } from './motcua-fees-editor.component.js';

type Host = Awaited<ReturnType<typeof hostEditor<MotcuaFeesEditor>>>;
const control = <T extends Element>(root: ShadowRoot, id: string) => root.querySelector(`#${id}`) as unknown as T;
const inner = (root: ShadowRoot, id: string) => (root.querySelector(`#${id}`) as Element).shadowRoot as ShadowRoot;
const calculator = (root: ShadowRoot) => inner(root, 'calculator');
const total = (root: ShadowRoot) => calculator(root).querySelector('[part=total]')?.textContent?.replace(/\s+/g, ' ').trim();
const money = (amount: number) => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount).replace(/\s+/g, ' ');

async function click(host: Host, button: Element | null): Promise<void> {
  (button as HTMLElement).click();
  await host.element.updateComplete;
}

/** A catalogue procedure under a new code, without its fees. */
async function withoutFees(code: string): Promise<ProcedureDefinition> {
  const { fees: _fees, ...definition } = await catalogueDefinition(code);
  return { ...definition, code: freshCode('fees') };
}

describe('<motcua-fees-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with adjustments, conditions and the calculator', async () => {
    const { element } = await hostEditor<MotcuaFeesEditor>('motcua-fees-editor', await catalogueDefinition('1.004194'));
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('builds a tiered fee per copy, capped, whose figures the calculator beside shows as core computes them; the JSON round trip gives it back', async () => {
    const host = await hostEditor<MotcuaFeesEditor>('motcua-fees-editor', await withoutFees('2.000815'));
    const { element, root, changes } = host;
    expect(root.textContent).to.contain('Không có khoản phí, lệ phí nào ở phần này.');
    await click(host, control(root, 'add'));
    expect(root.activeElement?.id).to.equal('fee-0-label-vi');
    await typeInto(element, control(root, 'fee-0-label-vi'), 'Phí chứng thực bản sao');
    await typeInto(element, control(root, 'fee-0-label-en'), 'Fee for certified copies');
    await typeInto(element, control(root, 'fee-0-each'), '/banSao');
    await typeInto(element, control(root, 'fee-0-rule'), 'tiered');
    expect([...control<HTMLSelectElement>(root, 'fee-0-quantity').options].map((o) => o.textContent)).to.deep.equal(['(chọn)', 'Số trang', 'Số bản cần chứng thực']);
    await typeInto(element, control(root, 'fee-0-quantity'), '/soTrang');
    await typeInto(element, control(root, 'fee-0-unit-vi'), 'trang');
    await typeInto(element, control(root, 'fee-0-unit-en'), 'page');
    await typeInto(element, control(root, 'fee-0-tier-0-amount'), '2000');
    await click(host, control(root, 'fee-0-add-tier'));
    await typeInto(element, control(root, 'fee-0-tier-0-up-to'), '2');
    await typeInto(element, control(root, 'fee-0-tier-1-amount'), '1000');
    await typeInto(element, control(root, 'fee-0-max'), '200000');
    await typeInto(element, control(root, 'fee-0-multiplier'), '/soBan');
    const fee: Fee = {
      id: 'le-phi',
      kind: 'fee',
      label: { vi: 'Phí chứng thực bản sao', en: 'Fee for certified copies' },
      each: '/banSao',
      rule: { type: 'tiered', quantity: '/soTrang', unit: { vi: 'trang', en: 'page' }, tiers: [{ upTo: 2, amount: 2000 }, { amount: 1000 }] },
      max: 200000,
      multiplier: '/soBan',
    };
    const edited = changes.at(-1) as ProcedureDefinition;
    expect(edited.fees).to.deep.equal([fee]);

    const figures = calculator(root);
    await typeInto(element, figures.querySelector('#items-0') as HTMLInputElement, '1');
    await typeInto(element, figures.querySelector('#item-0-0-0') as HTMLInputElement, '5');
    await typeInto(element, figures.querySelector('#item-0-0-1') as HTMLInputElement, '2');
    const quoted = await serverQuote('2.000815', { answers: { banSao: [{ soTrang: 5, soBan: 2 }] } });
    expect(quoted.fees.total).to.equal(14_000);
    expect(total(root)).to.equal(`Tổng phí, lệ phí: ${money(quoted.fees.total)}`);

    const back = throughJson(edited);
    expect(back).to.deep.equal(edited);
    expect(await serverVerdict(back)).to.deep.include({ valid: true });
    cleanup();
    const reopened = await hostEditor<MotcuaFeesEditor>('motcua-fees-editor', back);
    expect(control<HTMLInputElement>(reopened.root, 'fee-0-tier-0-up-to').value).to.equal('2');
    expect(control<HTMLSelectElement>(reopened.root, 'fee-0-multiplier').value).to.equal('/soBan');
  });

  it('adds an exemption by category and a lower amount online, and the calculator shows each', async () => {
    const definition = await catalogueDefinition('1.004194');
    const [base] = definition.fees as [Fee];
    const { adjustments: _adjustments, ...plain } = base;
    const host = await hostEditor<MotcuaFeesEditor>('motcua-fees-editor', { ...definition, fees: [plain] });
    const { element, root, changes } = host;
    await click(host, control(root, 'fee-0-addExemption'));
    const exemption = inner(root, 'fee-0-adjustment-0-when');
    const elderly = exemption.querySelector('#value-1') as HTMLInputElement;
    elderly.checked = true;
    elderly.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await click(host, control(root, 'fee-0-addChannelAmount'));
    await typeInto(element, control(root, 'fee-0-adjustment-1-value'), '7000');
    expect(changes.at(-1)?.fees?.[0]?.adjustments).to.deep.equal([
      { when: { properties: { applicantCategory: { enum: ['tre-em', 'nguoi-cao-tuoi'] } }, required: ['applicantCategory'] }, type: 'exempt', label: { vi: 'Miễn cho đối tượng được miễn', en: 'Exempt for this category' } },
      { when: { properties: { channel: { const: 'online' } }, required: ['channel'] }, type: 'set-amount', value: 7000, label: { vi: 'Mức thu khi nộp trực tuyến', en: 'The amount when filed online' } },
    ]);
    const figures = calculator(root);
    expect(total(root)).to.equal(`Tổng phí, lệ phí: ${money(15_000)}`);
    await typeInto(element, figures.querySelector('#channel') as HTMLSelectElement, 'online');
    expect(total(root)).to.equal(`Tổng phí, lệ phí: ${money(7_000)}`);
    await typeInto(element, figures.querySelector('#category') as HTMLSelectElement, 'nguoi-cao-tuoi');
    expect(total(root)).to.equal(`Tổng phí, lệ phí: ${money(0)}`);
    expect(figures.querySelector('[part=breakdown] tbody')?.textContent).to.contain('Miễn cho đối tượng được miễn');
  });

  it('writes “applies only when” in the definition’s condition format, and drops it for “always”', async () => {
    const host = await hostEditor<MotcuaFeesEditor>('motcua-fees-editor', await catalogueDefinition('1.004194'));
    const { element, root, changes } = host;
    const when = inner(root, 'fee-0-when');
    await click(host, when.querySelector('input[value=only-when]'));
    await typeInto(element, when.querySelector('#subject') as HTMLSelectElement, 'channel');
    await typeInto(element, when.querySelector('#operator') as HTMLSelectElement, 'is-not');
    expect(changes.at(-1)?.fees?.[0]?.when).to.deep.equal({ properties: { channel: { not: { const: 'in-person' } } }, required: ['channel'] });
    await click(host, when.querySelector('input[value=always]'));
    expect(changes.at(-1)?.fees?.[0]).to.not.have.property('when');
  });

  it('shows core’s problems next to the fee they are about, in the officer’s language', async () => {
    const host = await hostEditor<MotcuaFeesEditor>('motcua-fees-editor', await catalogueDefinition('2.000815'), 'en');
    await typeInto(host.element, control(host.root, 'fee-0-tier-0-up-to'), '');
    expect(host.root.querySelector('[part=fee] ul.problems')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Error: /rule/tiers/0/upTo Only the last tier may leave “up to” empty.');
  });
});

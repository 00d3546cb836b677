import { expect } from '@esm-bundle/chai';
import { catalogueDefinition, hostEditor, serverQuote, typeInto } from '../../shared/editor-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder } from '../../test-support/browser.js';
import type { MotcuaFeeCalculator } from './motcua-fee-calculator.component.js';

/** Text with its runs of white space (Intl's no-break spaces too) made one space. */
const plain = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
const text = (root: ShadowRoot, selector: string) => plain(root.querySelector(selector)?.textContent);
const money = (amount: number, locale = 'vi') => plain(new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount));

describe('<motcua-fee-calculator>', () => {
  before(loadBuilder);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with a breakdown shown', async () => {
    const { element, root } = await hostEditor<MotcuaFeeCalculator>('motcua-fee-calculator', await catalogueDefinition('3.000333'));
    await typeInto(element, root.querySelector('#category') as HTMLSelectElement, 'sinh-vien');
    expect(root.querySelector('[part=breakdown]')).to.not.equal(null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('shows core’s figures for tiered pages per copy, capped, as the server quotes them', async () => {
    const { element, root } = await hostEditor<MotcuaFeeCalculator>('motcua-fee-calculator', await catalogueDefinition('2.000815'));
    await typeInto(element, root.querySelector('#items-0') as HTMLInputElement, '2');
    const inputs = [...root.querySelectorAll<HTMLInputElement>('input[id^=item-0-]')];
    expect(inputs.map((input) => root.querySelector(`label[for=${input.id}]`)?.textContent)).to.deep.equal(['Mục 1: Số trang', 'Mục 1: Số bản cần chứng thực', 'Mục 2: Số trang', 'Mục 2: Số bản cần chứng thực']);
    // 5 pages: 2 × 2,000 + 3 × 1,000 = 7,000 a copy, 2 copies; 300 pages: capped at 200,000, 1 copy.
    const typed = ['5', '2', '300', '1'];
    for (const [i, input] of inputs.entries()) await typeInto(element, input, typed[i] as string);
    const answers = { banSao: [{ soTrang: 5, soBan: 2 }, { soTrang: 300, soBan: 1 }] };
    const quoted = await serverQuote('2.000815', { answers });
    expect(quoted.fees.total).to.equal(214_000);
    expect(text(root, '[part=total]')).to.equal(`Tổng phí, lệ phí: ${money(quoted.fees.total)}`);
    const rows = [...root.querySelectorAll('[part=breakdown] tbody tr')].map((row) => plain(row.textContent));
    expect(rows).to.have.length(2);
    expect(rows[0]).to.contain('5 × 2').and.contain(money(14_000));
    expect(rows[1]).to.contain('(đã áp mức tối đa)').and.contain(money(200_000));
    expect((root.querySelector('#answers') as HTMLTextAreaElement).value).to.equal(JSON.stringify(answers));
  });

  it('shows an exemption by applicant category with core’s figures, and the reduced rate for another category', async () => {
    const { element, root } = await hostEditor<MotcuaFeeCalculator>('motcua-fee-calculator', await catalogueDefinition('3.000333'), 'en');
    await typeInto(element, root.querySelector('#quantity-0') as HTMLInputElement, '4');
    const full = await serverQuote('3.000333', { case: 'phieu-so-1', answers: { soPhieu: 4 } });
    expect(text(root, '[part=total]')).to.equal(`Fees in total: ${money(full.fees.total, 'en')}`);
    await typeInto(element, root.querySelector('#category') as HTMLSelectElement, 'tre-em');
    const exempt = await serverQuote('3.000333', { case: 'phieu-so-1', applicantCategory: 'tre-em', answers: { soPhieu: 4 } });
    expect(exempt.fees.lines.find((line) => line.feeId === 'phi-cung-cap-thong-tin')?.amount).to.equal(0);
    expect(text(root, '[part=total]')).to.contain(money(exempt.fees.total, 'en'));
    expect(text(root, '[part=breakdown] tbody tr')).to.contain('Exempt: children');
    await typeInto(element, root.querySelector('#category') as HTMLSelectElement, 'sinh-vien');
    const student = await serverQuote('3.000333', { case: 'phieu-so-1', applicantCategory: 'sinh-vien', answers: { soPhieu: 4 } });
    expect(text(root, '[part=total]')).to.contain(money(student.fees.total, 'en'));
  });

  it('says what stops the computation instead of failing on an unfinished definition', async () => {
    const definition = await catalogueDefinition('2.000815');
    const { root } = await hostEditor<MotcuaFeeCalculator>('motcua-fee-calculator', { ...definition, cases: [] });
    expect(text(root, '[part=total]')).to.equal('Định nghĩa chưa có trường hợp nào để tính.');
  });
});

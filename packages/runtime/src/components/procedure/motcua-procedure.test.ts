import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { accessibilityViolations, cleanup, fixture, loadRuntime, SERVER, until } from '../../test-support/browser.js';
import { define } from '../shared/define.js';
import type { MotcuaProcedure } from './motcua-procedure.component.js';

const text = (element: MotcuaProcedure) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const loaded = (element: MotcuaProcedure) => until(() => element.shadowRoot?.querySelector('h2') !== null);

describe('<motcua-procedure>', () => {
  before(loadRuntime);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks', async () => {
    const element = fixture<MotcuaProcedure>(`<motcua-procedure server="${SERVER}" procedure="3.000333"></motcua-procedure>`);
    await loaded(element);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('fetches a procedure by code and posts its fees with their legal basis', async () => {
    const element = fixture<MotcuaProcedure>(`<motcua-procedure server="${SERVER}" procedure="2.000815"></motcua-procedure>`);
    await loaded(element);
    const shown = text(element);
    expect(shown).to.contain('Chứng thực bản sao từ bản chính');
    expect(shown).to.match(/trang 1–2: 2\.000\s₫/);
    expect(shown).to.match(/tối đa 200\.000\s₫/);
    expect(shown).to.contain('226/2016/TT-BTC');
    expect(shown).to.contain('Trong ngày');
    expect(shown).to.contain('Trung tâm Phục vụ hành chính công phường Ba Đình');
  });

  it('shows reductions and exemptions by applicant category', async () => {
    const element = fixture<MotcuaProcedure>(`<motcua-procedure server="${SERVER}" procedure="3.000333"></motcua-procedure>`);
    await loaded(element);
    expect(text(element)).to.match(/Còn 100\.000\s₫/);
    expect(text(element)).to.contain('Miễn');
  });

  it('takes its server and language from a provider, in English', async () => {
    const provider = fixture<HTMLElement>(`<motcua-provider server="${SERVER}" locale="en"><motcua-procedure procedure="1.001193"></motcua-procedure></motcua-provider>`);
    const element = provider.querySelector('motcua-procedure') as MotcuaProcedure;
    await loaded(element);
    expect(text(element)).to.contain('Birth registration');
    expect(text(element)).to.contain('Within the day');
    expect(element.shadowRoot?.querySelector('article')?.getAttribute('lang')).to.equal('en');
  });

  it('switches between the cases of a procedure', async () => {
    const element = fixture<MotcuaProcedure>(`<motcua-procedure server="${SERVER}" procedure="3.000333"></motcua-procedure>`);
    await loaded(element);
    const select = element.shadowRoot?.querySelector('select') as HTMLSelectElement;
    expect(select.options.length).to.equal(3);
    const before = text(element);
    select.value = 'phieu-so-1-uy-quyen';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text(element)).to.not.equal(before);
    expect(element.case).to.equal('phieu-so-1-uy-quyen');
  });

  it('renders a definition given as a property, without a server (the builder’s preview)', async () => {
    const definition = (await (await fetch(`${SERVER}/api/v1/procedures/2.000884`)).json()).definition as ProcedureDefinition;
    const element = fixture<MotcuaProcedure>('<motcua-procedure></motcua-procedure>');
    element.definition = { ...definition, name: { vi: 'Bản nháp chưa công bố' } };
    await element.updateComplete;
    expect(text(element)).to.contain('Bản nháp chưa công bố');
  });

  it('says so, and fires motcua-error, when the procedure cannot be loaded; a retry tries again', async () => {
    const errors: string[] = [];
    const record = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('motcua-error', record);
    try {
      const element = fixture<MotcuaProcedure>(`<motcua-procedure server="${SERVER}" procedure="9.999999"></motcua-procedure>`);
      await until(() => element.shadowRoot?.querySelector('[role=alert]') !== null);
      expect(errors).to.deep.equal(['procedure-load-failed']);
      expect(text(element)).to.contain('Không tải được');
      const retry = element.shadowRoot?.querySelector('button');
      expect(retry).to.not.equal(null);
      retry?.click();
      await until(() => errors.length === 2);
    } finally {
      document.removeEventListener('motcua-error', record);
    }
  });

  it('is not broken by the host page’s CSS, and registering twice is harmless', async () => {
    const style = document.createElement('style');
    style.textContent = 'h2, h3, li { display: none !important; color: red !important; } * { font-size: 2px !important; }';
    document.head.append(style);
    try {
      const element = fixture<MotcuaProcedure>(`<motcua-procedure server="${SERVER}" procedure="2.000815"></motcua-procedure>`);
      await loaded(element);
      const heading = element.shadowRoot?.querySelector('h2') as HTMLElement;
      expect(getComputedStyle(heading).display).to.equal('block');
      expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(10);
      const impostor = class extends HTMLElement {};
      expect(() => define('motcua-procedure', impostor)).to.not.throw();
      expect(customElements.get('motcua-procedure')).to.not.equal(impostor, 'the first registration stays');
      expect(element.shadowRoot).to.not.equal(null);
    } finally {
      style.remove();
    }
  });
});

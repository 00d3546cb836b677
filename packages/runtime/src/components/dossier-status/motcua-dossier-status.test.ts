import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, DOSSIER, fixture, loadRuntime, SERVER, until } from '../../test-support/browser.js';
import type { MotcuaDossierStatus } from './motcua-dossier-status.component.js';

const shadow = (element: MotcuaDossierStatus) => element.shadowRoot as ShadowRoot;
const text = (element: MotcuaDossierStatus) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';

async function lookUp(element: MotcuaDossierStatus, code: string, secret: string): Promise<void> {
  await element.updateComplete;
  (shadow(element).querySelector('#code') as HTMLInputElement).value = code;
  (shadow(element).querySelector('#secret') as HTMLInputElement).value = secret;
  (shadow(element).querySelector('button[type=submit]') as HTMLButtonElement).click();
}

describe('<motcua-dossier-status>', () => {
  before(loadRuntime);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with an answer shown', async () => {
    const element = fixture<MotcuaDossierStatus>(`<motcua-dossier-status server="${SERVER}"></motcua-dossier-status>`);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    await lookUp(element, DOSSIER.code, DOSSIER.secret);
    await until(() => shadow(element).querySelector('[part=status]') !== null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('finds a dossier by its code and secret and shows where it stands', async () => {
    const statuses: string[] = [];
    const element = fixture<MotcuaDossierStatus>(`<motcua-dossier-status server="${SERVER}"></motcua-dossier-status>`);
    element.addEventListener('motcua-status', (e) => statuses.push((e as CustomEvent<{ status: string }>).detail.status));
    await lookUp(element, DOSSIER.code.toLowerCase(), DOSSIER.secret);
    await until(() => shadow(element).querySelector('[part=status]') !== null);
    expect(text(element)).to.contain('Đã nộp, chờ tiếp nhận');
    expect(text(element)).to.contain('Chứng thực bản sao');
    expect(statuses).to.deep.equal(['submitted']);
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('status', 'the answer takes focus');
  });

  it('a wrong secret finds nothing, and says to check the receipt', async () => {
    const element = fixture<MotcuaDossierStatus>(`<motcua-dossier-status server="${SERVER}" locale="en"></motcua-dossier-status>`);
    await lookUp(element, DOSSIER.code, 'sai-ma-bi-mat-0000000');
    await until(() => shadow(element).querySelector('p[role=alert]') !== null);
    expect(text(element)).to.contain('Check them against your receipt');
  });

  it('empty or malformed fields get an error summary that takes focus and links to each field', async () => {
    const element = fixture<MotcuaDossierStatus>(`<motcua-dossier-status server="${SERVER}"></motcua-dossier-status>`);
    await lookUp(element, 'abc', '');
    await until(() => shadow(element).querySelector('.summary') !== null);
    const summary = shadow(element).querySelector('.summary') as HTMLElement;
    expect(shadow(element).activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#code', '#secret']);
    const code = shadow(element).querySelector('#code') as HTMLInputElement;
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(code.getAttribute('aria-describedby')).to.equal('code-hint code-error');
    (summary.querySelector('a') as HTMLAnchorElement).click();
    expect(shadow(element).activeElement).to.equal(code);
  });

  it('a server that cannot be reached is said plainly and reported to the host page', async () => {
    const errors: string[] = [];
    const element = fixture<MotcuaDossierStatus>('<motcua-dossier-status server="http://127.0.0.1:9"></motcua-dossier-status>');
    element.addEventListener('motcua-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    await lookUp(element, DOSSIER.code, DOSSIER.secret);
    await until(() => errors.length > 0);
    expect(errors).to.deep.equal(['dossier-status-unreachable']);
    expect(text(element)).to.contain('Không kết nối được máy chủ');
  });
});

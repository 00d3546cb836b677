import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { draftCopy, freshCode } from '../../test-support/procedures.js';
import type { MotcuaEmbedPanel } from './motcua-embed-panel.component.js';

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const section = (element: MotcuaEmbedPanel, agency: string) => shadow(element).querySelector(`section[aria-labelledby="snippet-${agency}-heading"]`) as HTMLElement | null;
/** A button of an agency's section, found by its selector. */
const buttonIn = (element: MotcuaEmbedPanel, agency: string, selector: string) => section(element, agency)?.querySelector(selector) as HTMLButtonElement;
const origins = (element: MotcuaEmbedPanel, agency: string) => [...(section(element, agency)?.querySelectorAll('[part=origins] code') ?? [])].map((code) => code.textContent);
const announced = (element: MotcuaEmbedPanel) => shadow(element).querySelector('p[role=status].visually-hidden')?.textContent ?? '';

async function panel(code: string, latestVersion: number | null = 1, locale = 'vi'): Promise<MotcuaEmbedPanel> {
  const element = fixture<MotcuaEmbedPanel>(`<motcua-embed-panel locale="${locale}"></motcua-embed-panel>`);
  element.code = code;
  element.latestVersion = latestVersion;
  await until(() => element.offeredBy !== undefined);
  await element.updateComplete;
  return element;
}

async function storedOrigins(agency: string): Promise<string[]> {
  return ((await (await fetch(`/api/v1/admin/agencies/${agency}`, { cache: 'no-store' })).json()) as { origins: string[] }).origins;
}

async function allow(element: MotcuaEmbedPanel, agency: string, origin: string): Promise<void> {
  const input = section(element, agency)?.querySelector('input') as HTMLInputElement;
  input.value = origin;
  input.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
  const before = element.agencies;
  buttonIn(element, agency, 'form button[type=submit]').click();
  await element.updateComplete;
  await until(() => element.agencies !== before || Boolean(element.errors[agency]));
  await element.updateComplete;
}

describe('<motcua-embed-panel>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with its snippets and sites', async () => {
    const element = await panel('2.000815');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('gives each agency offering the procedure its snippet, and copies it', async () => {
    const element = await panel('2.000815');
    const snippet = section(element, 'phuong-hoan-kiem')?.querySelector('textarea') as HTMLTextAreaElement;
    expect(snippet.value).to.equal(`<script type="module" src="${location.origin}/motcua.js"></script>\n<motcua-form procedure="2.000815" agency="phuong-hoan-kiem"></motcua-form>`);
    buttonIn(element, 'phuong-hoan-kiem', 'button[aria-label^="Chép mã nhúng cho"]').click();
    await until(() => announced(element) !== '');
    expect(announced(element)).to.match(/^Đã chép mã nhúng cho /);
    expect(await navigator.clipboard.readText()).to.equal(snippet.value);
  });

  it('allows a site of the agency, refuses one that is not an origin with the server’s words, and removes it', async () => {
    const element = await panel('2.000815');
    const before = await storedOrigins('phuong-hoan-kiem');
    await allow(element, 'phuong-hoan-kiem', 'https://trang-sai.example.vn/thu-tuc');
    const input = section(element, 'phuong-hoan-kiem')?.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(section(element, 'phuong-hoan-kiem')?.querySelector('[role=alert]')?.textContent).to.match(/origin/);
    expect(await storedOrigins('phuong-hoan-kiem')).to.deep.equal(before);

    await allow(element, 'phuong-hoan-kiem', 'https://nhung-thu.example.vn');
    expect(origins(element, 'phuong-hoan-kiem')).to.include('https://nhung-thu.example.vn');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(await storedOrigins('phuong-hoan-kiem')).to.deep.equal([...before, 'https://nhung-thu.example.vn']);
    buttonIn(element, 'phuong-hoan-kiem', 'button[aria-label="Gỡ https://nhung-thu.example.vn"]').click();
    await until(() => !origins(element, 'phuong-hoan-kiem').includes('https://nhung-thu.example.vn'));
    expect(announced(element)).to.equal('Đã gỡ https://nhung-thu.example.vn.');
    expect(await storedOrigins('phuong-hoan-kiem')).to.deep.equal(before);
  });

  it('says to publish first while no version is in force, then lets an agency offer the published procedure', async () => {
    const code = freshCode('B');
    await draftCopy('2.000815', code);
    const draft = await panel(code, null, 'en');
    expect(shadow(draft).textContent).to.contain('No version of this procedure is in force: publish it before embedding it.');
    cleanup();

    await fetch(`/api/v1/admin/procedures/${code}/publish`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const element = await panel(code);
    expect(shadow(element).textContent).to.contain('Chưa có cơ quan nào thực hiện thủ tục này.');
    const select = shadow(element).querySelector('#offer-agency') as HTMLSelectElement;
    select.value = 'phuong-ba-dinh';
    (shadow(element).querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await until(() => section(element, 'phuong-ba-dinh') !== null);
    expect(section(element, 'phuong-ba-dinh')?.querySelector('textarea')?.value).to.contain(`procedure="${code}" agency="phuong-ba-dinh"`);
    const inForce = (await (await fetch(`/api/v1/procedures/${code}`, { cache: 'no-store' })).json()) as { offerings: { agency: { id: string } }[] };
    expect(inForce.offerings.map((o) => o.agency.id)).to.deep.equal(['phuong-ba-dinh']);
  });
});

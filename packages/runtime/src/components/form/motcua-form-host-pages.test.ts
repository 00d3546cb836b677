import { expect } from '@esm-bundle/chai';
import { cleanup, fixture } from '../../test-support/browser.js';
import { control, fillCopyRequest, press, submitted, summary, text, type, until } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';

/** What test-pages/record-problems.js saw: errors, CSP violations, and every custom element defined. */
interface Recorded {
  errors: string[];
  violations: string[];
  defined: string[];
}

interface HostPage {
  document: Document;
  window: Window & { recorded: Recorded };
}

/** A host page from test-pages/, in a same-origin frame as wide as a desktop browser, once it has loaded. */
async function openPage(name: string): Promise<HostPage> {
  const frame = fixture<HTMLIFrameElement>(`<iframe src="/pages/${name}.html" title="${name}" width="1024" height="768"></iframe>`);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { document: frame.contentDocument as Document, window: frame.contentWindow as HostPage['window'] };
}

/** The page's forms, once each shows its first fields. */
async function formsIn(page: HostPage): Promise<MotcuaForm[]> {
  const forms = () => [...page.document.querySelectorAll<MotcuaForm>('motcua-form')];
  await until(() => forms().length > 0 && forms().every((form) => (form.shadowRoot?.querySelector('input, select, textarea') ?? null) !== null));
  await Promise.all(forms().map((form) => form.flow?.wordsReady()));
  return forms();
}

const px = (value: string): number => Number.parseFloat(value);

/** Every element with a `style` attribute in the component's shadow root and the shadow roots nested in it. */
function styled(root: ShadowRoot | null | undefined): string[] {
  if (!root) return [];
  return [...root.querySelectorAll('*')].flatMap((element) => [...(element.hasAttribute('style') ? [`<${element.localName} style="${element.getAttribute('style')}">`] : []), ...styled(element.shadowRoot)]);
}

describe('<motcua-form> on agencies’ own pages', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('on a Bootstrap 3 page with a theme’s resets, keeps readable text and large inputs, and leaves the page’s look alone', async () => {
    const page = await openPage('hostile-theme');
    const [form] = (await formsIn(page)) as [MotcuaForm];
    const posting = page.document.querySelector('motcua-procedure') as HTMLElement;
    await until(() => (posting.shadowRoot?.querySelector('h2') ?? null) !== null);
    const style = (element: Element | null | undefined): CSSStyleDeclaration => page.window.getComputedStyle(element as Element);

    // The theme is in force on the page itself: its label is 10px uppercase serif, Bootstrap's bold.
    const pageLabel = style(page.document.querySelector('label[for="page-search"]'));
    expect([pageLabel.fontSize, pageLabel.textTransform, pageLabel.fontWeight]).to.deep.equal(['10px', 'uppercase', '700']);
    expect(pageLabel.fontFamily).to.contain('Georgia');

    const root = form.shadowRoot as ShadowRoot;
    const name = control(form, '/hoTen');
    const copies = control(form, '/banSao/0/soTrang');
    const submit = root.querySelector('button[type="submit"]');
    const texts = [root.querySelector('h2'), root.querySelector(`label[for="${name.id}"]`), name, submit, posting.shadowRoot?.querySelector('h2'), posting.shadowRoot?.querySelector('li')];
    for (const element of texts) {
      const shown = style(element);
      const what = `<${element?.localName}> ${element?.textContent?.trim().slice(0, 30) ?? ''}`;
      expect(px(shown.fontSize), `${what}: font size`).to.be.at.least(14);
      expect(shown.textTransform, `${what}: text transform`).to.equal('none');
      expect(shown.letterSpacing, `${what}: letter spacing`).to.equal('normal');
      expect(shown.fontFamily, `${what}: font`).not.to.contain('Georgia');
      expect(px(shown.lineHeight) / px(shown.fontSize), `${what}: line height`).to.be.at.least(1.3);
    }
    for (const element of [name, copies, submit]) {
      const shown = style(element);
      expect(element?.getBoundingClientRect().height, `${element?.localName} ${element?.getAttribute('name') ?? ''}: height`).to.be.at.least(40);
      if (element !== submit) expect([shown.borderTopStyle, px(shown.borderTopWidth) >= 1]).to.deep.equal(['solid', true]);
    }
    const list = style(posting.shadowRoot?.querySelector('ul'));
    expect(list.listStyleType).to.equal('disc');

    // Nothing of the components' CSS reaches the page: Bootstrap's input, button and heading are as Bootstrap draws them.
    const search = page.document.getElementById('page-search') as HTMLElement;
    expect([search.getBoundingClientRect().height, style(search).borderTopWidth, style(search).borderTopLeftRadius]).to.deep.equal([34, '1px', '4px']);
    expect(style(page.document.getElementById('page-button')).backgroundColor).to.equal('rgb(51, 122, 183)');
    expect(style(page.document.getElementById('page-heading')).fontSize).to.equal('30px');
  });

  it('under a strict Content-Security-Policy, shows errors, uploads and files a dossier without breaking a rule', async () => {
    const page = await openPage('strict-csp');
    const [form] = (await formsIn(page)) as [MotcuaForm];
    await form.validate();
    expect(summary(form).length).to.be.greaterThan(0);
    expect(styled(form.shadowRoot)).to.deep.equal([]);
    await fillCopyRequest(form);
    expect(styled(form.shadowRoot)).to.deep.equal([]);
    press(form, 'button[type="submit"]');
    await submitted(form);
    const receipt = form.shadowRoot?.querySelector('motcua-receipt') as HTMLElement & { updateComplete: Promise<unknown> };
    await receipt.updateComplete;
    expect(receipt.shadowRoot?.textContent).to.contain(form.flow?.receipt?.code);
    expect(styled(form.shadowRoot)).to.deep.equal([]);
    expect(page.window.recorded.errors).to.deep.equal([]);
    expect(page.window.recorded.violations).to.deep.equal([]);
    // The recorder does hear the policy: an inline style, which it forbids, is reported.
    page.document.body.setAttribute('style', 'color: red');
    await until(() => page.window.recorded.violations.length > 0);
    expect(page.window.recorded.violations[0]).to.match(/^style-src/);
  });

  it('has its procedure fetched once, by motcua.js beside the form’s own code rather than after it', async () => {
    const page = await openPage('script-twice');
    await formsIn(page);
    const entries = page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const procedure = entries.filter((entry) => new URL(entry.name).pathname === '/api/v1/procedures/2.000815');
    const formCode = entries.find((entry) => /\/motcua-form-[A-Z0-9]+\.js$/.test(entry.name));
    expect(procedure).to.have.length(1);
    expect(formCode).to.not.equal(undefined);
    expect(procedure[0]?.startTime).to.be.below(formCode?.responseEnd ?? 0);
  });

  it('with the script loaded twice, defines each tag once, reports no error, and both forms work', async () => {
    const page = await openPage('script-twice');
    const [copy, extract] = (await formsIn(page)) as [MotcuaForm, MotcuaForm];
    await until(() => (page.document.querySelector('motcua-procedure')?.shadowRoot?.querySelector('h2') ?? null) !== null);
    await type(copy, '/hoTen', 'Trần Văn Hải');
    expect(copy.flow?.session.answers()).to.have.property('hoTen', 'Trần Văn Hải');
    await type(extract, '/soDienThoai', '123');
    // Error wording comes with the deferred module, which is fetched after the first render.
    await until(() => text(extract).includes('“Số điện thoại” không đúng định dạng'));
    await extract.validate();
    expect(summary(extract)).to.include('Vui lòng nhập “Họ, chữ đệm và tên người yêu cầu”.');
    expect(summary(copy)).to.deep.equal([]);
    const defined = page.window.recorded.defined.filter((tag) => tag.startsWith('motcua-'));
    expect(defined).to.include.members(['motcua-provider', 'motcua-form', 'motcua-procedure']);
    expect(defined).to.have.length(new Set(defined).size);
    expect(page.window.recorded.errors).to.deep.equal([]);
  });
});

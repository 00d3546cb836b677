import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, ADMIN, cleanup, fixture, loadBuilder, signOut, until } from '../../test-support/browser.js';
import type { MotcuaBuilder } from './motcua-builder.component.js';

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

function fillSignIn(element: MotcuaBuilder, email: string, password: string): void {
  const form = shadow(element).querySelector('form') as HTMLFormElement;
  (form.querySelector('[name=email]') as HTMLInputElement).value = email;
  (form.querySelector('[name=password]') as HTMLInputElement).value = password;
  form.requestSubmit();
}

describe('<motcua-builder>', () => {
  before(loadBuilder);
  beforeEach(signOut);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks on its sign-in form', async () => {
    const element = fixture<MotcuaBuilder>('<motcua-builder></motcua-builder>');
    await until(() => element.officer === null);
    await element.updateComplete;
    expect(shadow(element).querySelector('h1')?.textContent).to.equal('Đăng nhập cán bộ');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('refuses a wrong password with the server’s message, in the officer’s language', async () => {
    for (const [locale, message] of [['vi', 'Thư điện tử hoặc mật khẩu không đúng.'], ['en', 'The email or the password is wrong.']]) {
      const element = fixture<MotcuaBuilder>(`<motcua-builder locale="${locale}"></motcua-builder>`);
      await until(() => element.officer === null);
      await element.updateComplete;
      fillSignIn(element, ADMIN.email, 'not the password at all');
      await until(() => shadow(element).querySelector('[role=alert]') !== null);
      expect(shadow(element).querySelector('[role=alert]')?.textContent).to.equal(message);
      expect(shadow(element).querySelector('motcua-procedure-list')).to.equal(null);
      cleanup();
    }
  });

  it('signs in, lists the procedures, opens one in the editor, and signs out', async () => {
    const element = fixture<MotcuaBuilder>('<motcua-builder></motcua-builder>');
    await until(() => element.officer === null);
    await element.updateComplete;
    fillSignIn(element, ADMIN.email, ADMIN.password);
    await until(() => shadow(element).querySelector('motcua-procedure-list') !== null);
    expect(shadow(element).querySelector('[part=header]')?.textContent).to.contain('Đang đăng nhập:');
    const list = shadow(element).querySelector('motcua-procedure-list') as HTMLElement;
    await until(() => shadow(list).querySelector('button[aria-label="Mở 1.000656"]') !== null);
    (shadow(list).querySelector('button[aria-label="Mở 1.000656"]') as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('motcua-procedure-editor') !== null);
    const editor = shadow(element).querySelector('motcua-procedure-editor') as HTMLElement;
    await until(() => shadow(editor).querySelector('textarea') !== null);
    expect((shadow(editor).querySelector('textarea') as HTMLTextAreaElement).value).to.contain('"code": "1.000656"');

    (shadow(element).querySelector('.who button') as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('form[part=sign-in]') !== null);
    expect((await fetch('/api/v1/admin/me')).status).to.equal(401, 'the session is over on the server too');
  });
});

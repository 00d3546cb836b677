import { expect } from '@esm-bundle/chai';
import type { Officer } from '../../officer/officer-api.js';
import { accessibilityViolations, ADMIN, cleanup, fixture, until } from '../../test-support/browser.js';
import type { MotcuaSignIn } from './motcua-sign-in.component.js';

const shadow = (element: MotcuaSignIn) => element.shadowRoot as ShadowRoot;
const alertOf = (element: MotcuaSignIn) => shadow(element).querySelector('[role=alert]')?.textContent ?? null;

async function shown(markup = '<motcua-sign-in></motcua-sign-in>'): Promise<MotcuaSignIn> {
  const element = fixture<MotcuaSignIn>(markup);
  await element.updateComplete;
  return element;
}

function fill(element: MotcuaSignIn, email: string, password: string): void {
  const form = shadow(element).querySelector('form') as HTMLFormElement;
  (form.querySelector('[name=email]') as HTMLInputElement).value = email;
  (form.querySelector('[name=password]') as HTMLInputElement).value = password;
  form.requestSubmit();
}

describe('<motcua-sign-in>', () => {
  // Bundled by the test runner as the builder and the back office bundle it: no chunk of motcua.js holds it.
  before(() => import(new URL('/officer/motcua-sign-in.js', location.href).href));
  beforeEach(() => fetch('/api/v1/admin/session', { method: 'DELETE' }));
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with a problem shown too', async () => {
    const element = await shown();
    expect(shadow(element).querySelector('h1')?.textContent).to.equal('Đăng nhập cán bộ');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    element.problem = 'Không kết nối được máy chủ. Vui lòng thử lại.';
    await element.updateComplete;
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('labels its fields for the browser’s password manager, in the officer’s language', async () => {
    const element = await shown('<motcua-sign-in locale="en"></motcua-sign-in>');
    const labels = [...shadow(element).querySelectorAll('label')].map((label) => [label.textContent, label.querySelector('input')?.autocomplete]);
    expect(labels).to.deep.equal([
      ['Email', 'username'],
      ['Password', 'current-password'],
    ]);
    expect(shadow(element).querySelector('button')?.textContent).to.equal('Sign in');
  });

  it('refuses a wrong password with the server’s message, in the officer’s language, and signs nobody in', async () => {
    for (const [locale, message] of [['vi', 'Thư điện tử hoặc mật khẩu không đúng.'], ['en', 'The email or the password is wrong.']]) {
      const element = await shown(`<motcua-sign-in locale="${locale}"></motcua-sign-in>`);
      let signedIn = false;
      element.addEventListener('motcua-signed-in', () => (signedIn = true));
      fill(element, ADMIN.email, 'not the password at all');
      await until(() => alertOf(element) !== null);
      expect(alertOf(element)).to.equal(message);
      expect(signedIn).to.equal(false);
      expect((await fetch('/api/v1/admin/me')).status).to.equal(401);
      cleanup();
    }
  });

  it('signs the officer in and tells the page who it is, through the shadow roots around it', async () => {
    const element = await shown();
    const heard: Officer[] = [];
    document.body.addEventListener('motcua-signed-in', (event) => heard.push(event.detail), { once: true });
    fill(element, ADMIN.email, ADMIN.password);
    await until(() => heard.length > 0);
    expect(heard[0]?.email).to.equal(ADMIN.email);
    expect(heard[0]?.role).to.equal('admin');
    expect(alertOf(element)).to.equal(null);
    const me = (await (await fetch('/api/v1/admin/me')).json()) as Officer;
    expect(me.id).to.equal(heard[0]?.id, 'the session cookie is set for the page');
  });

  it('says the server could not be reached when it cannot be, and lets the officer try again', async () => {
    const element = await shown('<motcua-sign-in server="http://127.0.0.1:9" locale="en"></motcua-sign-in>');
    fill(element, ADMIN.email, ADMIN.password);
    await until(() => alertOf(element) !== null);
    expect(alertOf(element)).to.equal('The server could not be reached. Please try again.');
    expect((shadow(element).querySelector('button') as HTMLButtonElement).disabled).to.equal(false);
  });
});

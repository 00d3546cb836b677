import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadBuilder } from '../../test-support/browser.js';
import type { MotcuaJsonView } from './motcua-json-view.component.js';

const DEFINITION = { formatVersion: 1, code: '9.000900', name: { vi: 'Thủ tục thử', en: 'A test procedure' } };
const text = (element: MotcuaJsonView) => element.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
const alert = (element: MotcuaJsonView) => element.shadowRoot?.querySelector('[role=alert]')?.textContent ?? null;

async function view(locale = 'vi'): Promise<MotcuaJsonView> {
  const element = fixture<MotcuaJsonView>(`<motcua-json-view locale="${locale}"></motcua-json-view>`);
  element.definition = DEFINITION;
  await element.updateComplete;
  return element;
}

/** Types a whole new text, as pasting does: one input event. */
async function typeText(element: MotcuaJsonView, value: string): Promise<void> {
  text(element).value = value;
  text(element).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

function events(element: MotcuaJsonView, type: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  element.addEventListener(type, (event) => seen.push(event as CustomEvent));
  return seen;
}

describe('<motcua-json-view>', () => {
  before(loadBuilder);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with text that is not JSON', async () => {
    const element = await view();
    await typeText(element, '{ "code": ');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('shows the definition as indented JSON that parses back to the very same definition', async () => {
    const element = await view();
    expect(text(element).value).to.equal(JSON.stringify(DEFINITION, null, 2));
    expect(JSON.parse(text(element).value)).to.deep.equal(DEFINITION);
  });

  it('fires each edit that is a JSON object as a new definition in one typing group, keeping the text as typed', async () => {
    const element = await view();
    const changes = events(element, 'motcua-definition-change');
    const typed = '{"formatVersion":1,"code":"9.000900","name":{"vi":"Tên mới","en":"A test procedure"}}';
    await typeText(element, typed);
    expect(changes).to.have.length(1);
    expect(changes[0]?.detail).to.deep.equal({ definition: JSON.parse(typed), group: 'json-text' });
    expect(changes[0]?.bubbles && changes[0]?.composed).to.equal(true);
    element.definition = changes[0]?.detail.definition;
    await element.updateComplete;
    expect(text(element).value).to.equal(typed, 'its own definition given back does not reformat what was typed');
    expect(DEFINITION.name.vi).to.equal('Thủ tục thử', 'the definition it was given is untouched');
  });

  it('says where text that is not JSON breaks, fires no definition, and is rewritten by a definition from elsewhere', async () => {
    const element = await view('en');
    const changes = events(element, 'motcua-definition-change');
    const unparsed = events(element, 'motcua-definition-unparsed');
    await typeText(element, '{ "code": "9.000900", }');
    expect(alert(element)).to.match(/^This is not valid JSON: .+\. Changes from here on are not applied yet\.$/);
    expect(text(element).getAttribute('aria-invalid')).to.equal('true');
    await typeText(element, '["not", "an", "object"]');
    expect(alert(element)).to.equal('A definition must be a JSON object ({ … }). Changes from here on are not applied yet.');
    expect(changes).to.have.length(0);
    expect(unparsed.map((event) => event.detail.message)).to.have.length(2);

    const elsewhere = { ...DEFINITION, code: '9.000901' };
    element.definition = elsewhere;
    await element.updateComplete;
    expect(JSON.parse(text(element).value)).to.deep.equal(elsewhere);
    expect(alert(element)).to.equal(null);
    expect(text(element).getAttribute('aria-invalid')).to.equal('false');
  });
});

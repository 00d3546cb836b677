import { expect } from '@esm-bundle/chai';
import type { Form, ValidationIssue } from '@motcua/core';
import { accessibilityViolations, cleanup, fixture, loadBuilder, until } from '../../test-support/browser.js';
import type { MotcuaSchemaPanel, PanelChangeDetail } from './motcua-schema-panel.component.js';

/**
 * A field inspector as core's field-type registry writes them: Vietnamese in the schema, English in
 * the overlay. (The test page cannot import core itself: its ajv is CommonJS, which only the bundle converts.)
 */
const INSPECTOR: Form = {
  schema: {
    type: 'object',
    title: 'Văn bản ngắn',
    properties: {
      label: {
        type: 'object',
        title: 'Nhãn',
        properties: { vi: { type: 'string', title: 'Tiếng Việt', minLength: 1 }, en: { type: 'string', title: 'Tiếng Anh' } },
        required: ['vi'],
      },
      required: { type: 'boolean', title: 'Bắt buộc trả lời' },
      maxLength: { type: 'integer', title: 'Số ký tự tối đa', minimum: 1, maximum: 1000 },
    },
    required: ['label'],
    additionalProperties: false,
  },
  uiSchema: { 'ui:order': ['label', 'required', 'maxLength'] },
  i18n: {
    en: {
      '/schema/title': 'Short text',
      '/schema/properties/label/title': 'Label',
      '/schema/properties/label/properties/vi/title': 'Vietnamese',
      '/schema/properties/label/properties/en/title': 'English',
      '/schema/properties/required/title': 'Answer required',
      '/schema/properties/maxLength/title': 'At most this many characters',
    },
  },
} as Form;

async function panel(locale: string, formData: unknown = { label: { vi: 'Họ và tên' }, required: false }): Promise<MotcuaSchemaPanel> {
  const element = fixture<MotcuaSchemaPanel>(`<motcua-schema-panel locale="${locale}"></motcua-schema-panel>`);
  const inspector = INSPECTOR;
  element.schema = inspector.schema as Record<string, unknown>;
  element.uiSchema = inspector.uiSchema as Record<string, unknown>;
  element.i18n = inspector.i18n;
  element.formData = formData;
  await element.updateComplete;
  await until(() => inside(element).querySelector('input') !== null);
  return element;
}

const inside = (element: MotcuaSchemaPanel) => element.shadowRoot as ShadowRoot;
const labels = (element: MotcuaSchemaPanel) => [...inside(element).querySelectorAll('label, legend')].map((label) => label.textContent?.trim());

/** Types as a person does, so React sees the input event it listens for. */
function type(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function nextChange(element: MotcuaSchemaPanel): Promise<PanelChangeDetail> {
  return new Promise((resolve) => element.addEventListener('motcua-panel-change', (event) => resolve((event as CustomEvent<PanelChangeDetail>).detail), { once: true }));
}

describe('<motcua-schema-panel>', () => {
  before(loadBuilder);
  afterEach(cleanup);

  it('passes axe in Vietnamese and in English', async () => {
    for (const locale of ['vi', 'en']) {
      const element = await panel(locale);
      expect(await accessibilityViolations(element), locale).to.deep.equal([]);
      cleanup();
    }
  });

  it('labels the fields of a field type’s inspector in the officer’s language', async () => {
    expect(labels(await panel('vi'))).to.include('Bắt buộc trả lời');
    cleanup();
    const english = labels(await panel('en'));
    expect(english).to.include('Answer required');
    expect(english).not.to.include('Bắt buộc trả lời');
  });

  it('reports each change with the new values, and what is wrong in both languages', async () => {
    const element = await panel('vi', { label: { vi: 'Họ và tên' }, required: false, maxLength: 200 });
    const maxLength = inside(element).querySelector<HTMLInputElement>('input[id$=maxLength]');
    expect(maxLength, 'the maximum length field').not.to.equal(null);
    let change = nextChange(element);
    type(maxLength!, '50');
    expect((await change).formData).to.deep.include({ maxLength: 50 });

    const label = inside(element).querySelector<HTMLInputElement>('input[id$=label_vi]');
    change = nextChange(element);
    type(label!, '');
    const { errors } = await change;
    const missing = errors.find((issue: ValidationIssue) => issue.path === '/label/vi');
    expect(missing, JSON.stringify(errors)).not.to.equal(undefined);
    expect(missing!.message.vi).to.match(/^Vui lòng.*“Tiếng Việt”/);
    expect(missing!.message.en).to.match(/“Vietnamese”/);
  });

  it('shows core’s plain message beside the field at fault, not ajv’s', async () => {
    const element = await panel('en', { label: { vi: 'Họ và tên' }, required: false, maxLength: 200 });
    const maxLength = inside(element).querySelector<HTMLInputElement>('input[id$=maxLength]');
    type(maxLength!, '-3');
    await until(() => inside(element).querySelector('.error-detail') !== null);
    const shown = inside(element).querySelector('.error-detail')?.textContent ?? '';
    expect(shown).not.to.match(/must be >=/);
    expect(shown.length).to.be.greaterThan(0);
  });
});

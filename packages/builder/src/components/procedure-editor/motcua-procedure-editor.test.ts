import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, jsonTextOf, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { draftCopy, freshCode } from '../../test-support/procedures.js';
import type { MotcuaProcedureEditor } from './motcua-procedure-editor.component.js';

const SOURCE = '2.000815';
const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const jsonView = (element: MotcuaProcedureEditor) => shadow(element).querySelector('motcua-json-view') as HTMLElement;
const json = (element: MotcuaProcedureEditor) => jsonTextOf(element) as HTMLTextAreaElement;
const problems = (element: MotcuaProcedureEditor) => [...shadow(element).querySelectorAll('[part=problems] li')].map((li) => li.textContent?.trim());
const saveButton = (element: MotcuaProcedureEditor) => [...shadow(element).querySelectorAll('[part=toolbar] button')].find((b) => b.textContent === 'Lưu ngay') as HTMLButtonElement;
const saveStatus = (element: MotcuaProcedureEditor) => shadow(element).querySelector('[part=save-status]')?.textContent ?? '';
const preview = (element: MotcuaProcedureEditor) => shadow(element).querySelector('motcua-form');
/** The labels the citizen reads in the preview form. */
const labels = (element: MotcuaProcedureEditor) => [...(preview(element)?.shadowRoot?.querySelectorAll('label, legend') ?? [])].map((label) => label.textContent?.trim() ?? '');

/** Chooses the preview switch's radio button for `value` as an officer does, by keyboard or pointer. */
async function switchPreview(element: MotcuaProcedureEditor, value: string): Promise<void> {
  const radio = shadow(element).querySelector(`[part=preview] input[value="${value}"]`) as HTMLInputElement;
  radio.click();
  await element.updateComplete;
}

/** The preview form's control for the answer at `pointer`. */
const previewControl = (element: MotcuaProcedureEditor, pointer: string) => preview(element)?.shadowRoot?.querySelector(`[name="${pointer}"]`) as HTMLInputElement | null;
const feeTotal = (element: MotcuaProcedureEditor) => preview(element)?.shadowRoot?.querySelector('[part="fee-total"]')?.textContent ?? '';

/** What the builder knows of a procedure when an officer opens it from the list. */
async function overview(code: string): Promise<{ code: string; hasDraft: boolean; latestVersion: number | null }> {
  const { items } = (await (await fetch('/api/v1/admin/procedures')).json()) as { items: { code: string; hasDraft: boolean; latestVersion: number | null }[] };
  const found = items.find((item) => item.code === code);
  if (!found) throw new Error(`${code} is not in the list`);
  return found;
}

/** A copy of 2.000815 of its own, so what a test saves never reaches another. */
async function copied(): Promise<string> {
  const code = freshCode('E');
  await draftCopy(SOURCE, code);
  return code;
}

async function opened(code: string, locale = 'vi'): Promise<MotcuaProcedureEditor> {
  const element = fixture<MotcuaProcedureEditor>(`<motcua-procedure-editor locale="${locale}"></motcua-procedure-editor>`);
  element.procedure = await overview(code);
  await until(() => jsonTextOf(element) !== null && labels(element).length > 0);
  return element;
}

/** The parts of 2.000815's definition the tests change. */
interface Definition {
  name?: unknown;
  serviceLevel?: unknown;
  form: { schema: { properties: { hoTen: { title: string } } } };
}

/** Types a new text into the JSON view and waits for the check that follows a pause (none follows text that is not JSON). */
async function edit(element: MotcuaProcedureEditor, change: (definition: Definition) => void | string): Promise<void> {
  const definition = JSON.parse(json(element).value) as Definition;
  const text = change(definition) ?? JSON.stringify(definition, null, 2);
  const before = element.check;
  json(element).value = text;
  json(element).dispatchEvent(new InputEvent('input'));
  await until(() => element.check !== before || element.unparsed);
  await element.updateComplete;
}

describe('<motcua-procedure-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with its tabs and preview', async () => {
    const element = await opened(await copied());
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('shows the whole definition as JSON and the real form for it', async () => {
    const code = await copied();
    const element = await opened(code);
    expect(JSON.parse(json(element).value)).to.include({ code, formatVersion: 1 });
    expect(shadow(element).querySelector('[part=problems]')?.textContent).to.equal('Định nghĩa hợp lệ.');
    expect(labels(element)).to.include('Họ và tên người yêu cầu');
  });

  it('round-trips an edit: the preview shows the new label at once, it is saved by itself, and a reload finds it', async () => {
    const title = 'Họ và tên của người đề nghị chứng thực';
    const code = await copied();
    const element = await opened(code);
    await edit(element, (definition) => {
      definition.form.schema.properties.hoTen.title = title;
    });
    await until(() => labels(element).includes(title));
    const publishing = () => shadow(element).querySelector('motcua-publish-panel')?.shadowRoot;
    await until(() => /Đã lưu bản nháp lúc/.test(saveStatus(element)));
    await until(() => publishing()?.querySelector('button')?.textContent === 'Kiểm tra trước khi công bố');
    cleanup();

    const reloaded = await opened(code);
    expect(JSON.parse(json(reloaded).value).form.schema.properties.hoTen.title).to.equal(title);
    expect(labels(reloaded)).to.include(title);
    expect((await overview(code)).hasDraft).to.equal(true, 'the list says it has a draft');
  });

  it('publishes the draft it saved, then makes a new draft of the next edit, with no conflict over the draft publishing used up', async () => {
    const code = await copied();
    const element = await opened(code);
    await edit(element, (definition) => {
      definition.form.schema.properties.hoTen.title = 'Tên khi công bố';
    });
    await until(() => /Đã lưu bản nháp lúc/.test(saveStatus(element)));
    const panel = () => shadow(element).querySelector('motcua-publish-panel')?.shadowRoot;
    const press = async (label: string) => {
      await until(() => [...(panel()?.querySelectorAll('button') ?? [])].some((b) => b.textContent === label));
      [...(panel()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label)?.click();
    };
    await press('Kiểm tra trước khi công bố');
    await press('Công bố phiên bản mới');
    await until(() => (element.procedure?.latestVersion ?? null) !== null && element.procedure?.hasDraft === false);

    await edit(element, (definition) => {
      definition.form.schema.properties.hoTen.title = 'Tên sau khi công bố';
    });
    await until(() => /Đã lưu bản nháp lúc/.test(saveStatus(element)));
    expect(shadow(element).querySelector('#keep-mine')).to.equal(null);
    expect((await overview(code)).hasDraft).to.equal(true);
  });

  it('lists each problem at its path as the officer types, and the preview keeps the last valid form', async () => {
    const element = await opened(await copied());
    await edit(element, (definition) => {
      definition.form.schema.properties.hoTen.title = 'Tên mới chưa lưu';
      definition.serviceLevel = 'năm ngày';
    });
    expect(problems(element).some((problem) => problem?.startsWith('/serviceLevel'))).to.equal(true, String(problems(element)));
    expect(shadow(element).querySelector('.notice')?.textContent).to.equal('Bản nháp đang có lỗi: bản xem trước là bản hợp lệ gần nhất.');
    expect(labels(element)).not.to.include('Tên mới chưa lưu');
    await until(() => /^Đã lưu bản nháp lúc .+, còn \d+ lỗi\.$/.test(saveStatus(element)));

    await edit(element, (definition) => `${JSON.stringify(definition)} }`);
    expect(shadow(jsonView(element)).querySelector('[role=alert]')?.textContent).to.match(/^Không phải JSON hợp lệ: .+ Các thay đổi từ đây chưa được áp dụng\.$/);
    expect(json(element).getAttribute('aria-invalid')).to.equal('true');
    expect(saveStatus(element)).to.equal('Nội dung JSON đang gõ chưa hợp lệ nên chưa được lưu.');
    expect(saveButton(element).disabled).to.equal(true);
  });

  it('words its problems in English for an English-speaking officer', async () => {
    const element = await opened(await copied(), 'en');
    await edit(element, (definition) => {
      delete definition.name;
    });
    expect(shadow(element).querySelector('[part=problems] h3')?.textContent).to.match(/problems to fix$/);
    expect(problems(element).join('\n')).to.match(/name/i);
    expect(shadow(element).querySelector('.notice')?.textContent).to.equal('The draft has problems: the preview shows the last valid version.');
  });

  it('previews the form at a phone’s width, and in English, keeping the same form', async () => {
    const element = await opened(await copied());
    const form = preview(element);
    await switchPreview(element, 'phone');
    expect(form?.getBoundingClientRect().width).to.be.at.most(360);
    await switchPreview(element, 'en');
    await until(() => labels(element).includes("Applicant's full name"));
    expect(preview(element)).to.equal(form, 'the preview form is not re-created');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    await switchPreview(element, 'desktop');
    expect(preview(element)?.getBoundingClientRect().width).to.be.greaterThan(360);
  });

  it('works out the fee from the test answers, and keeps them across a change of width or language', async () => {
    const element = await opened(await copied());
    await until(() => feeTotal(element) !== '');
    const before = feeTotal(element);
    const pages = previewControl(element, '/banSao/0/soTrang') as HTMLInputElement;
    pages.focus();
    pages.value = '3';
    pages.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    pages.blur();
    await until(() => feeTotal(element) !== before);
    const after = feeTotal(element);
    await switchPreview(element, 'phone');
    await switchPreview(element, 'en');
    await until(() => labels(element).some((label) => label.startsWith('Applicant')));
    expect(previewControl(element, '/banSao/0/soTrang')?.value).to.equal('3');
    await until(() => feeTotal(element) !== '');
    expect(feeTotal(element).replace(/\D/g, '')).to.equal(after.replace(/\D/g, ''), 'the same fee, in English');
  });
});

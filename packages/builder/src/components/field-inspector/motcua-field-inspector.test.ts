import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { sendKeys } from '@web/test-runner-commands';
import { accessibilityViolations, cleanup, fixture, jsonTextOf, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { draftCopy, freshCode } from '../../test-support/procedures.js';
import { announced, enter, inside, inspector, inspectorPanel, itemButton, openDesigner, sampleDefinition, select, settle } from '../form-designer/designer-test-support.js';
import type { MotcuaFormDesigner } from '../form-designer/motcua-form-designer.component.js';
import { EDITOR_VIEWS } from '../procedure-editor/editor-views.js';
import type { MotcuaProcedureEditor } from '../procedure-editor/motcua-procedure-editor.component.js';

const last = (changes: ProcedureDefinition[]): ProcedureDefinition => changes[changes.length - 1] as ProcedureDefinition;
const schemaOf = (definition: ProcedureDefinition) => definition.form.schema as Record<string, any>;

async function panelInput(designer: MotcuaFormDesigner, suffix: string): Promise<HTMLInputElement> {
  const panel = await inspectorPanel(designer);
  const input = panel.querySelector<HTMLInputElement>(`[id$="${suffix}"]`);
  if (!input) throw new Error(`no inspector input ending in ${suffix}`);
  return input;
}

const nameInput = (designer: MotcuaFormDesigner): HTMLInputElement => inspector(designer).querySelector('#answer-name') as HTMLInputElement;
const renameButton = (designer: MotcuaFormDesigner): HTMLButtonElement => inspector(designer).querySelector('[data-action=rename-answer]') as HTMLButtonElement;

/** The sample with a fee charged per copy only when there are copies, and a document asked for from two copies on: three places naming `soBan`. */
function copiesDefinition(): ProcedureDefinition {
  const onCopies = (test: Record<string, unknown>) => ({ properties: { answers: { properties: { soBan: test }, required: ['soBan'] } }, required: ['answers'] });
  return {
    ...sampleDefinition(),
    fees: [{ id: 'sao-y', kind: 'fee', label: { vi: 'Phí sao y' }, when: onCopies({ minimum: 1 }), rule: { type: 'per-unit', quantity: '/soBan', amount: 2000 } }],
    documents: [{ id: 'giay-uy-quyen', name: { vi: 'Giấy ủy quyền' }, when: onCopies({ minimum: 2 }) }],
  };
}

/** The inspector is given its question by the designer, whose outline knows each question's type from core's registry. */
describe('<motcua-field-inspector>', () => {
  before(loadBuilder);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks on a question, in vi and en', async () => {
    for (const locale of ['vi', 'en']) {
      const { designer } = await openDesigner(sampleDefinition(), locale);
      await select(designer, locale === 'vi' ? 'Giấy tờ' : 'Papers');
      await inspectorPanel(designer);
      expect(await accessibilityViolations(inside(designer).querySelector('motcua-field-inspector') as Element), locale).to.deep.equal([]);
      cleanup();
    }
  });

  it('passes axe’s checks with a refused answer name shown', async () => {
    const { designer } = await openDesigner(sampleDefinition(), 'en');
    await select(designer, 'Copies');
    await settle(designer);
    enter(nameInput(designer), 'hoTen');
    renameButton(designer).click();
    await settle(designer);
    expect(inspector(designer).querySelector('[part=answer-name-error]')).to.be.instanceOf(HTMLElement);
    expect(await accessibilityViolations(inside(designer).querySelector('motcua-field-inspector') as Element)).to.deep.equal([]);
  });

  it('turns inspector edits into a new definition: labels in vi and en, required, a pattern preset', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await select(designer, 'Số bản');
    enter(await panelInput(designer, 'label_vi'), 'Số bản cần cấp');
    await until(() => changes.length === 1);
    expect(schemaOf(last(changes)).properties.soBan).to.deep.equal({ type: 'integer', title: 'Số bản cần cấp', minimum: 1 });
    enter(await panelInput(designer, 'label_en'), 'Copies wanted');
    await until(() => changes.length === 2);
    expect(last(changes).form.i18n?.en?.['/schema/properties/soBan/title']).to.equal('Copies wanted');
    (await panelInput(designer, 'required')).click();
    await until(() => changes.length === 3);
    expect(schemaOf(last(changes)).required).to.deep.equal(['hoTen', 'nguoiUyQuyen', 'soBan']);
    await designer.updateComplete;
    expect(itemButton(designer, 'Số bản cần cấp')).to.be.instanceOf(HTMLButtonElement);

    await select(designer, 'Họ và tên');
    const panel = await inspectorPanel(designer);
    await until(() => panel.querySelector('select[id$=patternPreset]') !== null);
    const preset = panel.querySelector('select[id$=patternPreset]') as HTMLSelectElement;
    const citizenId = [...preset.options].find((option) => option.textContent?.trim() === 'Số định danh cá nhân (12 chữ số)');
    enter(preset, citizenId?.value ?? '');
    await until(() => changes.length === 4);
    expect(schemaOf(last(changes)).properties.hoTen).to.deep.equal({ type: 'string', title: 'Họ và tên', minLength: 1, maxLength: 100, pattern: '^[0-9]{12}$' });
  });

  it('shows the registry’s refusal beside the inspector and leaves the definition as it was', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition(), 'en');
    await select(designer, 'Copies');
    enter(await panelInput(designer, 'maximum'), '0');
    await until(() => inspector(designer).querySelector('[part=field-error]') !== null);
    expect(inspector(designer).querySelector('[part=field-error]')?.textContent).to.contain('the lower bound (1) is above the upper bound (0)');
    expect(changes).to.have.length(0);
  });

  it('edits a page’s title in vi and en, moves it earlier, and deletes a page, its questions going to the page beside it', async () => {
    const definition = sampleDefinition();
    definition.form.uiSchema = { ...definition.form.uiSchema, 'ui:pages': [{ title: 'Người nộp', fields: ['hoTen', 'coUyQuyen', 'soBan'] }, { title: 'Giấy tờ', fields: ['nguoiUyQuyen', 'giayTo'] }] };
    const { designer, changes } = await openDesigner(definition);
    (inside(designer).querySelector('button.select[data-key="page:1"]') as HTMLButtonElement).click();
    await designer.updateComplete;
    enter(await panelInput(designer, 'label_en'), 'Papers');
    await until(() => changes.length === 1);
    expect(last(changes).form.i18n?.en?.['/uiSchema/ui:pages/1/title']).to.equal('Papers');
    (inspector(designer).querySelector('[data-action=page-earlier]') as HTMLButtonElement).click();
    await designer.updateComplete;
    expect(last(changes).form.uiSchema?.['ui:pages']).to.deep.equal([{ title: 'Giấy tờ', fields: ['nguoiUyQuyen', 'giayTo'] }, { title: 'Người nộp', fields: ['hoTen', 'coUyQuyen', 'soBan'] }]);
    expect(last(changes).form.i18n?.en?.['/uiSchema/ui:pages/0/title']).to.equal('Papers');
    expect((inside(designer).activeElement as HTMLElement).dataset.key).to.equal('page:0');
    (inside(designer).querySelector('button.select[data-key="page:1"]') as HTMLButtonElement).click();
    await settle(designer);
    (inspector(designer).querySelector('[data-action=delete-page]') as HTMLButtonElement).click();
    await designer.updateComplete;
    expect(last(changes).form.uiSchema?.['ui:pages']).to.deep.equal([{ title: 'Giấy tờ', fields: ['nguoiUyQuyen', 'giayTo', 'hoTen', 'coUyQuyen', 'soBan'] }]);
    expect(last(changes).form.i18n?.en).to.deep.include({ '/uiSchema/ui:pages/0/title': 'Papers' }).and.not.have.property('/uiSchema/ui:pages/1/title');
    expect(inside(designer).activeElement?.id).to.equal('canvas-heading');
  });


  it('changes only what the officer changed: a short text with no pattern gets none at its first edit', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await select(designer, 'Họ và tên');
    enter(await panelInput(designer, 'label_vi'), 'Họ và tên người nộp');
    await until(() => changes.length > 0);
    expect(changes).to.have.length(1);
    expect(schemaOf(last(changes)).properties.hoTen).to.deep.equal({ type: 'string', title: 'Họ và tên người nộp', minLength: 1, maxLength: 100 });
  });

  it('renames a question’s answer: the fee’s condition and quantity and the document’s condition follow, the question stays selected', async () => {
    const { designer, changes } = await openDesigner(copiesDefinition());
    await select(designer, 'Số bản');
    await settle(designer);
    expect(nameInput(designer).value).to.equal('soBan');
    expect(inspector(designer).querySelector('label[for=answer-name]')?.textContent).to.equal('Tên dữ liệu của câu trả lời');
    expect(nameInput(designer).getAttribute('aria-describedby')).to.equal('answer-name-hint');
    enter(nameInput(designer), 'soBanSao');
    renameButton(designer).click();
    await settle(designer);
    expect(changes).to.have.length(1);
    const renamed = last(changes);
    const onCopies = (test: Record<string, unknown>) => ({ properties: { answers: { properties: { soBanSao: test }, required: ['soBanSao'] } }, required: ['answers'] });
    expect(renamed.fees?.[0]?.when).to.deep.equal(onCopies({ minimum: 1 }));
    expect(renamed.fees?.[0]?.rule).to.deep.equal({ type: 'per-unit', quantity: '/soBanSao', amount: 2000 });
    expect(renamed.documents?.[0]?.when).to.deep.equal(onCopies({ minimum: 2 }));
    expect(Object.keys(schemaOf(renamed).properties)).to.deep.equal(['hoTen', 'coUyQuyen', 'soBanSao', 'nguoiUyQuyen', 'giayTo']);
    expect(JSON.parse(JSON.stringify(renamed))).to.deep.equal(renamed);
    expect(designer.selected).to.equal('/properties/soBanSao');
    expect(nameInput(designer).value).to.equal('soBanSao');
    expect(announced(designer)).to.equal('Đã đổi tên dữ liệu “soBan” thành “soBanSao”.');
  });

  it('renames a question inside a section and one inside a repeating group’s entry, and only those', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition(), 'en');
    await select(designer, 'Their name');
    await settle(designer);
    enter(nameInput(designer), 'hoTen');
    renameButton(designer).click();
    await until(() => changes.length === 1);
    expect(schemaOf(last(changes)).properties.nguoiUyQuyen.required).to.deep.equal(['hoTen']);
    expect(last(changes).form.i18n?.en?.['/schema/properties/nguoiUyQuyen/properties/hoTen/title']).to.equal('Their name');
    expect(schemaOf(last(changes)).properties.hoTen.title).to.equal('Họ và tên');
    await select(designer, 'Tên giấy tờ');
    await settle(designer);
    enter(nameInput(designer), 'tenGiayToCanNop');
    renameButton(designer).click();
    await until(() => changes.length === 2);
    expect(Object.keys(schemaOf(last(changes)).properties.giayTo.items.properties)).to.deep.equal(['tenGiayToCanNop']);
    expect(designer.selected).to.equal('/properties/giayTo/items/properties/tenGiayToCanNop');
  });

  it('shows a clash or an invalid name by the input, in the officer’s language, and fires nothing', async () => {
    const { designer, changes } = await openDesigner(copiesDefinition());
    await select(designer, 'Số bản');
    await settle(designer);
    enter(nameInput(designer), 'hoTen');
    renameButton(designer).click();
    await settle(designer);
    const error = () => inspector(designer).querySelector('#answer-name-error')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(error()).to.equal('Chưa đổi tên: Đã có một câu hỏi tên “hoTen” ở cùng chỗ trong biểu mẫu; hãy chọn tên khác.');
    expect(nameInput(designer).getAttribute('aria-invalid')).to.equal('true');
    expect(nameInput(designer).getAttribute('aria-describedby')).to.equal('answer-name-hint answer-name-error');
    designer.locale = 'en';
    await settle(designer);
    expect(error()).to.equal('Not renamed: Another question in the same place of the form is already named “hoTen”; choose another name.');
    enter(nameInput(designer), 'số bản');
    renameButton(designer).click();
    await settle(designer);
    expect(error()).to.contain('“số bản” cannot be an answer name: use only letters without diacritics');
    expect(nameInput(designer).value).to.equal('số bản');
    expect(changes).to.have.length(0);
    expect(designer.selected).to.equal('/properties/soBan');
  });

  it('renames by keyboard alone: the new name typed, then Enter', async () => {
    const { designer, changes } = await openDesigner(copiesDefinition(), 'en');
    itemButton(designer, 'Copies').focus();
    await sendKeys({ press: 'Enter' });
    await settle(designer);
    nameInput(designer).focus();
    nameInput(designer).select();
    await sendKeys({ type: 'numberOfCopies' });
    await sendKeys({ press: 'Enter' });
    await until(() => changes.length === 1);
    expect(last(changes).fees?.[0]?.rule).to.deep.equal({ type: 'per-unit', quantity: '/numberOfCopies', amount: 2000 });
    await settle(designer);
    expect(designer.selected).to.equal('/properties/numberOfCopies');
    expect(inspector(designer).activeElement).to.equal(nameInput(designer));
  });
});

describe('<motcua-field-inspector> in the procedure editor', () => {
  before(loadBuilder);
  beforeEach(signIn);
  afterEach(cleanup);

  it('a rename is one step of the editor’s history: the JSON view shows it, Undo brings the old name back everywhere', async () => {
    const code = freshCode('R');
    await draftCopy('2.000815', code);
    const editor = fixture<MotcuaProcedureEditor>('<motcua-procedure-editor></motcua-procedure-editor>');
    editor.views = EDITOR_VIEWS.filter((view) => view.id === 'form' || view.id === 'json');
    editor.procedure = { code, hasDraft: true, latestVersion: null, status: 'draft' };
    const designer = () => inside(editor).querySelector('motcua-form-designer') as MotcuaFormDesigner | null;
    await until(() => designer()?.shadowRoot?.querySelector('button.select') instanceof HTMLButtonElement);
    await select(designer() as MotcuaFormDesigner, 'Số bản cần chứng thực');
    await settle(designer() as MotcuaFormDesigner);
    enter(nameInput(designer() as MotcuaFormDesigner), 'soBanCanChungThuc');
    renameButton(designer() as MotcuaFormDesigner).click();
    await editor.updateComplete;
    (inside(editor).querySelector('#tab-json') as HTMLButtonElement).click();
    await editor.updateComplete;
    const json = () => JSON.parse((jsonTextOf(editor) as HTMLTextAreaElement).value) as ProcedureDefinition;
    await until(() => json().fees?.[0]?.multiplier === '/soBanCanChungThuc');
    expect(Object.keys(schemaOf(json()).properties.banSao.items.properties)).to.deep.equal(['tenGiayTo', 'soTrang', 'soBanCanChungThuc']);
    expect(json().form.i18n?.en?.['/schema/properties/banSao/items/properties/soBanCanChungThuc/title']).to.equal('Number of certified copies');
    ([...inside(editor).querySelectorAll('[part=toolbar] button')].find((button) => button.textContent === 'Hoàn tác') as HTMLButtonElement).click();
    await until(() => json().fees?.[0]?.multiplier === '/soBan');
    expect(Object.keys(schemaOf(json()).properties.banSao.items.properties)).to.deep.equal(['tenGiayTo', 'soTrang', 'soBan']);
  });
});

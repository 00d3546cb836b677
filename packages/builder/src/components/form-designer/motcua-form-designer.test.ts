import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { accessibilityViolations, cleanup, loadBuilder, signIn } from '../../test-support/browser.js';
import { act, announced, inspectorPanel, drag, focused, inside, itemButton, openDesigner, paletteButton, sampleDefinition, select, tree } from './designer-test-support.js';

const last = (changes: ProcedureDefinition[]): ProcedureDefinition => changes[changes.length - 1] as ProcedureDefinition;
const schemaOf = (definition: ProcedureDefinition) => definition.form.schema as Record<string, any>;

describe('<motcua-form-designer>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with a question selected and its inspector open, in vi and en', async () => {
    for (const locale of ['vi', 'en']) {
      const { designer } = await openDesigner(sampleDefinition(), locale);
      await select(designer, locale === 'vi' ? 'Họ và tên' : 'Full name');
      await inspectorPanel(designer);
      expect(await accessibilityViolations(designer), locale).to.deep.equal([]);
      cleanup();
    }
  });

  it('draws the form’s structure: sections and groups with their questions, labels in the officer’s language', async () => {
    const { designer } = await openDesigner(sampleDefinition(), 'en');
    expect(tree(designer)).to.deep.equal(['Full name', 'Filing for someone else', 'Copies', 'The person represented', '  Their name', 'Papers', '  Tên giấy tờ']);
    expect(itemButton(designer, 'Copies').textContent).to.contain('Number');
    expect(itemButton(designer, 'The person represented').textContent).to.contain('Section');
    expect(itemButton(designer, 'Papers').textContent).to.contain('Repeating group');
  });

  it('adds a question by keyboard after the selected one, or inside the selected section', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await select(designer, 'Họ và tên');
    paletteButton(designer, 'date').click();
    await designer.updateComplete;
    expect(tree(designer).slice(0, 3)).to.deep.equal(['Họ và tên', 'Ngày', 'Nộp thay người khác']);
    expect(schemaOf(last(changes)).properties.ngay).to.deep.equal({ type: 'string', title: 'Ngày', format: 'date' });
    expect(last(changes).form.i18n?.en?.['/schema/properties/ngay/title']).to.equal('Date');
    expect(announced(designer)).to.equal('Đã thêm “Ngày”.');

    await select(designer, 'Người ủy quyền');
    const where = inside(designer).querySelector('#where') as HTMLSelectElement;
    where.value = 'inside';
    where.dispatchEvent(new Event('change'));
    paletteButton(designer, 'phone').click();
    await designer.updateComplete;
    expect(tree(designer).join('\n')).to.contain(['Người ủy quyền', '  Tên người ủy quyền', '  Số điện thoại di động'].join('\n'));
    expect(schemaOf(last(changes)).properties.nguoiUyQuyen.properties.soDienThoaiDiDong.pattern).to.equal('^(0|\\+84)(3|5|7|8|9)[0-9]{8}$');
    expect(last(changes).form.uiSchema?.nguoiUyQuyen).to.deep.equal({ soDienThoaiDiDong: { 'ui:widget': 'phone', 'ui:placeholder': '0912345678' } });
  });

  it('adds a question dropped from the palette where it is dropped', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await drag(designer, paletteButton(designer, 'money'), () => inside(designer).querySelector('.drop[data-object=""][data-index="1"]') as Element);
    expect(tree(designer).slice(0, 3)).to.deep.equal(['Họ và tên', 'Số tiền', 'Nộp thay người khác']);
    expect(schemaOf(last(changes)).properties.soTien).to.deep.equal({ type: 'integer', title: 'Số tiền', minimum: 0 });
    expect(last(changes).form.uiSchema?.['ui:order']).to.deep.equal(['hoTen', 'soTien', 'coUyQuyen', 'soBan', 'nguoiUyQuyen', 'giayTo']);

    await drag(designer, paletteButton(designer, 'long-text'), () => inside(designer).querySelector('.drop[data-object="/properties/giayTo/items"][data-index="1"]') as Element);
    expect(tree(designer).slice(-3)).to.deep.equal(['Giấy tờ', '  Tên giấy tờ', '  Văn bản dài']);
    expect(last(changes).form.uiSchema?.giayTo).to.deep.equal({ items: { vanBanDai: { 'ui:widget': 'textarea' } } });
  });

  it('moves a question by dragging it into a section, its translations with it', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition(), 'en');
    const row = itemButton(designer, 'Copies').parentElement as Element;
    await drag(designer, row, () => inside(designer).querySelector('.drop[data-object="/properties/nguoiUyQuyen"][data-index="0"]') as Element);
    expect(tree(designer)).to.deep.equal(['Full name', 'Filing for someone else', 'The person represented', '  Copies', '  Their name', 'Papers', '  Tên giấy tờ']);
    const form = last(changes).form;
    expect(schemaOf(last(changes)).properties.soBan).to.equal(undefined);
    expect(form.i18n?.en?.['/schema/properties/nguoiUyQuyen/properties/soBan/title']).to.equal('Copies');
    expect(form.i18n?.en).not.to.have.property('/schema/properties/soBan/title');
    expect(form.uiSchema?.nguoiUyQuyen).to.deep.equal({ 'ui:order': ['soBan', 'tenNguoiUyQuyen'] });
  });

  it('reorders and nests by keyboard, focus following the question and the move announced', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await select(designer, 'Số bản');
    await act(designer, 'up');
    expect(tree(designer).slice(0, 3)).to.deep.equal(['Họ và tên', 'Số bản', 'Nộp thay người khác']);
    expect((focused(designer) as HTMLElement).dataset.key).to.equal('/properties/soBan');
    expect(announced(designer)).to.equal('Đã chuyển “Số bản” tới vị trí 2 trên 5 trong “biểu mẫu”.');

    itemButton(designer, 'Số bản').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    await designer.updateComplete;
    expect(tree(designer).slice(0, 3)).to.deep.equal(['Họ và tên', 'Nộp thay người khác', 'Số bản']);

    await act(designer, 'down');
    await act(designer, 'into');
    expect(tree(designer).join('\n')).to.contain(['Người ủy quyền', '  Tên người ủy quyền', '  Số bản'].join('\n'));
    expect((focused(designer) as HTMLElement).dataset.key).to.equal('/properties/nguoiUyQuyen/properties/soBan');
    expect(announced(designer)).to.equal('Đã chuyển “Số bản” tới vị trí 2 trên 2 trong “Người ủy quyền”.');

    await act(designer, 'out');
    expect(tree(designer)).to.deep.equal(['Họ và tên', 'Nộp thay người khác', 'Người ủy quyền', '  Tên người ủy quyền', 'Số bản', 'Giấy tờ', '  Tên giấy tờ']);
    expect(schemaOf(last(changes)).properties.soBan).to.deep.equal({ type: 'integer', title: 'Số bản', minimum: 1 });
  });

  it('deletes the selected question, focus going to the next one and the change left for the shell to undo', async () => {
    const original = sampleDefinition();
    const { designer, changes } = await openDesigner(original);
    await select(designer, 'Người ủy quyền');
    await act(designer, 'delete');
    expect(tree(designer)).to.deep.equal(['Họ và tên', 'Nộp thay người khác', 'Số bản', 'Giấy tờ', '  Tên giấy tờ']);
    expect(schemaOf(last(changes)).required).to.deep.equal(['hoTen']);
    expect(Object.keys(last(changes).form.i18n?.en ?? {}).some((key) => key.includes('nguoiUyQuyen'))).to.equal(false);
    expect((focused(designer) as HTMLElement).dataset.key).to.equal('/properties/giayTo');
    expect(announced(designer)).to.equal('Đã xoá “Người ủy quyền”. Có thể hoàn tác.');
    expect(original, 'the definition it was given').to.deep.equal(sampleDefinition());
  });

  it('moves a question across pages by keyboard, and drops a new one onto a page', async () => {
    const definition = sampleDefinition();
    definition.form.uiSchema = { ...definition.form.uiSchema, 'ui:pages': [{ title: 'Người nộp', fields: ['hoTen', 'coUyQuyen', 'soBan'] }, { title: 'Giấy tờ', fields: ['nguoiUyQuyen', 'giayTo'] }] };
    const { designer, changes } = await openDesigner(definition);
    expect([...inside(designer).querySelectorAll('.page h4')].map((h) => h.textContent?.trim())).to.deep.equal(['Trang 1: Người nộp', 'Trang 2: Giấy tờ']);
    await select(designer, 'Số bản');
    await act(designer, 'down');
    const pages = () => ((last(changes).form.uiSchema ?? {})['ui:pages'] as { fields: string[] }[]).map((page) => page.fields);
    expect(pages()).to.deep.equal([['hoTen', 'coUyQuyen'], ['soBan', 'nguoiUyQuyen', 'giayTo']]);
    expect(announced(designer)).to.equal('Đã chuyển “Số bản” tới vị trí 1 trên 3 trong “Trang 2: Giấy tờ”.');
    await act(designer, 'up');
    expect(pages()).to.deep.equal([['hoTen', 'coUyQuyen', 'soBan'], ['nguoiUyQuyen', 'giayTo']]);

    await drag(designer, paletteButton(designer, 'email'), () => inside(designer).querySelector('.drop[data-page="1"][data-index="1"]') as Element);
    expect(pages()).to.deep.equal([['hoTen', 'coUyQuyen', 'soBan'], ['nguoiUyQuyen', 'thuDienTu', 'giayTo']]);
    expect(tree(designer)).to.deep.equal(['Họ và tên', 'Nộp thay người khác', 'Số bản', 'Người ủy quyền', '  Tên người ủy quyền', 'Thư điện tử', 'Giấy tờ', '  Tên giấy tờ']);
  });

  it('tolerates a definition still without a form, and starts one at the first question', async () => {
    const { designer, changes } = await openDesigner({ code: 'moi', name: { vi: 'Mới' } } as unknown as ProcedureDefinition, 'en');
    expect(inside(designer).querySelector('[part=canvas] .empty')?.textContent).to.equal('The form has no questions yet.');
    paletteButton(designer, 'yes-no').click();
    await designer.updateComplete;
    expect(last(changes)).to.deep.include({ code: 'moi', name: { vi: 'Mới' } });
    expect(last(changes).form.schema).to.deep.equal({ type: 'object', properties: { coHoacKhong: { type: 'boolean', title: 'Có hoặc không', oneOf: [{ const: true, title: 'Có' }, { const: false, title: 'Không' }] } } });
    expect(tree(designer)).to.deep.equal(['Yes or no']);
  });

  it('round-trips through JSON: the parsed definition is the same and a new designer draws the same tree', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await select(designer, 'Số bản');
    await act(designer, 'down');
    await act(designer, 'into');
    paletteButton(designer, 'checkboxes').click();
    await designer.updateComplete;
    paletteButton(designer, 'page').click();
    await designer.updateComplete;
    const edited = last(changes);
    const parsed = JSON.parse(JSON.stringify(edited)) as ProcedureDefinition;
    expect(parsed).to.deep.equal(edited);
    const before = tree(designer);
    cleanup();
    const reopened = await openDesigner(parsed);
    expect(tree(reopened.designer)).to.deep.equal(before);
    expect(inside(reopened.designer).querySelector('.page h4')?.textContent?.trim()).to.equal('Trang 1: Trang');
  });
});

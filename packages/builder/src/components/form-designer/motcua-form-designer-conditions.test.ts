import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import type { MotcuaForm } from '@motcua/runtime';
import { accessibilityViolations, cleanup, fixture, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaFormDesigner } from './motcua-form-designer.component.js';
import { inside, inspector, inspectorPanel, itemButton, openDesigner, sampleDefinition, select, settle, tree } from './designer-test-support.js';

const last = (changes: ProcedureDefinition[]): ProcedureDefinition => changes[changes.length - 1] as ProcedureDefinition;
const schemaOf = (definition: ProcedureDefinition) => definition.form.schema as Record<string, any>;

/** The designer's condition editor, after choosing "only when". */
async function conditionEditor(designer: MotcuaFormDesigner): Promise<ShadowRoot> {
  const editor = inspector(designer).querySelector('motcua-condition-editor') as HTMLElement & { updateComplete: Promise<boolean> };
  await editor.updateComplete;
  const root = inside(editor);
  (root.querySelector('#when') as HTMLInputElement).click();
  await editor.updateComplete;
  return root;
}

/** Picks an option by its text, then lets the component that owns the select draw what follows. */
async function choose(list: HTMLSelectElement, label: string): Promise<void> {
  const option = [...list.options].find((each) => each.textContent?.trim() === label);
  if (!option) throw new Error(`no option ${label}`);
  list.value = option.value;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Publishes a definition under a fresh code and opens the citizens' form for it, as an agency's page would. */
async function publishedForm(definition: ProcedureDefinition): Promise<MotcuaForm> {
  const code = freshCode('D');
  const draft = await fetch(`/api/v1/admin/procedures/${code}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...definition, code }) });
  expect(draft.ok, 'the draft is saved').to.equal(true);
  const published = await fetch(`/api/v1/admin/procedures/${code}/publish`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  expect(published.status, await published.clone().text()).to.equal(201);
  const form = fixture<MotcuaForm>(`<motcua-form procedure="${code}"></motcua-form>`);
  await until(() => form.shadowRoot?.querySelector('input') !== null);
  return form;
}

const has = (form: MotcuaForm, name: string): boolean => form.shadowRoot?.querySelector(`[name="${CSS.escape(name)}"]`) instanceof HTMLElement;

async function answer(form: MotcuaForm, name: string, label: string): Promise<void> {
  const root = form.shadowRoot as ShadowRoot;
  const input = [...root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)].find((each) => root.querySelector(`label[for="${each.id}"]`)?.textContent?.trim() === label);
  input?.click();
  await form.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await form.updateComplete;
}

describe('<motcua-form-designer> conditions and problems', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe with the condition editor open on a section', async () => {
    const { designer } = await openDesigner(sampleDefinition());
    await select(designer, 'Người ủy quyền');
    await inspectorPanel(designer);
    await conditionEditor(designer);
    expect(await accessibilityViolations(designer)).to.deep.equal([]);
  });

  it('writes “show this section when …” as if/then in allOf, reads it back, and the citizens’ form shows and hides the section', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition());
    await select(designer, 'Người ủy quyền');
    const editor = await conditionEditor(designer);
    await choose(editor.querySelector('#subject') as HTMLSelectElement, 'Nộp thay người khác');
    await choose(editor.querySelector('#value') as HTMLSelectElement, 'Có');
    (editor.querySelector('[part=apply]') as HTMLButtonElement).click();
    await until(() => changes.length === 1);
    const schema = schemaOf(last(changes));
    expect(schema.allOf).to.deep.equal([
      {
        if: { properties: { coUyQuyen: { const: true } }, required: ['coUyQuyen'] },
        then: { properties: { nguoiUyQuyen: (sampleDefinition().form.schema.properties as Record<string, unknown>).nguoiUyQuyen }, required: ['nguoiUyQuyen'] },
      },
    ]);
    expect(schema.properties).not.to.have.property('nguoiUyQuyen');
    expect(schema.required).to.deep.equal(['hoTen']);
    expect(last(changes).form.i18n?.en?.['/schema/allOf/0/then/properties/nguoiUyQuyen/properties/tenNguoiUyQuyen/title']).to.equal('Their name');
    await designer.updateComplete;
    expect(itemButton(designer, 'Người ủy quyền').textContent).to.contain('hiện khi Nộp thay người khác là Có');

    const reopened = await openDesigner(JSON.parse(JSON.stringify(last(changes))) as ProcedureDefinition);
    expect(tree(reopened.designer)).to.deep.equal(tree(designer));
    await select(reopened.designer, 'Người ủy quyền');
    const readBack = inside(inspector(reopened.designer).querySelector('motcua-condition-editor') as Element);
    expect((readBack.querySelector('#when') as HTMLInputElement).checked).to.equal(true);
    expect((readBack.querySelector('#subject') as HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('Nộp thay người khác');

    const form = await publishedForm(last(changes));
    expect(has(form, '/nguoiUyQuyen/tenNguoiUyQuyen')).to.equal(false);
    await answer(form, '/coUyQuyen', 'Có');
    expect(has(form, '/nguoiUyQuyen/tenNguoiUyQuyen')).to.equal(true);
    await answer(form, '/coUyQuyen', 'Không');
    expect(has(form, '/nguoiUyQuyen/tenNguoiUyQuyen')).to.equal(false);
    expect(form.flow?.session.answers()).not.to.have.property('nguoiUyQuyen');
  });

  it('writes “greater than” for a number, says when the question it tests is deleted, and shows the question always again on request', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition(), 'en');
    await select(designer, 'Papers');
    const editor = await conditionEditor(designer);
    await choose(editor.querySelector('#subject') as HTMLSelectElement, 'Copies');
    const operator = editor.querySelector('#operator') as HTMLSelectElement;
    expect([...operator.options].map((option) => option.textContent)).to.deep.equal(['is', 'is not', 'is greater than']);
    await choose(operator, 'is greater than');
    await designer.updateComplete;
    const value = editor.querySelector('#value') as HTMLInputElement;
    expect(value.type).to.equal('number');
    value.value = '2';
    value.dispatchEvent(new InputEvent('input'));
    (editor.querySelector('[part=apply]') as HTMLButtonElement).click();
    await until(() => changes.length === 1);
    expect(schemaOf(last(changes)).allOf[0].if).to.deep.equal({ properties: { soBan: { exclusiveMinimum: 2 } }, required: ['soBan'] });
    await settle(designer);
    expect(itemButton(designer, 'Papers').textContent).to.contain('shown when Copies is greater than 2');

    await select(designer, 'Copies');
    (inside(designer).querySelector('.tools [data-action=delete]') as HTMLButtonElement).click();
    await settle(designer);
    expect(itemButton(designer, 'Papers').textContent).to.contain('its condition tests “soBan”, which is gone');
    await select(designer, 'Papers');
    await settle(designer);
    const again = inside(inspector(designer).querySelector('motcua-condition-editor') as Element);
    expect(again.querySelector('[part=lost]')?.textContent).to.contain('“soBan”');
    (again.querySelector('#always') as HTMLInputElement).click();
    await until(() => changes.length === 3);
    expect(schemaOf(last(changes)).allOf).to.equal(undefined);
    expect(schemaOf(last(changes)).properties.giayTo.title).to.equal('Giấy tờ');
    expect(tree(designer).slice(-2)).to.deep.equal(['Papers', '  Tên giấy tờ']);
  });

  it('says a hand-written condition is for the JSON view', async () => {
    const definition = sampleDefinition();
    const schema = definition.form.schema as Record<string, any>;
    schema.if = { properties: { soBan: { minimum: 3, multipleOf: 3 } }, required: ['soBan'] };
    schema.then = { properties: { ghiChu: { type: 'string', title: 'Ghi chú' } } };
    const { designer } = await openDesigner(definition);
    expect(itemButton(designer, 'Ghi chú').textContent).to.contain('điều kiện viết tay');
    await select(designer, 'Ghi chú');
    const editor = inside(inspector(designer).querySelector('motcua-condition-editor') as Element);
    expect(editor.querySelector('[part=by-hand]')?.textContent).to.contain('hãy sửa nó trong phần JSON');
  });

  it('shows the server’s verdict on the form by what it is about: an empty page under that page', async () => {
    const { designer, changes } = await openDesigner(sampleDefinition(), 'en');
    for (let i = 0; i < 2; i++) {
      (inside(designer).querySelector('button.type[data-type=page]') as HTMLButtonElement).click();
      await designer.updateComplete;
    }
    const code = freshCode('D');
    const response = await fetch(`/api/v1/admin/procedures/${code}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' }, body: JSON.stringify({ ...last(changes), code }) });
    const { validation } = (await response.json()) as { validation: { errors: { path: string; message: { vi: string; en: string } }[] } };
    expect(validation.errors.map((error) => error.path)).to.deep.equal(['/form/uiSchema/ui:pages/1']);
    designer.problems = validation.errors;
    await designer.updateComplete;
    const shown = inside(designer).querySelector('#page-1 + .problems');
    expect(shown?.textContent).to.contain('Each page needs a “title” and a non-empty “fields” list.');
  });
});

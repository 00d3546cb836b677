import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { accessibilityViolations, cleanup, loadBuilder, until } from '../../test-support/browser.js';
import { enter, inside, inspector, inspectorPanel, itemButton, openDesigner, sampleDefinition, select, settle } from '../form-designer/designer-test-support.js';
import type { MotcuaFormDesigner } from '../form-designer/motcua-form-designer.component.js';

const last = (changes: ProcedureDefinition[]): ProcedureDefinition => changes[changes.length - 1] as ProcedureDefinition;
const schemaOf = (definition: ProcedureDefinition) => definition.form.schema as Record<string, any>;

async function panelInput(designer: MotcuaFormDesigner, suffix: string): Promise<HTMLInputElement> {
  const panel = await inspectorPanel(designer);
  const input = panel.querySelector<HTMLInputElement>(`[id$="${suffix}"]`);
  if (!input) throw new Error(`no inspector input ending in ${suffix}`);
  return input;
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
});

import { expect } from '@esm-bundle/chai';
import type { ProcedureOverview } from '../../shared/builder-api.js';
import { accessibilityViolations, cleanup, fixture, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { fillNewProcedure, freshCode } from '../../test-support/procedures.js';
import type { MotcuaNewProcedure } from './motcua-new-procedure.component.js';

const shadow = (element: MotcuaNewProcedure) => element.shadowRoot as ShadowRoot;
const summary = (element: MotcuaNewProcedure) => [...shadow(element).querySelectorAll('[part=summary] a')].map((a) => a.textContent?.trim());
const message = (element: MotcuaNewProcedure, field: string) => shadow(element).querySelector(`#${field}-error`)?.textContent?.replace(/\s+/g, ' ').trim();

async function submitted(element: MotcuaNewProcedure, values: Parameters<typeof fillNewProcedure>[1]): Promise<void> {
  await fillNewProcedure(element, values);
  await until(() => element.busy);
  await until(() => !element.busy);
  await element.updateComplete;
}

describe('<motcua-new-procedure>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with its errors shown', async () => {
    const element = fixture<MotcuaNewProcedure>('<motcua-new-procedure></motcua-new-procedure>');
    await submitted(element, {});
    expect(summary(element)).to.have.length(3);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('says what is wrong GOV.UK style: a summary linking to each field, and each field’s message', async () => {
    const element = fixture<MotcuaNewProcedure>('<motcua-new-procedure></motcua-new-procedure>');
    await submitted(element, {});
    expect(summary(element)).to.deep.equal(['Nhập mã thủ tục', 'Nhập tên thủ tục bằng tiếng Việt', 'Nhập tên thủ tục bằng tiếng Anh']);
    expect(message(element, 'code')).to.equal('Lỗi: Nhập mã thủ tục');
    expect(shadow(element).querySelector('#code')?.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('summary');
    (shadow(element).querySelector('[part=summary] a') as HTMLAnchorElement).click();
    expect(shadow(element).activeElement?.id).to.equal('code');

    await submitted(element, { code: 'mã có dấu', nameVi: 'Thủ tục', nameEn: 'Procedure' });
    expect(summary(element)).to.deep.equal(['Mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch dưới hoặc gạch ngang, tối đa 40 ký tự']);
    expect(message(element, 'nameVi')).to.equal(undefined);
  });

  it('refuses a code already in use, in English when asked', async () => {
    const element = fixture<MotcuaNewProcedure>('<motcua-new-procedure locale="en"></motcua-new-procedure>');
    await submitted(element, { code: '2.000815', nameVi: 'Thủ tục', nameEn: 'Procedure' });
    expect(summary(element)).to.deep.equal(['Code 2.000815 is already used by another procedure']);
  });

  it('saves a valid draft from scratch under the code and names typed', async () => {
    const element = fixture<MotcuaNewProcedure>('<motcua-new-procedure></motcua-new-procedure>');
    const created = new Promise<ProcedureOverview>((resolve) => element.addEventListener('motcua-created', (event) => resolve((event as CustomEvent<ProcedureOverview>).detail), { once: true }));
    const code = freshCode('N');
    await fillNewProcedure(element, { code: ` ${code} `, nameVi: 'Cấp giấy phép thử nghiệm', nameEn: 'Trial licence' });
    expect(await created).to.include({ code, status: 'draft', hasDraft: true, latestVersion: null, name: 'Cấp giấy phép thử nghiệm' });
    const draft = (await (await fetch(`/api/v1/admin/procedures/${code}/draft`)).json()) as { definition: { name: unknown } };
    expect(draft.definition.name).to.deep.equal({ vi: 'Cấp giấy phép thử nghiệm', en: 'Trial licence' });
    const verdict = (await (await fetch(`/api/v1/admin/procedures/${code}/validate`, { method: 'POST' })).json()) as { valid: boolean; errors: unknown[] };
    expect(verdict).to.deep.equal({ valid: true, errors: [] });
  });

  it('creates from each template a draft the server finds valid, with the template’s form and documents', async () => {
    const element = fixture<MotcuaNewProcedure>('<motcua-new-procedure></motcua-new-procedure>');
    await element.updateComplete;
    const choices = [...shadow(element).querySelectorAll('[part=templates] label')].map((label) => label.textContent?.trim());
    expect(choices).to.deep.equal(['Thủ tục trống', 'Cấp giấy xác nhận', 'Đăng ký có danh sách thành viên', 'Gia hạn giấy phép']);
    const expected: Record<string, { sector: string; property: string; document: string }> = {
      certificate: { sector: 'ho-tich', property: 'noiDung', document: 'to-khai' },
      registration: { sector: 'ho-kinh-doanh', property: 'thanhVien', document: 'danh-sach' },
      renewal: { sector: 'xay-dung', property: 'giayPhep', document: 'don-trinh-bao' },
    };
    for (const [template, { sector, property, document }] of Object.entries(expected)) {
      const form = fixture<MotcuaNewProcedure>('<motcua-new-procedure></motcua-new-procedure>');
      await form.updateComplete;
      (shadow(form).querySelector(`#template-${template}`) as HTMLInputElement).click();
      const created = new Promise<ProcedureOverview>((resolve) => form.addEventListener('motcua-created', (event) => resolve((event as CustomEvent<ProcedureOverview>).detail), { once: true }));
      const code = freshCode('T');
      await fillNewProcedure(form, { code, nameVi: `Thủ tục mẫu ${template}`, nameEn: `Template ${template}` });
      expect(await created).to.include({ code, sector });
      const draft = (await (await fetch(`/api/v1/admin/procedures/${code}/draft`)).json()) as { definition: { form: { schema: { properties: object } }; documents: { id: string }[] } };
      expect(draft.definition.form.schema.properties).to.have.property(property);
      expect(draft.definition.documents.map((d) => d.id)).to.include(document);
      const verdict = (await (await fetch(`/api/v1/admin/procedures/${code}/validate`, { method: 'POST' })).json()) as { valid: boolean; errors: unknown[] };
      expect(verdict).to.deep.equal({ valid: true, errors: [] }, template);
    }
  });
});

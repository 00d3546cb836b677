import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createAjv, createDefinitionAjv } from '../ajv/create-ajv.js';
import { getByPointer } from '../json/json-pointer.js';
import type { Form, ProcedureDefinition } from '../procedure.types.js';
import { readField, readPage, writeField, writePage } from './field-placement.js';
import { validateProcedure } from '../validation/validate-procedure.js';
import { fieldTypeById, FIELD_TYPES } from './field-types.js';
import { PAGE_TYPE } from './page-type.js';

const catalogue = JSON.parse(
  readFileSync(new URL('../../../../catalogue/procedures/2.000815.json', import.meta.url), 'utf8'),
) as ProcedureDefinition;
const form = catalogue.form;
const validForm = createDefinitionAjv().getSchema('urn:motcua:schema:procedure#/$defs/Form');
assert.ok(validForm);

const type = (id: string) => fieldTypeById(id) ?? assert.fail(id);

/** What the validator asks of every overlay entry: it translates a Vietnamese text that is there. */
function assertOverlayResolves(edited: Form): void {
  for (const pointer of Object.keys(edited.i18n?.en ?? {})) {
    assert.equal(typeof getByPointer(edited, pointer), 'string', pointer);
  }
}

describe('reading and writing fields in a form', () => {
  it('an officer’s new English label lands in the form’s overlay, and nothing else changes', () => {
    const shortText = type('short-text');
    const field = readField(form, '/properties/hoTen');
    assert.ok(field);
    const values = shortText.toInspector(field);
    const edited = writeField(form, '/properties/hoTen', shortText.fromInspector({ ...values, label: { vi: 'Họ và tên', en: 'Full name' } }, field));
    assert.equal(edited.i18n?.en?.['/schema/properties/hoTen/title'], 'Full name');
    assert.equal(getByPointer(edited, '/schema/properties/hoTen/title'), 'Họ và tên');
    const elsewhere = (whole: Form): Form => {
      const copy = structuredClone(whole);
      delete (copy.schema.properties as Record<string, unknown>).hoTen;
      delete copy.i18n?.en?.['/schema/properties/hoTen/title'];
      return copy;
    };
    assert.deepEqual(elsewhere(edited), elsewhere(form));
    assert.equal(validForm(edited), true);
  });

  it('making the phone number required puts it in the form’s `required`', () => {
    const phone = type('phone');
    const field = readField(form, '/properties/soDienThoai');
    assert.ok(field);
    const edited = writeField(form, '/properties/soDienThoai', phone.fromInspector({ ...phone.toInspector(field), required: true }, field));
    assert.deepEqual(edited.schema.required, ['hoTen', 'banSao', 'soDienThoai']);
    const validate = createAjv().compile(edited.schema);
    assert.equal(validate({ hoTen: 'Nguyễn Văn An', banSao: [{ tenGiayTo: 'Giấy khai sinh', soTrang: 1, soBan: 2 }] }), false);
  });

  it('a new address shows after the other fields, translated, and the form still compiles', () => {
    const edited = writeField(form, '/properties/diaChi', type('address').create({ required: true }));
    const order = getByPointer(edited, '/uiSchema/ui:order');
    assert.ok(Array.isArray(order));
    assert.equal(order.at(-1), 'diaChi');
    assert.equal(edited.i18n?.en?.['/schema/properties/diaChi/properties/commune/title'], 'Commune, ward or special zone');
    assert.equal(getByPointer(edited, '/uiSchema/diaChi/ui:field'), 'address');
    assertOverlayResolves(edited);
    assert.equal(validForm(edited), true);
    assert.doesNotThrow(() => createAjv().compile(edited.schema));
  });

  it('a field inside the repeating group keeps its hints under the group’s items', () => {
    const field = type('long-text').create({ label: { vi: 'Ghi chú', en: 'Note' }, placeholder: { vi: 'Nếu có' } });
    const edited = writeField(form, '/properties/banSao/items/properties/ghiChu', field);
    assert.deepEqual(getByPointer(edited, '/uiSchema/banSao/items'), { 'ui:columns': 3, ghiChu: { 'ui:widget': 'textarea', 'ui:placeholder': 'Nếu có' } });
    assert.equal(edited.i18n?.en?.['/schema/properties/banSao/items/properties/ghiChu/title'], 'Note');
    assert.deepEqual(readField(edited, '/properties/banSao/items/properties/ghiChu'), field);
    assertOverlayResolves(edited);
  });

  it('clearing a field’s hints removes its uiSchema entry and its stale translations', () => {
    const shortText = type('short-text');
    const phoneField = readField(form, '/properties/soDienThoai');
    assert.ok(phoneField);
    const asText = shortText.fromInspector({ label: { vi: 'Số điện thoại' }, required: false }, phoneField);
    const edited = writeField(form, '/properties/soDienThoai', asText);
    assert.equal(edited.uiSchema?.soDienThoai, undefined);
    assert.equal(edited.i18n?.en?.['/schema/properties/soDienThoai/title'], undefined);
    assertOverlayResolves(edited);
  });

  it('refuses a path that is not a field', () => {
    assert.throws(() => readField(form, '/properties/banSao/items'), RangeError);
    assert.throws(() => writeField(form, '/$defs/x', type('email').create()), RangeError);
  });
});

describe('the certified-copies form with one field of every type added', () => {
  it('passes the procedure validator, page and translations included', () => {
    let built = form;
    for (const fieldType of FIELD_TYPES) {
      built = writeField(built, `/properties/${fieldType.id.replace(/-/g, '')}`, fieldType.create({ required: fieldType.id !== 'section' }));
    }
    const page = PAGE_TYPE.create({ label: { vi: 'Tờ khai', en: 'Application' } });
    page.page.fields = Object.keys(built.schema.properties as object);
    built = writePage(built, 0, page);
    const result = validateProcedure({ ...catalogue, form: built });
    assert.equal(result.valid, true, JSON.stringify(result.errors));
  });
});

describe('reading and writing pages', () => {
  it('a page added with an English title reads back the same, with its fields', () => {
    const page = PAGE_TYPE.create({ label: { vi: 'Người yêu cầu', en: 'Applicant' } });
    page.page.fields = ['hoTen', 'soDienThoai'];
    const second = PAGE_TYPE.create({ label: { vi: 'Giấy tờ', en: 'Papers' } });
    second.page.fields = ['banSao'];
    const edited = writePage(writePage(form, 0, page), 1, second);
    assert.equal(edited.i18n?.en?.['/uiSchema/ui:pages/1/title'], 'Papers');
    assert.deepEqual(readPage(edited, 0), page);
    assert.deepEqual(readPage(edited, 1), second);
    assertOverlayResolves(edited);
    assert.equal(validForm(edited), true);
  });

  it('renaming a page replaces its translation and keeps its fields', () => {
    const page = PAGE_TYPE.create({ label: { vi: 'Người yêu cầu', en: 'Applicant' } });
    page.page.fields = ['hoTen'];
    const withPage = writePage(form, 0, page);
    const current = readPage(withPage, 0);
    assert.ok(current);
    const renamed = writePage(withPage, 0, PAGE_TYPE.fromInspector({ label: { vi: 'Thông tin cá nhân' } }, current));
    assert.deepEqual(renamed.uiSchema?.['ui:pages'], [{ title: 'Thông tin cá nhân', fields: ['hoTen'] }]);
    assert.equal(renamed.i18n?.en?.['/uiSchema/ui:pages/0/title'], undefined);
  });

  it('refuses to leave a gap between pages', () => {
    assert.throws(() => writePage(form, 2, PAGE_TYPE.create()), RangeError);
  });
});

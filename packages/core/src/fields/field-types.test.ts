import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAjv, createDefinitionAjv } from '../ajv/create-ajv.js';
import { getByPointer } from '../json/json-pointer.js';
import type { InspectorValues } from './define-field-type.js';
import { FieldError } from './field-error.js';
import { fieldTypeOf } from './field-type-of.js';
import { fieldTypeById, FIELD_CATEGORIES, FIELD_TYPES, PALETTE } from './field-types.js';
import { PAGE_TYPE } from './page-type.js';
import { KNOWN_UI_FIELDS, KNOWN_WIDGETS } from './ui-vocabulary.js';

const hint = { vi: 'Ghi đúng như trên giấy tờ.', en: 'As written on your papers.' };
const OPTIONS = [
  { value: 'truc-tiep', label: { vi: 'Nhận trực tiếp', en: 'In person' } },
  { value: 'buu-chinh', label: { vi: 'Qua bưu chính' } },
  { value: 'truc-tuyen', label: { vi: 'Trực tuyến', en: 'Online' } },
];

/** For each type, inspector values using every option it has, in the form toInspector gives them. */
const FULL: Record<string, InspectorValues> = {
  'short-text': {
    label: { vi: 'Họ và tên', en: 'Full name' },
    hint,
    placeholder: { vi: 'Nguyễn Văn An' },
    required: true,
    minLength: 2,
    maxLength: 100,
    patternPreset: 'custom',
    customPattern: '^[^0-9]*$',
    default: 'Nguyễn',
  },
  'long-text': { label: { vi: 'Lý do', en: 'Reason' }, hint, placeholder: { vi: 'Nêu rõ lý do', en: 'Give the reason' }, required: false, minLength: 10, maxLength: 5000 },
  number: { label: { vi: 'Số trang', en: 'Pages' }, placeholder: { vi: '1' }, required: true, integer: true, minimum: 1, maximum: 1000, default: 1 },
  money: { label: { vi: 'Giá trị hợp đồng', en: 'Contract value' }, placeholder: { vi: '50.000', en: '50,000' }, required: true, minimum: 10000, maximum: 5000000, default: 50000 },
  date: { label: { vi: 'Ngày sinh', en: 'Date of birth' }, hint, required: true, earliest: '1900-01-01', latest: '2100-12-31' },
  email: { label: { vi: 'Thư điện tử', en: 'Email' }, placeholder: { vi: 'ten@example.vn' }, required: false },
  phone: { label: { vi: 'Điện thoại', en: 'Phone' }, hint, placeholder: { vi: '0912345678' }, required: true },
  'citizen-id': { label: { vi: 'Số định danh', en: 'ID number' }, required: true },
  address: { label: { vi: 'Địa chỉ thường trú', en: 'Permanent address' }, hint, required: true },
  radio: { label: { vi: 'Cách nhận kết quả', en: 'How to receive the result' }, required: true, options: OPTIONS, default: 'truc-tiep' },
  select: { label: { vi: 'Nơi nhận', en: 'Where' }, placeholder: { vi: 'Chọn nơi nhận', en: 'Choose where' }, required: false, options: OPTIONS },
  checkboxes: { label: { vi: 'Kênh thông báo', en: 'Notify me by' }, required: true, options: OPTIONS, minItems: 2, maxItems: 3, default: ['truc-tiep'] },
  'yes-no': {
    label: { vi: 'Cam kết', en: 'Undertaking' },
    required: true,
    display: 'checkbox',
    yesLabel: { vi: 'Đồng ý', en: 'I agree' },
    noLabel: { vi: 'Không đồng ý' },
    default: false,
  },
  section: { label: { vi: 'Người yêu cầu', en: 'Applicant' }, hint, required: false, columns: 2 },
  group: { label: { vi: 'Giấy tờ', en: 'Papers' }, required: true, itemLabel: { vi: 'Giấy tờ', en: 'Paper' }, minItems: 2, maxItems: 50, columns: 3 },
};

describe('the field-type registry', () => {
  it('offers every type once, in a known category, named in both languages', () => {
    const ids = PALETTE.map((type) => type.id);
    assert.equal(new Set(ids).size, ids.length);
    const categories = new Set(FIELD_CATEGORIES.map((category) => category.id));
    for (const type of PALETTE) {
      assert.match(type.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(categories.has(type.category), type.id);
      assert.ok(type.label.vi && type.label.en && type.description.vi && type.description.en && type.icon, type.id);
    }
    assert.deepEqual(Object.keys(FULL).sort(), FIELD_TYPES.map((type) => type.id).sort());
  });

  it('writes only widget and field names the runtime knows', () => {
    for (const type of FIELD_TYPES) {
      for (const values of [type.defaults, FULL[type.id] as InspectorValues]) {
        const { uiSchema } = type.fromInspector(values);
        if (uiSchema['ui:widget'] !== undefined) assert.ok(KNOWN_WIDGETS.has(String(uiSchema['ui:widget'])), type.id);
        if (uiSchema['ui:field'] !== undefined) assert.ok(KNOWN_UI_FIELDS.has(String(uiSchema['ui:field'])), type.id);
      }
    }
  });
});

describe('inspectors', () => {
  const formSchema = createDefinitionAjv().getSchema('urn:motcua:schema:procedure#/$defs/Form');
  assert.ok(formSchema);

  for (const type of PALETTE) {
    it(`${type.id}: a strict JSON Schema, and a form with an English translation for every text`, () => {
      createAjv().compile(type.inspector.schema);
      assert.equal(formSchema(type.inspector), true, JSON.stringify(formSchema.errors));
      const en = type.inspector.i18n?.en ?? {};
      assert.ok(Object.keys(en).length > 0);
      for (const pointer of Object.keys(en)) assert.equal(typeof getByPointer(type.inspector, pointer), 'string', pointer);
    });
  }

  for (const type of FIELD_TYPES) {
    const validate = createAjv().compile(type.inspector.schema);
    const full = FULL[type.id] as InspectorValues;

    it(`${type.id}: a new field and a fully set one open in the inspector without errors`, () => {
      assert.equal(validate(type.toInspector(type.create())), true, JSON.stringify(validate.errors));
      assert.equal(validate(full), true, JSON.stringify(validate.errors));
    });

    it(`${type.id}: what the officer enters is what the inspector shows again`, () => {
      assert.deepEqual(type.toInspector(type.create()), type.defaults);
      const field = type.fromInspector(full);
      assert.deepEqual(type.toInspector(field), full);
      assert.deepEqual(type.fromInspector(type.toInspector(field)), field);
    });

    it(`${type.id}: clearing an option removes it from the schema`, () => {
      assert.deepEqual(type.fromInspector(type.defaults, type.fromInspector(full)), type.create());
    });

    it(`${type.id}: is recognised again from the schema it wrote`, () => {
      const field = type.fromInspector(full);
      assert.equal(fieldTypeOf(field.schema, field.uiSchema)?.id, type.id);
      assert.equal(fieldTypeOf(type.create().schema, type.create().uiSchema)?.id, type.id);
    });
  }

  it('page: the title and introduction come back; the fields on the page stay', () => {
    const values = { label: { vi: 'Thông tin người nộp', en: 'Applicant' }, hint };
    const page = PAGE_TYPE.fromInspector(values, { page: { title: 'Cũ', fields: ['hoTen', 'soDienThoai'] }, i18n: { en: { '/page/title': 'Old' } } });
    assert.deepEqual(page, {
      page: { title: 'Thông tin người nộp', description: hint.vi, fields: ['hoTen', 'soDienThoai'] },
      i18n: { en: { '/page/title': 'Applicant', '/page/description': hint.en } },
    });
    assert.deepEqual(PAGE_TYPE.toInspector(page), values);
    assert.deepEqual(PAGE_TYPE.toInspector(PAGE_TYPE.create()), PAGE_TYPE.defaults);
  });
});

describe('fromInspector', () => {
  const type = (id: string) => fieldTypeById(id) ?? assert.fail(id);

  it('puts Vietnamese in the schema and English in the overlay, and keeps no English without Vietnamese', () => {
    const field = type('short-text').fromInspector({ label: { vi: 'Họ và tên', en: 'Full name' }, hint: { en: 'Orphan' }, required: false });
    assert.equal(field.schema.title, 'Họ và tên');
    assert.equal(field.schema.description, undefined);
    assert.deepEqual(field.i18n.en, { '/schema/title': 'Full name' });
  });

  it('turns a preset into its pattern and reads it back by name', () => {
    const shortText = type('short-text');
    const field = shortText.fromInspector({ label: { vi: 'Mã số thuế' }, required: false, patternPreset: 'tax-code' });
    assert.match('0123456789-001', new RegExp(String(field.schema.pattern), 'u'));
    assert.equal(shortText.toInspector(field).patternPreset, 'tax-code');
  });

  it('keeps a section’s fields and their translations when the section is renamed', () => {
    const section = type('section');
    const base = section.create();
    base.schema.properties = { hoTen: { type: 'string', title: 'Họ và tên' } };
    base.schema.required = ['hoTen'];
    base.uiSchema.hoTen = { 'ui:placeholder': 'Nguyễn Văn An' };
    base.i18n.en['/schema/properties/hoTen/title'] = 'Full name';
    const renamed = section.fromInspector({ ...section.toInspector(base), label: { vi: 'Người nộp', en: 'Applicant' } }, base);
    assert.deepEqual(renamed.schema.properties, base.schema.properties);
    assert.deepEqual(renamed.schema.required, ['hoTen']);
    assert.deepEqual(renamed.uiSchema.hoTen, base.uiSchema.hoTen);
    assert.deepEqual(renamed.i18n.en, { '/schema/title': 'Applicant', '/schema/properties/hoTen/title': 'Full name' });
  });

  it('keeps keywords the inspector does not show, and drops the old type’s constraints on a change of type', () => {
    const base = type('email').create();
    base.schema.$comment = 'Theo mẫu số 01';
    base.schema.readOnly = false;
    const changed = type('short-text').fromInspector(type('short-text').defaults, base);
    assert.equal(changed.schema.$comment, 'Theo mẫu số 01');
    assert.equal(changed.schema.readOnly, false);
    assert.equal(changed.schema.format, undefined);
    assert.equal(fieldTypeOf(changed.schema, changed.uiSchema)?.id, 'short-text');
  });

  it('leaves the implied "at least one" out of what the officer sees', () => {
    const shortText = type('short-text');
    const field = shortText.fromInspector({ label: { vi: 'Họ và tên' }, required: true });
    assert.equal(field.schema.minLength, 1);
    assert.equal(shortText.toInspector(field).minLength, undefined);
  });

  it('opens a plain enum with its values as labels, and saves it with labels the overlay can translate', () => {
    const select = type('select');
    const legacy = { schema: { type: 'string', title: 'Giới tính', enum: ['nam', 'nu'] }, uiSchema: {}, i18n: { en: {} }, required: true };
    const values = select.toInspector(legacy);
    assert.deepEqual(values.options, [
      { value: 'nam', label: { vi: 'nam' } },
      { value: 'nu', label: { vi: 'nu' } },
    ]);
    const saved = select.fromInspector({ ...values, options: [{ value: 'nam', label: { vi: 'Nam', en: 'Male' } }, { value: 'nu', label: { vi: 'Nữ', en: 'Female' } }] }, legacy);
    assert.equal(saved.schema.enum, undefined);
    assert.deepEqual(saved.schema.oneOf, [{ const: 'nam', title: 'Nam' }, { const: 'nu', title: 'Nữ' }]);
    assert.equal(saved.i18n.en['/schema/oneOf/1/title'], 'Female');
  });

  it('refuses two options with the same stored value', () => {
    const twice = [OPTIONS[0], { ...OPTIONS[1], value: 'truc-tiep' }];
    for (const id of ['radio', 'select', 'checkboxes']) {
      assert.throws(() => type(id).fromInspector({ label: { vi: 'Chọn' }, options: twice }), (error: unknown) => {
        assert.ok(error instanceof FieldError);
        assert.equal(error.code, 'field-duplicate-option');
        assert.match(error.text.vi, /truc-tiep/);
        return true;
      });
    }
  });

  it('refuses a default that is not an option', () => {
    assert.throws(() => type('radio').fromInspector({ label: { vi: 'Chọn' }, options: OPTIONS, default: 'khac' }), { code: 'field-default-not-an-option' });
    assert.throws(() => type('checkboxes').fromInspector({ label: { vi: 'Chọn' }, options: OPTIONS, default: ['khac'] }), { code: 'field-default-not-an-option' });
  });

  it('refuses bounds nobody could satisfy', () => {
    const reversed: [string, InspectorValues][] = [
      ['short-text', { minLength: 10, maxLength: 5 }],
      ['number', { integer: true, minimum: 10, maximum: 5 }],
      ['money', { minimum: 10000, maximum: 5000 }],
      ['date', { earliest: '2025-07-01', latest: '2025-06-30' }],
      ['checkboxes', { options: OPTIONS, minItems: 3, maxItems: 2 }],
      ['group', { minItems: 3, maxItems: 2 }],
    ];
    for (const [id, values] of reversed) {
      assert.throws(() => type(id).fromInspector({ label: { vi: 'Câu hỏi' }, ...values }), { code: 'field-range-reversed' }, id);
    }
  });
});

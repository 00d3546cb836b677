import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAjv } from '../ajv/create-ajv.js';
import type { Field } from './field-model.js';
import { fieldTypeById, FIELD_TYPES } from './field-types.js';

const ajv = createAjv();

/** Answers a citizen might give, and whether the field takes them. */
function verdicts(field: Field, answers: readonly unknown[]): boolean[] {
  const validate = ajv.compile(field.schema);
  return answers.map((answer) => validate(answer));
}

function create(id: string, overrides: Record<string, unknown> = {}): Field {
  const type = fieldTypeById(id);
  assert.ok(type, `no field type "${id}"`);
  return type.create(overrides);
}

const OPTIONS = [
  { value: 'truc-tiep', label: { vi: 'Nhận trực tiếp', en: 'In person' } },
  { value: 'buu-chinh', label: { vi: 'Qua bưu chính', en: 'By post' } },
  { value: 'truc-tuyen', label: { vi: 'Trực tuyến', en: 'Online' } },
];

describe('the schema each field type inserts', () => {
  for (const type of FIELD_TYPES) {
    it(`${type.id}: compiles under strict ajv`, () => {
      assert.doesNotThrow(() => createAjv().compile(type.create().schema));
    });
  }

  it('short text: takes a name, refuses an empty or an over-long answer when required', () => {
    const field = create('short-text', { required: true, maxLength: 20 });
    assert.deepEqual(verdicts(field, ['Nguyễn Thị Ánh', '', 'Nguyễn Thị Ánh Dương Hồng']), [true, false, false]);
  });

  it('short text with a preset: checks the shape the officer picked', () => {
    const field = create('short-text', { patternPreset: 'tax-code' });
    assert.deepEqual(verdicts(field, ['0123456789-001', '0123456789', '01234']), [true, true, false]);
  });

  it('long text: takes several lines, refuses more than its maximum', () => {
    const field = create('long-text', { maxLength: 30 });
    assert.deepEqual(verdicts(field, ['Dòng một.\nDòng hai.', 'x'.repeat(31)]), [true, false]);
  });

  it('number: whole by default, fractions only when the officer allows them', () => {
    assert.deepEqual(verdicts(create('number', { minimum: 1 }), [3, 2.5, 0, '3']), [true, false, false, false]);
    assert.deepEqual(verdicts(create('number', { integer: false }), [2.5]), [true]);
  });

  it('money: whole đồng, never negative', () => {
    const field = create('money');
    assert.deepEqual(verdicts(field, [150000, 0, -1, 1000.5, '150000']), [true, true, false, false, false]);
  });

  it('date: takes an ISO date within the bounds, refuses impossible or local-format dates', () => {
    const field = create('date', { earliest: '2025-01-01', latest: '2025-12-31' });
    assert.deepEqual(
      verdicts(field, ['2025-07-01', '2025-02-30', '01/07/2025', '2024-12-31', '2026-01-01']),
      [true, false, false, false, false],
    );
  });

  it('email: takes an address, refuses a half-typed one', () => {
    assert.deepEqual(verdicts(create('email'), ['an.nguyen@example.vn', 'an.nguyen@', '']), [true, false, false]);
  });

  it('phone: takes Vietnamese mobiles with 0 or +84, refuses short numbers and landlines', () => {
    const field = create('phone');
    assert.deepEqual(
      verdicts(field, ['0912345678', '+84912345678', '0387654321', '012345', '0243825678', '091234567']),
      [true, true, true, false, false, false],
    );
  });

  it('citizen ID: exactly 12 digits', () => {
    const field = create('citizen-id');
    assert.deepEqual(verdicts(field, ['001099012345', '00109901234', '0010990123456', '00109901234a']), [true, false, false, false]);
  });

  for (const id of ['radio', 'select']) {
    it(`${id}: takes one of the options only`, () => {
      const field = create(id, { options: OPTIONS, default: 'truc-tiep' });
      assert.deepEqual(verdicts(field, ['buu-chinh', 'khac', '']), [true, false, false]);
      assert.equal(field.schema.default, 'truc-tiep');
    });
  }

  it('checkboxes: any options, each once; a required list needs at least one tick', () => {
    const field = create('checkboxes', { options: OPTIONS, required: true, maxItems: 2 });
    assert.deepEqual(
      verdicts(field, [['truc-tiep'], ['truc-tiep', 'buu-chinh'], [], ['truc-tiep', 'truc-tiep'], ['khac'], OPTIONS.map((o) => o.value)]),
      [true, true, false, false, false, false],
    );
  });

  it('yes/no: a boolean, labelled in Vietnamese', () => {
    const field = create('yes-no');
    assert.deepEqual(verdicts(field, [true, false, 'yes', 1]), [true, true, false, false]);
    assert.deepEqual((field.schema.oneOf as { title: string }[]).map((branch) => branch.title), ['Có', 'Không']);
  });

  it('address: province, commune and street; no district since the two-tier reform', () => {
    const field = create('address');
    const address = { province: 'Thành phố Hà Nội', commune: 'Phường Ba Đình', detail: 'Số 1, phố Hoàng Hoa Thám' };
    assert.deepEqual(
      verdicts(field, [address, { ...address, district: 'Quận Ba Đình' }, { province: address.province, detail: address.detail }]),
      [true, false, false],
    );
  });

  it('group: entries within the bounds; a required group needs one entry', () => {
    const field = create('group', { required: true, maxItems: 2 });
    assert.deepEqual(verdicts(field, [[{}], [], [{}, {}, {}], {}]), [true, false, false, false]);
  });

  it('section: an object holding the answers inside it', () => {
    assert.deepEqual(verdicts(create('section'), [{}, 'x']), [true, false]);
  });
});

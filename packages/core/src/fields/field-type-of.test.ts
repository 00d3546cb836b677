import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ProcedureDefinition } from '../procedure.types.js';
import { readField } from './field-placement.js';
import { fieldTypeOf } from './field-type-of.js';
import { fieldTypeById } from './field-types.js';

const catalogue = JSON.parse(
  readFileSync(new URL('../../../../catalogue/procedures/2.000815.json', import.meta.url), 'utf8'),
) as ProcedureDefinition;

const idOf = (schema: unknown, uiSchema?: unknown): string | undefined => fieldTypeOf(schema, uiSchema)?.id;

describe('fieldTypeOf on the certified-copies form (2.000815)', () => {
  const { form } = catalogue;
  const cases: [string, string][] = [
    ['/properties/hoTen', 'short-text'],
    ['/properties/soDienThoai', 'phone'],
    ['/properties/banSao', 'group'],
    ['/properties/banSao/items/properties/tenGiayTo', 'short-text'],
    ['/properties/banSao/items/properties/soTrang', 'number'],
    ['/properties/banSao/items/properties/soBan', 'number'],
  ];

  for (const [pointer, id] of cases) {
    it(`${pointer} is a ${id}`, () => {
      const field = readField(form, pointer);
      assert.ok(field);
      assert.equal(idOf(field.schema, field.uiSchema), id);
    });
  }

  it('shows the officer the applicant’s name as it is defined', () => {
    const field = readField(form, '/properties/hoTen');
    assert.ok(field);
    assert.deepEqual(fieldTypeById('short-text')?.toInspector(field), {
      label: { vi: 'Họ và tên người yêu cầu', en: "Applicant's full name" },
      required: true,
      maxLength: 100,
    });
  });

  it('shows the list of papers with its limits, entry name and columns', () => {
    const field = readField(form, '/properties/banSao');
    assert.ok(field);
    assert.deepEqual(fieldTypeById('group')?.toInspector(field), {
      label: { vi: 'Giấy tờ cần chứng thực', en: 'Papers to certify' },
      required: true,
      itemLabel: { vi: 'Giấy tờ', en: 'Paper' },
      maxItems: 50,
      columns: 3,
    });
  });

  it('shows the number of copies as a whole number with its default', () => {
    const field = readField(form, '/properties/banSao/items/properties/soBan');
    assert.ok(field);
    assert.deepEqual(fieldTypeById('number')?.toInspector(field), {
      label: { vi: 'Số bản cần chứng thực', en: 'Number of certified copies' },
      required: true,
      integer: true,
      minimum: 1,
      maximum: 100,
      default: 1,
    });
  });
});

describe('fieldTypeOf on nodes the builder did not write', () => {
  it('takes a plain or nullable string, or one with another format, for a short text', () => {
    assert.equal(idOf({ type: 'string' }), 'short-text');
    assert.equal(idOf({ type: ['string', 'null'] }), 'short-text');
    assert.equal(idOf({ type: 'string', format: 'uri' }), 'short-text');
  });

  it('goes by the widget, not the pattern, for phone numbers', () => {
    const pattern = '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$';
    assert.equal(idOf({ type: 'string', pattern }), 'short-text');
    assert.equal(idOf({ type: 'string', pattern }, { 'ui:widget': 'phone' }), 'phone');
  });

  it('reads rjsf’s own widget names', () => {
    assert.equal(idOf({ type: 'string' }, { 'ui:widget': 'textarea' }), 'long-text');
    assert.equal(idOf({ type: 'string' }, { 'ui:widget': 'email' }), 'email');
    assert.equal(idOf({ type: 'string' }, { 'ui:widget': 'date' }), 'date');
    assert.equal(idOf({ type: 'number' }, { 'ui:widget': 'updown' }), 'number');
    assert.equal(idOf({ type: 'boolean' }, { 'ui:widget': 'checkbox' }), 'yes-no');
  });

  it('takes a plain enum for a drop-down unless radio buttons are asked for', () => {
    assert.equal(idOf({ enum: ['a', 'b'] }), 'select');
    assert.equal(idOf({ type: 'string', enum: ['a', 'b'] }, { 'ui:widget': 'radio' }), 'radio');
    assert.equal(idOf({ type: 'array', items: { enum: ['a', 'b'] }, uniqueItems: true }), 'checkboxes');
  });

  it('takes an object for a section unless the address field renders it', () => {
    assert.equal(idOf({ properties: { a: { type: 'string' } } }), 'section');
    assert.equal(idOf({ type: 'object' }, { 'ui:field': 'address' }), 'address');
  });

  it('leaves alone what no type fits', () => {
    assert.equal(idOf({ $ref: '#/$defs/diaChi' }), undefined);
    assert.equal(idOf({ type: 'array', items: { type: 'string' } }), undefined);
    assert.equal(idOf({ type: 'string' }, { 'ui:widget': 'hidden' }), undefined);
    assert.equal(idOf({ type: 'null' }), undefined);
    assert.equal(idOf(true), undefined);
  });
});

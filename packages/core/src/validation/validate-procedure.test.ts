import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProcedureDefinition } from '../procedure.types.js';
import { testDefinition, when } from '../test-support/definitions.js';
import type { Taxonomy } from '../taxonomy/taxonomy.types.js';
import { validateProcedure } from './validate-procedure.js';

type Mutable = Record<string, any>;

const taxonomy: Taxonomy = {
  tiers: [
    { id: 'province', name: { vi: 'Cấp tỉnh' } },
    { id: 'district', name: { vi: 'Cấp huyện', en: 'District' }, validTo: '2025-06-30' },
    { id: 'commune', name: { vi: 'Cấp xã' } },
  ],
  sectors: [{ id: 'chung-thuc', name: { vi: 'Chứng thực' } }],
};

function errorsOf(mutate: (d: Mutable) => void) {
  const definition = structuredClone(testDefinition()) as Mutable;
  mutate(definition);
  const result = validateProcedure(definition, { taxonomy, today: '2026-11-22' });
  assert.equal(result.valid, false, 'the definition should be refused');
  return result.errors;
}

/** Asserts an error of this code at exactly this path, worded in both languages. */
function expectError(mutate: (d: Mutable) => void, path: string, code: string, words?: { vi?: string; en?: string }) {
  const errors = errorsOf(mutate);
  const found = errors.find((e) => e.path === path && e.code === code);
  assert.ok(found, `expected ${code} at ${path}, got ${JSON.stringify(errors.map((e) => [e.path, e.code]))}`);
  assert.ok(found.message.vi.length > 0 && found.message.en.length > 0);
  assert.doesNotMatch(found.message.en, /must match pattern|should|NaN|undefined/);
  if (words?.vi) assert.match(found.message.vi, new RegExp(words.vi));
  if (words?.en) assert.match(found.message.en, new RegExp(words.en));
}

describe('a valid definition', () => {
  test('the test definition and its taxonomy are accepted', () => {
    const result = validateProcedure(testDefinition(), { taxonomy, today: '2026-11-22' });
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
  });
});

describe('meta-schema errors, each at its JSON Pointer', () => {
  test('a missing required member points at the member', () =>
    expectError((d) => delete d.name, '/name', 'required', { en: 'Enter' }));
  test('a wrong type', () => expectError((d) => (d.code = 105), '/code', 'type', { en: 'must be text', vi: 'văn bản' }));
  test('an unknown key is refused, not ignored', () =>
    expectError((d) => (d.sectr = 'x'), '/sectr', 'additionalProperties', { en: '“sectr” is not allowed' }));
  test('an unknown key deep inside', () =>
    expectError((d) => (d.steps[1].rol = 'x'), '/steps/1/rol', 'additionalProperties'));
  test('a value outside a list', () =>
    expectError((d) => (d.serviceLevel.unit = 'weeks'), '/serviceLevel/unit', 'enum', { vi: 'danh sách' }));
  test('an id that is not kebab-case ASCII', () =>
    expectError((d) => (d.steps[0].id = 'Tiếp nhận'), '/steps/0/id', 'pattern'));
  test('a huge string is refused by its length limit', () =>
    expectError((d) => (d.name.vi = 'x'.repeat(100_000)), '/name/vi', 'maxLength', { en: '1000 characters' }));
  test('a fee rule of an unknown type reports the tag, not every branch', () => {
    const errors = errorsOf((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'percentage', amount: 1 } }]));
    assert.deepEqual(errors.map((e) => [e.path, e.code]), [['/fees/0/rule', 'discriminator']]);
  });
  test('a fee rule with the right tag reports only its own missing member', () => {
    const errors = errorsOf((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'tiered', quantity: '/soTrang' } }]));
    assert.deepEqual(errors.map((e) => [e.path, e.code]), [['/fees/0/rule/tiers', 'required']]);
  });
  test('a fractional amount of money', () =>
    expectError((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'fixed', amount: 1.5 } }]), '/fees/0/rule/amount', 'type', { en: 'whole number' }));
  test('every case list needs at least one case', () => expectError((d) => (d.cases = []), '/cases', 'minItems'));
  test('half a working day is written in working hours, not as a fraction of a day', () => {
    expectError((d) => (d.serviceLevel = { amount: 0.5, unit: 'working-days' }), '/serviceLevel/amount', 'type', { en: 'whole number' });
    assert.equal(validateProcedure({ ...testDefinition(), serviceLevel: { amount: 4.5, unit: 'working-hours' }, steps: [{ id: 'a', name: { vi: 'A' }, role: 'receiver' }] }).valid, true);
  });
});

describe('bad input never crashes or hangs', () => {
  test('not an object', () => {
    for (const value of [null, 42, 'text', [], undefined]) {
      const result = validateProcedure(value);
      assert.equal(result.valid, false);
      assert.equal(result.errors[0]?.path, '');
    }
  });
  test('a cyclic object', () => {
    const definition = testDefinition() as Mutable;
    definition.self = definition;
    assert.equal(validateProcedure(definition).errors[0]?.code, 'definition-not-json');
  });
  test('an enormous definition', () => {
    const definition = testDefinition() as Mutable;
    definition.notes = Array.from({ length: 200 }, () => ({ vi: 'x'.repeat(19_000) }));
    assert.equal(validateProcedure(definition).errors[0]?.code, 'definition-too-large');
  });
  test('a hostile nesting depth', () => {
    let deep: Mutable = {};
    const root = deep;
    for (let i = 0; i < 100_000; i += 1) {
      deep.x = {};
      deep = deep.x;
    }
    const definition = testDefinition() as Mutable;
    definition.form.schema.properties.deep = root;
    assert.equal(validateProcedure(definition).errors[0]?.code, 'definition-too-deep');
  });
});

describe('semantic checks', () => {
  test('duplicate ids', () => expectError((d) => (d.steps[1].id = 'tiep-nhan'), '/steps/1/id', 'duplicate-id', { en: 'tiep-nhan' }));
  test('a legal reference that is not in the legal basis', () =>
    expectError((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'fixed', amount: 1 }, legalBasis: ['99/2099/TT-BTC'] }]), '/fees/0/legalBasis/0', 'legal-basis-unknown', { en: '99/2099/TT-BTC' }));
  test('steps that do not fit the service level', () =>
    expectError((d) => (d.steps[1].duration.amount = 10), '/steps', 'steps-exceed-service-level', { en: '12 working days' }));
  test('steps must also fit a shorter time of a channel', () =>
    expectError((d) => (d.channels[1].serviceLevel = { amount: 3, unit: 'working-days' }), '/steps', 'steps-exceed-service-level'));
  const tiered = (tiers: unknown[]) => (d: Mutable) =>
    (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'tiered', quantity: '/soTrang', tiers } }]);
  test('fee tiers out of order', () =>
    expectError(tiered([{ upTo: 5, amount: 1 }, { upTo: 3, amount: 1 }, { amount: 1 }]), '/fees/0/rule/tiers/1/upTo', 'fee-tiers-order'));
  test('an open tier before the last', () =>
    expectError(tiered([{ amount: 1 }, { amount: 1 }]), '/fees/0/rule/tiers/0/upTo', 'fee-tiers-open'));
  test('a last tier that does not cover the rest', () =>
    expectError(tiered([{ upTo: 2, amount: 1 }]), '/fees/0/rule/tiers/0/upTo', 'fee-tiers-closed'));
  test('a floor above the cap', () =>
    expectError((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'fixed', amount: 1 }, min: 10, max: 5 }]), '/fees/0/min', 'fee-min-above-max'));
  test('a local fee not marked as set locally', () =>
    expectError((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'local' } }]), '/fees/0/setLocally', 'fee-local-not-settable'));
  test('a reduction without a value, and more than 100% off', () => {
    const adjust = (adjustment: Mutable) => (d: Mutable) =>
      (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'fixed', amount: 1 }, adjustments: [{ when: when.channel('online'), label: { vi: 'x' }, ...adjustment }] }]);
    expectError(adjust({ type: 'percent-off' }), '/fees/0/adjustments/0/value', 'fee-adjustment-value');
    expectError(adjust({ type: 'percent-off', value: 150 }), '/fees/0/adjustments/0/value', 'fee-adjustment-percent');
  });
  test('a fee that reads a quantity the form does not have', () =>
    expectError((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, rule: { type: 'per-unit', quantity: '/soTo', amount: 1 } }]), '/fees/0/rule/quantity', 'fee-answer-unknown', { en: '/soTo' }));
  test('a fee per item of something that is not a list', () =>
    expectError((d) => (d.fees = [{ id: 'a', kind: 'fee', label: { vi: 'a' }, each: '/hoTen', rule: { type: 'fixed', amount: 1 } }]), '/fees/0/each', 'fee-answer-unknown'));
  test('cases chosen by answers need conditions', () =>
    expectError((d) => {
      d.caseSelection = 'answers';
      d.cases = [{ id: 'a', name: { vi: 'A' } }, { id: 'b', name: { vi: 'B' } }];
    }, '/cases/0/when', 'case-condition-missing'));
  test('cases chosen by the citizen cannot have conditions', () =>
    expectError((d) => (d.cases[0].when = when.answer('coCon', true)), '/cases/0/when', 'case-condition-unexpected'));
  test('a case that excludes a document the base does not have', () =>
    expectError((d) => (d.cases[0].exclude = { documents: ['khong-co'] }), '/cases/0/exclude/documents/0', 'case-exclude-unknown'));
  test('a document type whose content cannot be recognised', () =>
    expectError((d) => (d.documents = [{ id: 'x', name: { vi: 'x' }, accept: ['application/pdf', 'application/x-msdownload'] }]), '/documents/0/accept/1', 'document-type-unknown'));
  test('an online channel with no online service', () =>
    expectError((d) => (d.onlineLevel = 'none'), '/onlineLevel', 'online-level-mismatch'));
  test('a tier that is not configured', () => expectError((d) => (d.tier = 'village'), '/tier', 'tier-unknown'));
  test('the abolished district tier', () =>
    expectError((d) => (d.tier = 'district'), '/tier', 'tier-retired', { en: '2025-06-30' }));
  test('a sector that is not configured', () => expectError((d) => (d.sector = 'space'), '/sector', 'sector-unknown'));
});

describe('the form', () => {
  test('a remote $ref', () =>
    expectError((d) => (d.form.schema.properties.x = { $ref: 'https://example.org/s.json' }), '/form/schema/properties/x/$ref', 'ref-remote'));
  test('a $ref to nothing', () =>
    expectError((d) => (d.form.schema.properties.x = { $ref: '#/$defs/missing' }), '/form/schema/properties/x/$ref', 'ref-unresolved'));
  test('a cyclic $ref', () =>
    expectError((d) => {
      d.form.schema.$defs = { person: { type: 'object', properties: { parent: { $ref: '#/$defs/person' } } } };
      d.form.schema.properties.x = { $ref: '#/$defs/person' };
    }, '/form/schema/$defs/person/properties/parent/$ref', 'ref-cyclic'));
  test('a $ref to the whole form', () =>
    expectError((d) => (d.form.schema.properties.x = { $ref: '#' }), '/form/schema/properties/x/$ref', 'ref-cyclic'));
  test('a pattern open to catastrophic backtracking', () =>
    expectError((d) => (d.form.schema.properties.hoTen.pattern = '^(a+)+$'), '/form/schema/properties/hoTen/pattern', 'pattern-unsafe', { en: 'hang' }));
  test('a pattern that is not a regular expression', () =>
    expectError((d) => (d.form.schema.properties.hoTen.pattern = '(unclosed'), '/form/schema/properties/hoTen/pattern', 'pattern-invalid'));
  test('an overlong pattern', () =>
    expectError((d) => (d.form.schema.properties.hoTen.pattern = 'a'.repeat(600)), '/form/schema/properties/hoTen/pattern', 'pattern-too-long'));
  test('an unknown keyword in the form', () =>
    expectError((d) => (d.form.schema.properties.hoTen['x-widget'] = 'phone'), '/form/schema', 'form-schema-invalid', { en: 'x-widget' }));
  test('a widget, a field renderer or a column count the runtime does not have', () => {
    expectError((d) => (d.form.uiSchema = { hoTen: { 'ui:widget': 'colour-picker' } }), '/form/uiSchema/hoTen/ui:widget', 'ui-widget-unknown');
    expectError((d) => (d.form.uiSchema = { diaChiNhan: { 'ui:field': 'map' } }), '/form/uiSchema/diaChiNhan/ui:field', 'ui-field-unknown');
    expectError((d) => (d.form.uiSchema = { banSao: { items: { 'ui:columns': 7 } } }), '/form/uiSchema/banSao/items/ui:columns', 'ui-columns-invalid');
  });
  test('ui:order names a field that does not exist', () =>
    expectError((d) => (d.form.uiSchema = { 'ui:order': ['hoTen', 'khongCo'] }), '/form/uiSchema/ui:order/1', 'ui-order-unknown'));
  test('pages that miss a field or place it twice', () => {
    const pages = (list: unknown) => (d: Mutable) => (d.form.uiSchema = { 'ui:pages': list });
    const all = ['hoTen', 'soTrang', 'soBan', 'dienTich', 'coCon', 'banSao', 'diaChiNhan'];
    expectError(pages([{ title: 'Một', fields: all.slice(1) }]), '/form/uiSchema/ui:pages', 'ui-pages-missing-field', { en: 'hoTen' });
    expectError(pages([{ title: 'Một', fields: all }, { title: 'Hai', fields: ['hoTen'] }]), '/form/uiSchema/ui:pages/1/fields/0', 'ui-pages-duplicate-field');
    expectError(pages([{ title: 'Một', fields: [...all, 'khac'] }]), '/form/uiSchema/ui:pages/0/fields/7', 'ui-pages-unknown-field');
    expectError(pages([{ fields: all }]), '/form/uiSchema/ui:pages/0', 'ui-pages-invalid');
  });
  test('a translation of a text that does not exist', () =>
    expectError((d) => (d.form.i18n.en['/schema/properties/hoTen/description'] = 'Your name'), '/form/i18n/en/~1schema~1properties~1hoTen~1description', 'i18n-pointer-unknown'));
  test('visibility of a section that does not exist', () =>
    expectError((d) => (d.form.visibility = { '/properties/khongCo': when.delivery('postal') }), '/form/visibility/~1properties~1khongCo', 'visibility-unknown-section'));
  test('a conditional section its parent requires', () =>
    expectError((d) => {
      d.form.visibility = { '/properties/hoTen': when.delivery('postal') };
    }, '/form/visibility/~1properties~1hoTen', 'visibility-required-section'));
});

describe('conditions', () => {
  const withDocument = (condition: unknown) => (d: Mutable) =>
    (d.documents = [{ id: 'giay-to', name: { vi: 'Giấy tờ' }, when: condition }]);
  test('a condition on an answer the form does not have', () =>
    expectError(withDocument(when.answer('khongCo', true)), '/documents/0/when/properties/answers/properties/khongCo', 'condition-unknown-field', { en: 'khongCo' }));
  test('a required answer the form does not have', () =>
    expectError(withDocument({ properties: { answers: { required: ['khongCo'] } } }), '/documents/0/when/properties/answers/required', 'condition-unknown-field'));
  test('a nested answer inside a list item is checked too', () =>
    expectError(withDocument({ properties: { answers: { properties: { banSao: { items: { properties: { soTo: { minimum: 1 } } } } } } } }), '/documents/0/when/properties/answers/properties/banSao/items/properties/soTo', 'condition-unknown-field'));
  test('a channel the procedure does not offer', () => {
    expectError((d) => {
      d.channels = [{ kind: 'in-person' }, { kind: 'online' }];
      withDocument(when.channel('postal'))(d);
    }, '/documents/0/when/properties/channel/const', 'condition-unknown-value', { en: 'postal' });
  });
  test('an applicant category that does not exist, also inside anyOf', () =>
    expectError(withDocument({ anyOf: [when.category('hoc-sinh'), when.category('cuu-chien-binh')] }), '/documents/0/when/anyOf/1/properties/applicantCategory/enum/0', 'condition-unknown-value'));
  test('a condition on something outside the context', () =>
    expectError(withDocument({ properties: { user: { const: 'x' } } }), '/documents/0/when/properties/user', 'condition-unknown-context'));
  test('a condition that is not valid JSON Schema', () =>
    expectError(withDocument({ properties: { channel: { constant: 'online' } } }), '/documents/0/when', 'condition-invalid', { en: 'constant' }));
  test('a case condition that depends on the case', () =>
    expectError((d) => {
      d.caseSelection = 'answers';
      d.cases = [{ id: 'a', name: { vi: 'A' }, when: { properties: { case: { const: 'a' } } } }, { id: 'b', name: { vi: 'B' } }];
    }, '/cases/0/when/properties/case', 'condition-case-circular'));
  test('a catastrophic pattern in a condition', () =>
    expectError(withDocument({ properties: { answers: { properties: { hoTen: { pattern: '(x+x+)+y' } } } } }), '/documents/0/when/properties/answers/properties/hoTen/pattern', 'pattern-unsafe'));
  test('errors come back in both languages for a definition with several faults at once', () => {
    const errors = errorsOf((d) => {
      d.steps[1].id = 'tiep-nhan';
      d.tier = 'village';
    });
    assert.deepEqual(errors.map((e) => e.code).sort(), ['duplicate-id', 'tier-unknown']);
  });
});

test('a definition that passes is returned typed', () => {
  const result = validateProcedure(JSON.parse(JSON.stringify(testDefinition())));
  assert.ok(result.valid);
  const definition: ProcedureDefinition = result.definition;
  assert.equal(definition.code, 'T.000001');
});

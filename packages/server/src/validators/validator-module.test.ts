import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { AnySchema, ErrorObject } from 'ajv';
import { createAjv, MAX_DEFINITION_BYTES, MotcuaError, predicateEvaluator, type ProcedureDefinition, type StandaloneValidate } from '@motcua/core';
import { bundleModule, PART_PREFIX } from './bundle-module.js';
import { importModuleSource, loadValidatorModule } from './load-module.js';
import { buildSchemaModule } from './schema-module.js';
import { answerSamples } from './test-support/answer-samples.js';
import { ValidatorCompileError } from './validator-compile-error.js';
import { buildValidatorModule } from './validator-module.js';

const catalogueDefinition = (code: string) =>
  JSON.parse(readFileSync(new URL(`../../../../catalogue/procedures/${code}.json`, import.meta.url), 'utf8')) as ProcedureDefinition;

/** A form using what the catalogue does not yet: $defs, discriminator, formatMinimum, unevaluatedProperties, uniqueItems, … */
const richForm = {
  type: 'object',
  $defs: {
    nguoi: {
      type: 'object',
      properties: {
        hoTen: { type: 'string', minLength: 2, maxLength: 5 },
        ngaySinh: { type: 'string', format: 'date', formatMinimum: '1900-01-01', formatMaximum: '2025-12-31' },
      },
      required: ['hoTen'],
      unevaluatedProperties: false,
    },
  },
  properties: {
    nguoiNop: { $ref: '#/$defs/nguoi' },
    thanhVien: { type: 'array', items: { $ref: '#/$defs/nguoi' }, uniqueItems: true, maxItems: 3 },
    giayTo: {
      type: 'object',
      discriminator: { propertyName: 'loai' },
      oneOf: [
        { properties: { loai: { const: 'cccd' }, so: { type: 'string', pattern: '^[0-9]{12}$' } }, required: ['loai', 'so'] },
        { properties: { loai: { const: 'ho-chieu' }, so: { type: 'string', pattern: '^[A-Z][0-9]{7}$' } }, required: ['loai', 'so'] },
      ],
      required: ['loai'],
    },
    gioHen: { type: 'string', format: 'time' },
    trangWeb: { type: 'string', format: 'uri' },
    email: { type: 'string', format: 'email' },
    diaChi: { type: 'string', minLength: 3, maxLength: 8 },
    tinh: { type: 'string', enum: ['Hà Nội', 'Huế', 'Đà Nẵng'] },
    coUyQuyen: { type: 'boolean' },
    soTien: { type: 'integer', minimum: 0, multipleOf: 1000 },
    tyLe: { type: 'number', exclusiveMaximum: 1 },
  },
  required: ['nguoiNop'],
  dependentRequired: { coUyQuyen: ['giayTo'] },
  if: { properties: { coUyQuyen: { const: true } }, required: ['coUyQuyen'] },
  then: { properties: { giayUyQuyen: { type: 'string', minLength: 1 } }, required: ['giayUyQuyen'] },
  patternProperties: { '^ghiChu': { type: 'string', maxLength: 10 } },
  unevaluatedProperties: false,
} as const;

const someAnswers: unknown[] = [
  { nguoiNop: { hoTen: 'An' } },
  { nguoiNop: { hoTen: 'An', ngaySinh: '1899-12-31' } },
  { nguoiNop: { hoTen: 'An', ngaySinh: '2024-02-30' } },
  { nguoiNop: { hoTen: 'An', tuoi: 3 } },
  { nguoiNop: { hoTen: 'An' }, thanhVien: [{ hoTen: 'Bo' }, { hoTen: 'Bo' }] },
  { nguoiNop: { hoTen: 'An' }, giayTo: { loai: 'cccd', so: '012345678901' } },
  { nguoiNop: { hoTen: 'An' }, giayTo: { loai: 'ho-chieu', so: '012345678901' } },
  { nguoiNop: { hoTen: 'An' }, giayTo: { loai: 'bang-lai' } },
  { nguoiNop: { hoTen: 'An' }, coUyQuyen: true },
  { nguoiNop: { hoTen: 'An' }, coUyQuyen: true, giayTo: { loai: 'cccd', so: '012345678901' }, giayUyQuyen: 'x' },
  { nguoiNop: { hoTen: 'An' }, diaChi: '👍👍👍' },
  { nguoiNop: { hoTen: 'An' }, diaChi: '👍👍👍👍👍' },
  { nguoiNop: { hoTen: 'An' }, tinh: 'Hà Nội', ghiChu1: 'ngắn', ghiChu2: 'quá dài so với giới hạn' },
  { nguoiNop: { hoTen: 'An' }, gioHen: '08:30:00Z', trangWeb: 'https://dichvucong.gov.vn', email: 'a@b.vn', soTien: 2000, tyLe: 0.5 },
  { nguoiNop: { hoTen: 'An' }, gioHen: '8h30', trangWeb: 'dichvucong', email: 'a@', soTien: 2500, tyLe: 1 },
  { nguoiNop: { hoTen: 'An' }, khac: true },
];

const errorsOf = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({ instancePath, schemaPath, keyword, params }));

/**
 * The verdict and errors, or what was thrown: ajv's `uniqueItems` (fast-deep-equal) throws on
 * objects whose own `valueOf` or `toString` is not a function, which JSON can carry; the module
 * must then throw the same.
 */
function outcome(validate: StandaloneValidate, data: unknown) {
  try {
    return { valid: validate(data), errors: errorsOf(validate.errors) };
  } catch (error) {
    return { threw: (error as Error).constructor.name }; // messages name minified variables
  }
}

async function rejection(promise: Promise<unknown>): Promise<ValidatorCompileError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ValidatorCompileError, `not a ValidatorCompileError: ${String(error)}`);
    assert.ok(error instanceof MotcuaError);
    assert.ok(error.text.vi.length > 0 && error.text.en.length > 0);
    assert.notEqual(error.text.vi, error.text.en);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('buildSchemaModule with production options', () => {
  test('keywords the catalogue does not use yet give the server’s verdicts and errors', async () => {
    const { source, names } = await buildSchemaModule({ form: richForm as AnySchema });
    assert.deepEqual(names, ['form']);
    const { validators } = await importModuleSource<{ validators: Record<string, StandaloneValidate> }>(source);
    const browser = validators.form;
    assert.ok(browser);
    const server = createAjv().compile(richForm);
    let valid = 0;
    for (const answers of [...someAnswers, [{ valueOf: 1 }], ...answerSamples(richForm, 300, 42)]) {
      const expected = outcome(server, answers);
      assert.deepEqual(outcome(browser, answers), expected, JSON.stringify(answers));
      if ('valid' in expected && expected.valid) valid++;
    }
    assert.ok(valid > 5, `${valid} valid answers`);
    const duplicates = { nguoiNop: { hoTen: 'An' }, thanhVien: [{ hoTen: 'Bo', valueOf: 1 }, { hoTen: 'Bo', valueOf: 1 }] };
    assert.throws(() => server(duplicates), TypeError, 'ajv’s own behaviour; the server must catch it');
    assert.throws(() => browser(duplicates), TypeError);
    // Code points, not UTF-16 units: three emoji are three characters, as the server counts them.
    assert.equal(browser({ nguoiNop: { hoTen: 'An' }, diaChi: '👍👍👍' }), true);
    assert.equal(browser({ nguoiNop: { hoTen: 'An', ngaySinh: '1899-12-31' } }), false);
    assert.deepEqual(browser.errors?.map((e) => e.keyword), ['formatMinimum']);
  });

  test('a schema ajv refuses is a typed error naming it; with `partial`, the others still compile', async () => {
    const bad = { type: 'string', minLenght: 3 } as AnySchema;
    const error = await rejection(buildSchemaModule({ good: { type: 'string' }, bad }));
    assert.equal(error.code, 'validator-compile-failed');
    assert.deepEqual((error.details as { pointer: string }).pointer, 'bad');
    assert.match(error.text.en, /minLenght/);

    const partial = await buildSchemaModule({ good: { type: 'string' }, bad }, { partial: true });
    assert.deepEqual(partial.names, ['good']);
    assert.equal(partial.refused.bad?.code, 'validator-compile-failed');
    const { validators } = await importModuleSource<{ validators: Record<string, StandaloneValidate> }>(partial.source);
    assert.equal(validators.good?.('x'), true);
    assert.equal(validators.good?.(1), false);
    assert.equal(Object.hasOwn(validators, 'bad'), false);
  });

  test('names are own properties whatever their text', async () => {
    const schemas = Object.fromEntries([['__proto__', { type: 'string' }], ['/a~1b', { type: 'integer' }]]) as Record<string, AnySchema>;
    const { source } = await buildSchemaModule(schemas);
    const { validators } = await importModuleSource<{ validators: Record<string, StandaloneValidate> }>(source);
    assert.deepEqual(Object.keys(validators), ['__proto__', '/a~1b']);
    assert.equal(Object.getPrototypeOf(validators), Object.prototype);
    assert.equal(validators['__proto__']?.('x'), true);
    assert.equal(validators['/a~1b']?.(3), true);
  });
});

describe('bundleModule refuses rather than crashes', () => {
  test('an entry importing a part that does not exist', async () => {
    const error = await rejection(bundleModule(`import { validate } from "${PART_PREFIX}missing"; export { validate };`, new Map()));
    assert.equal(error.code, 'validator-bundle-failed');
  });

  test('the entry may import its parts and nothing else', async () => {
    const error = await rejection(bundleModule(`import { readFileSync } from "node:fs"; export { readFileSync };`, new Map()));
    assert.equal(error.code, 'validator-bundle-failed');
    assert.match(error.text.en, /may import only its parts/);
  });

  test('generated code may reach ajv’s runtime helpers and nothing else', async () => {
    for (const request of ['node:fs', 'ajv', 'ajv/dist/compile/index', './secret.js']) {
      const parts = new Map([['p', `const x = require(${JSON.stringify(request)}); export const validate = () => x;`]]);
      const error = await rejection(bundleModule(`import { validate } from "${PART_PREFIX}p"; export { validate };`, parts));
      assert.equal(error.code, 'validator-bundle-failed', request);
      assert.match(error.text.en, /may not import/, request);
    }
  });
});

describe('buildValidatorModule', () => {
  test('refuses, with a typed error, a definition validateProcedure does not accept', async () => {
    const invalid = await rejection(buildValidatorModule({} as ProcedureDefinition));
    assert.equal(invalid.code, 'validator-definition-invalid');
    assert.ok(((invalid.details as { errors: unknown[] }).errors).length > 0);

    const huge = { ...catalogueDefinition('2.000815'), keywords: ['x'.repeat(MAX_DEFINITION_BYTES)] };
    const tooLarge = await rejection(buildValidatorModule(huge));
    assert.equal(tooLarge.code, 'validator-definition-invalid');
    assert.deepEqual((tooLarge.details as { errors: { code: string }[] }).errors.map((e) => e.code), ['definition-too-large']);

    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 100; i++) deep = { type: 'object', properties: { a: deep } };
    const nested = catalogueDefinition('2.000815');
    const tooDeep = await rejection(buildValidatorModule({ ...nested, form: { ...nested.form, schema: deep } } as ProcedureDefinition));
    assert.equal(tooDeep.code, 'validator-definition-invalid');
  });

  test('the runtime’s way in: import, wrap the predicates, word the errors', async () => {
    const definition = catalogueDefinition('1.004222');
    const m = await loadValidatorModule(await buildValidatorModule(definition));
    const evaluator = predicateEvaluator(m.predicates);
    assert.equal(evaluator.holds('/fees/0/adjustments/0/when', { answers: {}, channel: 'online' }), true);
    assert.equal(evaluator.holds('/fees/0/adjustments/0/when', { answers: {}, delivery: 'online' }), false);
    assert.equal(evaluator.holds('/cases/1/when', { answers: { loaiChoO: 'nhan-than' } }), true);
    assert.throws(() => evaluator.holds('/nope', { answers: {} }), { code: 'condition-unknown' });
    assert.equal(m.validateAnswers({ hoTen: 42 }), false);
    assert.ok(m.validateAnswers.errors?.some((e) => e.instancePath === '/hoTen' && e.keyword === 'type'));
    assert.ok(Object.isFrozen(m.predicates));
  });

  test('the same definition gives the same module, byte for byte (immutable caching is safe)', async () => {
    const definition = catalogueDefinition('1.001456');
    assert.equal(await buildValidatorModule(definition), await buildValidatorModule(structuredClone(definition)));
  });

  test('a module without the runtime’s exports is refused on load', async () => {
    const error = await rejection(loadValidatorModule('export const validateAnswers = () => true; export const moduleFormat = 2;'));
    assert.equal(error.code, 'validator-module-malformed');
    const noSchemaPredicates = 'export const validateAnswers = () => true; export const moduleFormat = 2; export const conditions = []; export const predicates = {};';
    assert.match((await rejection(loadValidatorModule(noSchemaPredicates))).text.en, /no schemaPredicates/);
    const notFunctions = `${noSchemaPredicates} export const schemaPredicates = { '/if': true };`;
    assert.match((await rejection(loadValidatorModule(notFunctions))).text.en, /no function for \/if/);
  });

  test('a module of format 1 (without schemaPredicates) is refused on load, whatever else it has', async () => {
    const formatOne = 'export const validateAnswers = () => true; export const moduleFormat = 1; export const conditions = []; export const predicates = {}; export const schemaPredicates = {};';
    const error = await rejection(loadValidatorModule(formatOne));
    assert.equal(error.code, 'validator-module-malformed');
    assert.match(error.text.en, /moduleFormat 1, not 2/);
  });
});

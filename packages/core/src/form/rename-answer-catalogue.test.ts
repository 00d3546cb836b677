import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chooseCase } from '../cases/choose-case.js';
import { resolveCase } from '../cases/resolve-case.js';
import { createAjvEvaluator } from '../conditions/ajv-evaluator.js';
import { collectConditions } from '../conditions/collect-conditions.js';
import type { ConditionContext } from '../conditions/condition-context.js';
import { requiredDocuments } from '../documents/required-documents.js';
import { computeFees } from '../fees/compute-fees.js';
import type { ProcedureDefinition } from '../procedure.types.js';
import { validateProcedure } from '../validation/validate-procedure.js';
import { renameAnswer } from './rename-answer.js';
import { hiddenSections } from './visibility.js';

const CATALOGUE = new URL('../../../../catalogue/procedures/', import.meta.url);
const catalogue = (code: string): ProcedureDefinition => JSON.parse(readFileSync(new URL(`${code}.json`, CATALOGUE), 'utf8')) as ProcedureDefinition;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every answer's path in a form, sections and list items included, parents before their members. */
function answerPaths(schema: unknown, at = ''): string[] {
  if (!isNode(schema)) return [];
  const holders = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : []).map((entry) => (isNode(entry) ? entry.then : undefined))];
  const own = holders.flatMap((holder) => (isNode(holder) && isNode(holder.properties) ? Object.entries(holder.properties) : []));
  const inItems = isNode(schema.items) ? answerPaths(schema.items, `${at}/items`) : [];
  return [...own.flatMap(([name, each]) => [`${at}/${name}`, ...answerPaths(each, `${at}/${name}`)]), ...inItems];
}

/** The answers as a dossier would hold them under the new name: `*` steps into every item of a list. */
function renameData(value: unknown, parent: readonly string[], from: string, to: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  const [step, ...rest] = parent;
  if (step === '*') return Array.isArray(value) ? value.map((item) => renameData(item, rest, from, to)) : value;
  if (Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (step === undefined) return Object.fromEntries(entries.map(([key, each]) => [key === from ? to : key, each]));
  return Object.fromEntries(entries.map(([key, each]) => [key, key === step ? renameData(each, rest, from, to) : each]));
}

/** Everything the conditions and fees decide for a context, in a form that does not name the answers. */
function verdicts(definition: ProcedureDefinition, context: ConditionContext) {
  const evaluator = createAjvEvaluator(definition);
  // In document order; a section's pointer names the answer, so only the verdicts are compared.
  const holds = collectConditions(definition).map(({ pointer }) => evaluator.holds(pointer, context));
  const chosen = chooseCase(definition, context, evaluator);
  const effective = resolveCase(definition, chosen.id);
  const fees = computeFees(effective, context, evaluator);
  return {
    holds,
    case: chosen.id,
    total: fees.total,
    complete: fees.complete,
    lines: fees.lines.map(({ feeId, item, quantity, multiplier, base, amount, adjustments, missing }) => ({ feeId, item, quantity, multiplier, base, amount, adjustments, missing: missing.length })),
    documents: requiredDocuments(effective, context, evaluator).map((document) => document.id),
    hidden: hiddenSections(definition, context, evaluator).length,
  };
}

interface Rename {
  code: string;
  path: string;
  to: string;
  contexts: ConditionContext[];
}

const RENAMES: Rename[] = [
  {
    code: '1.004222',
    path: '/loaiChoO',
    to: 'truongHopChoO',
    contexts: ['so-huu', 'nhan-than', 'thue-muon', 'tin-nguong-ton-giao', 'tro-giup-xa-hoi', 'phuong-tien'].flatMap((loaiChoO) => [
      { answers: { loaiChoO, nguoiChuaThanhNien: true }, channel: 'online' },
      { answers: { loaiChoO, nguoiChuaThanhNien: false }, channel: 'in-person', applicantCategory: 'tre-em' },
    ]),
  },
  {
    code: '1.004222',
    path: '/nguoiChuaThanhNien',
    to: 'laNguoiChuaThanhNien',
    contexts: [true, false].map((nguoiChuaThanhNien) => ({ answers: { loaiChoO: 'thue-muon', nguoiChuaThanhNien }, channel: 'in-person' })),
  },
  {
    code: '1.004222',
    path: '/hoTen',
    to: 'hoTenNguoiDangKy',
    contexts: [{ answers: { loaiChoO: 'so-huu', hoTen: 'Nguyễn Văn An', thanhVienCungDangKy: [{ hoTen: 'Nguyễn Thị Bình' }] } }],
  },
  {
    code: '2.000815',
    path: '/banSao/0/soBan',
    to: 'soBanCanChungThuc',
    contexts: [
      { answers: { banSao: [{ tenGiayTo: 'Sổ hộ khẩu', soTrang: 5, soBan: 3 }, { tenGiayTo: 'Bằng', soTrang: 1, soBan: 2 }] } },
      { answers: { banSao: [{ tenGiayTo: 'Hợp đồng', soTrang: 400 }] } },
    ],
  },
  {
    code: '2.000815',
    path: '/banSao',
    to: 'giayToCanChungThuc',
    contexts: [{ answers: { banSao: [{ tenGiayTo: 'Sổ hộ khẩu', soTrang: 5, soBan: 3 }] } }, { answers: {} }],
  },
  {
    code: '1.002755',
    path: '/soNguoiTrongDanhSach',
    to: 'soNguoi',
    contexts: [
      { answers: { soNguoiTrongDanhSach: 12 }, case: 'theo-danh-sach', channel: 'online' },
      { answers: { soNguoiTrongDanhSach: 12 }, case: 'theo-danh-sach', channel: 'in-person' },
      { answers: {}, case: 'theo-danh-sach', channel: 'in-person' },
      { answers: {}, case: 'ca-nhan-ho-gia-dinh', channel: 'in-person', applicantCategory: 'ho-ngheo' },
    ],
  },
];

describe('renameAnswer on catalogue procedures: the same answers under the new name get the same verdicts', () => {
  for (const { code, path, to, contexts } of RENAMES) {
    test(`${code}: ${path} → ${to}`, () => {
      const before = catalogue(code);
      assert.deepEqual(validateProcedure(before).errors, []);
      const after = renameAnswer(before, path, to);
      assert.deepEqual(validateProcedure(after).errors, []);
      assert.notEqual(JSON.stringify(after), JSON.stringify(before));
      const tokens = path.split('/').slice(1).map((token) => (/^\d+$/.test(token) ? '*' : token));
      const from = tokens.pop() as string;
      for (const context of contexts) {
        const renamed = { ...context, answers: renameData(context.answers, tokens, from, to) as Record<string, unknown> };
        assert.deepEqual(verdicts(after, renamed), verdicts(before, context), JSON.stringify(context));
      }
    });
  }

  test('the answers under their old name no longer meet the renamed conditions', () => {
    const after = renameAnswer(catalogue('1.004222'), '/loaiChoO', 'truongHopChoO');
    assert.equal(verdicts(after, { answers: { loaiChoO: 'thue-muon' } }).case, 'phuong-tien');
    assert.equal(verdicts(after, { answers: { truongHopChoO: 'thue-muon' } }).case, 'thue-muon');
  });
});

describe('renameAnswer on every catalogue procedure', () => {
  const codes = readdirSync(CATALOGUE).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length));

  test('every answer renamed, one after another, leaves a valid definition; renamed back in reverse, the same JSON', () => {
    assert.ok(codes.length >= 20);
    for (const code of codes) {
      const original = catalogue(code);
      const paths = answerPaths(original.form.schema);
      assert.ok(paths.length > 0, code);
      // Deepest first, so that each path still names its answer when its turn comes.
      const order = [...paths].reverse();
      const renamed = order.reduce((definition, path) => renameAnswer(definition, path, `${path.split('/').pop() as string}_1`), original);
      assert.deepEqual(validateProcedure(renamed).errors, [], code);
      assert.ok(JSON.stringify(renamed).includes('_1"'), code);
      // Parents first, so that each parent has its name back when its members' turn comes.
      const back = paths.reduce((definition, path) => renameAnswer(definition, `${path}_1`, path.split('/').pop() as string), renamed);
      assert.equal(JSON.stringify(back), JSON.stringify(original), code);
    }
  });
});

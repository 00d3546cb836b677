import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Form, ProcedureDefinition } from '../procedure.types.js';
import { testDefinition, when } from '../test-support/definitions.js';
import { validateProcedure } from '../validation/validate-procedure.js';
import { AnswerRenameError, renameAnswer } from './rename-answer.js';

type Json = Record<string, any>;

/** A definition where `soBan` (the number of copies) is referred to from every kind of place, and named again inside the list of papers. */
function sample(): ProcedureDefinition {
  const form: Form = {
    schema: {
      type: 'object',
      properties: {
        hoTen: { type: 'string', title: 'Họ và tên', minLength: 1 },
        coUyQuyen: { type: 'boolean', title: 'Có ủy quyền' },
        soBan: { type: 'integer', title: 'Số bản', minimum: 1 },
        banSao: {
          type: 'array',
          title: 'Giấy tờ',
          items: {
            type: 'object',
            properties: { soTrang: { type: 'integer', title: 'Số trang', minimum: 1 }, soBan: { type: 'integer', title: 'Số bản của giấy tờ', minimum: 1 } },
            required: ['soTrang', 'soBan'],
          },
        },
        nguoiNop: { type: 'object', title: 'Người nộp', properties: { hoTen: { type: 'string', title: 'Họ và tên người nộp' } } },
      },
      required: ['hoTen', 'soBan'],
      dependentRequired: { coUyQuyen: ['soBan'], soBan: ['hoTen'] },
      dependentSchemas: { soBan: { properties: { ghiChu: { type: 'string', title: 'Ghi chú' } } } },
      allOf: [{ if: { properties: { soBan: { exclusiveMinimum: 2 } }, required: ['soBan'] }, then: { properties: { lyDo: { type: 'string', title: 'Lý do' } }, required: ['lyDo'] } }],
    },
    uiSchema: {
      'ui:order': ['hoTen', 'soBan', '*'],
      soBan: { 'ui:placeholder': 'Số bản' },
      banSao: { items: { 'ui:order': ['soBan', 'soTrang'], soBan: { 'ui:placeholder': 'Số bản của giấy tờ' } } },
      'ui:pages': [
        { title: 'Người nộp', fields: ['hoTen', 'coUyQuyen', 'nguoiNop'] },
        { title: 'Bản sao', fields: ['soBan', 'banSao'] },
      ],
    },
    i18n: {
      en: {
        '/schema/properties/soBan/title': 'Copies',
        '/schema/dependentSchemas/soBan/properties/ghiChu/title': 'Note',
        '/schema/allOf/0/then/properties/lyDo/title': 'Reason',
        '/schema/properties/banSao/items/properties/soBan/title': 'Copies of the paper',
        '/uiSchema/soBan/ui:placeholder': 'Copies',
        '/uiSchema/banSao/items/soBan/ui:placeholder': 'Copies of the paper',
      },
    },
    visibility: {
      '/properties/nguoiNop': when.answer('soBan', 3),
      '/properties/nguoiNop/properties/hoTen': when.channel('in-person'),
    },
  };
  const manyCopies = { properties: { answers: { properties: { soBan: { minimum: 10 } }, required: ['soBan'] } }, required: ['answers'] };
  return testDefinition({
    caseSelection: 'answers',
    cases: [
      { id: 'nhieu-ban', name: { vi: 'Nhiều bản' }, when: manyCopies, documents: [{ id: 'giai-trinh', name: { vi: 'Giải trình' }, when: when.answer('soBan', 20) }] },
      { id: 'mac-dinh', name: { vi: 'Mặc định' }, fees: [{ id: 'sao-y', kind: 'fee', label: { vi: 'Sao y' }, when: when.answer('soBan', 4), rule: { type: 'per-unit', quantity: '/soBan', amount: 2000 } }] },
    ],
    fees: [
      { id: 'le-phi', kind: 'fee', label: { vi: 'Lệ phí' }, rule: { type: 'per-unit', quantity: '/soBan', amount: 5000 }, adjustments: [{ when: when.answer('soBan', 1), type: 'exempt', label: { vi: 'Một bản' } }] },
      { id: 'chung-thuc', kind: 'fee', label: { vi: 'Chứng thực' }, each: '/banSao', rule: { type: 'tiered', quantity: '/soTrang', tiers: [{ upTo: 2, amount: 2000 }, { amount: 1000 }] }, multiplier: '/soBan' },
    ],
    documents: [{ id: 'uy-quyen', name: { vi: 'Giấy ủy quyền' }, when: when.answer('soBan', 2) }],
    form,
  });
}

const schemaOf = (definition: ProcedureDefinition): Json => definition.form.schema as Json;

describe('renameAnswer: the form', () => {
  test('the sample is a valid definition, so every rename below starts from one', () => {
    assert.deepEqual(validateProcedure(sample()).errors, []);
  });

  test('renames the declaration in place, required, dependentRequired keys and values, dependentSchemas and the if of a condition', () => {
    const schema = schemaOf(renameAnswer(sample(), '/soBan', 'soBanSao'));
    assert.deepEqual(Object.keys(schema.properties), ['hoTen', 'coUyQuyen', 'soBanSao', 'banSao', 'nguoiNop']);
    assert.deepEqual(schema.required, ['hoTen', 'soBanSao']);
    assert.deepEqual(schema.dependentRequired, { coUyQuyen: ['soBanSao'], soBanSao: ['hoTen'] });
    assert.deepEqual(Object.keys(schema.dependentSchemas), ['soBanSao']);
    assert.deepEqual(schema.allOf[0].if, { properties: { soBanSao: { exclusiveMinimum: 2 } }, required: ['soBanSao'] });
  });

  test('leaves a member of the same name in another object alone', () => {
    const schema = schemaOf(renameAnswer(sample(), '/soBan', 'soBanSao'));
    assert.deepEqual(Object.keys(schema.properties.banSao.items.properties), ['soTrang', 'soBan']);
    assert.deepEqual(schema.properties.banSao.items.required, ['soTrang', 'soBan']);
    const nested = schemaOf(renameAnswer(sample(), '/nguoiNop/hoTen', 'hoTenNguoiNop'));
    assert.deepEqual(Object.keys(nested.properties.nguoiNop.properties), ['hoTenNguoiNop']);
    assert.ok(nested.properties.hoTen);
    assert.deepEqual(nested.required, ['hoTen', 'soBan']);
    assert.deepEqual(nested.dependentRequired.soBan, ['hoTen']);
  });

  test('renames a question a condition brings in, in its then branch', () => {
    const renamed = renameAnswer(sample(), '/lyDo', 'lyDoXinNhieuBan');
    assert.deepEqual(schemaOf(renamed).allOf[0].then, { properties: { lyDoXinNhieuBan: { type: 'string', title: 'Lý do' } }, required: ['lyDoXinNhieuBan'] });
    assert.equal(renamed.form.i18n?.en?.['/schema/allOf/0/then/properties/lyDoXinNhieuBan/title'], 'Reason');
  });

  test('renames a member of a list’s items, named by index or by items, and only there', () => {
    for (const path of ['/banSao/0/soBan', '/banSao/items/soBan']) {
      const renamed = renameAnswer(sample(), path, 'soBanCanChungThuc');
      const items = schemaOf(renamed).properties.banSao.items;
      assert.deepEqual(Object.keys(items.properties), ['soTrang', 'soBanCanChungThuc'], path);
      assert.deepEqual(items.required, ['soTrang', 'soBanCanChungThuc']);
      assert.deepEqual(renamed.form.uiSchema?.banSao, { items: { 'ui:order': ['soBanCanChungThuc', 'soTrang'], soBanCanChungThuc: { 'ui:placeholder': 'Số bản của giấy tờ' } } });
      assert.equal(renamed.form.i18n?.en?.['/schema/properties/banSao/items/properties/soBanCanChungThuc/title'], 'Copies of the paper');
      assert.equal(renamed.form.i18n?.en?.['/uiSchema/banSao/items/soBanCanChungThuc/ui:placeholder'], 'Copies of the paper');
      assert.ok(schemaOf(renamed).properties.soBan, 'the top-level question of the same name stays');
      assert.equal(renamed.fees?.[1]?.multiplier, '/soBanCanChungThuc');
      assert.equal(renamed.fees?.[0]?.rule.type === 'per-unit' && renamed.fees[0].rule.quantity, '/soBan');
      assert.deepEqual(renamed.documents?.[0]?.when, when.answer('soBan', 2));
    }
  });

  test('renames the uiSchema node, ui:order and the pages', () => {
    const ui = renameAnswer(sample(), '/soBan', 'soBanSao').form.uiSchema as Json;
    assert.deepEqual(Object.keys(ui), ['ui:order', 'soBanSao', 'banSao', 'ui:pages']);
    assert.deepEqual(ui['ui:order'], ['hoTen', 'soBanSao', '*']);
    assert.deepEqual(ui.soBanSao, { 'ui:placeholder': 'Số bản' });
    assert.deepEqual(ui['ui:pages'][1].fields, ['soBanSao', 'banSao']);
    assert.deepEqual(ui.banSao.items['ui:order'], ['soBan', 'soTrang']);
  });

  test('moves the English texts of the question and of what hangs on its name', () => {
    assert.deepEqual(renameAnswer(sample(), '/soBan', 'soBanSao').form.i18n?.en, {
      '/schema/properties/soBanSao/title': 'Copies',
      '/schema/dependentSchemas/soBanSao/properties/ghiChu/title': 'Note',
      '/schema/allOf/0/then/properties/lyDo/title': 'Reason',
      '/schema/properties/banSao/items/properties/soBan/title': 'Copies of the paper',
      '/uiSchema/soBanSao/ui:placeholder': 'Copies',
      '/uiSchema/banSao/items/soBan/ui:placeholder': 'Copies of the paper',
    });
  });

  test('re-keys the section visibility and renames the answers its conditions test', () => {
    assert.deepEqual(renameAnswer(sample(), '/soBan', 'soBanSao').form.visibility, {
      '/properties/nguoiNop': when.answer('soBanSao', 3),
      '/properties/nguoiNop/properties/hoTen': when.channel('in-person'),
    });
    assert.deepEqual(renameAnswer(sample(), '/nguoiNop', 'nguoiNopHoSo').form.visibility, {
      '/properties/nguoiNopHoSo': when.answer('soBan', 3),
      '/properties/nguoiNopHoSo/properties/hoTen': when.channel('in-person'),
    });
    assert.deepEqual(Object.keys(renameAnswer(sample(), '/nguoiNop/hoTen', 'ten').form.visibility ?? {}), ['/properties/nguoiNop', '/properties/nguoiNop/properties/ten']);
  });

  test('follows older and rarer keywords: dependencies, a discriminator', () => {
    const definition = sample();
    definition.form.schema = { type: 'object', properties: { loai: { type: 'string' } }, dependencies: { loai: ['hoTen'], hoTen: ['loai'] }, discriminator: { propertyName: 'loai' }, oneOf: [] };
    const schema = schemaOf(renameAnswer(definition, '/loai', 'loaiGiayTo'));
    assert.deepEqual(schema.dependencies, { loaiGiayTo: ['hoTen'], hoTen: ['loaiGiayTo'] });
    assert.deepEqual(schema.discriminator, { propertyName: 'loaiGiayTo' });
  });
});

describe('renameAnswer: what refers to the answer', () => {
  test('every condition: fees, adjustments, documents, cases and their own fees and documents', () => {
    const renamed = renameAnswer(sample(), '/soBan', 'soBanSao');
    assert.deepEqual(renamed.fees?.[0]?.adjustments?.[0]?.when, when.answer('soBanSao', 1));
    assert.deepEqual(renamed.documents?.[0]?.when, when.answer('soBanSao', 2));
    assert.deepEqual(renamed.cases[0]?.when, { properties: { answers: { properties: { soBanSao: { minimum: 10 } }, required: ['soBanSao'] } }, required: ['answers'] });
    assert.deepEqual(renamed.cases[0]?.documents?.[0]?.when, when.answer('soBanSao', 20));
    assert.deepEqual(renamed.cases[1]?.fees?.[0]?.when, when.answer('soBanSao', 4));
  });

  test('a condition on a member of the same name in another object is left alone', () => {
    const definition = sample();
    const onApplicant = { properties: { answers: { properties: { nguoiNop: { properties: { hoTen: { const: 'A' } }, required: ['hoTen'] } } } } };
    (definition.documents as NonNullable<ProcedureDefinition['documents']>)[0] = { id: 'uy-quyen', name: { vi: 'Giấy ủy quyền' }, when: onApplicant };
    const renamed = renameAnswer(definition, '/hoTen', 'hoTenNguoiYeuCau');
    assert.deepEqual(renamed.documents?.[0]?.when, onApplicant);
    assert.deepEqual(renameAnswer(definition, '/nguoiNop/hoTen', 'ten').documents?.[0]?.when, {
      properties: { answers: { properties: { nguoiNop: { properties: { ten: { const: 'A' } }, required: ['ten'] } } } },
    });
  });

  test('fee pointers: a quantity at the top level, each, and the item-relative pointers only for members of the items', () => {
    const renamed = renameAnswer(sample(), '/soBan', 'soBanSao');
    assert.deepEqual(renamed.fees?.[0]?.rule, { type: 'per-unit', quantity: '/soBanSao', amount: 5000 });
    assert.equal(renamed.fees?.[1]?.multiplier, '/soBan');
    assert.deepEqual(renamed.cases[1]?.fees?.[0]?.rule, { type: 'per-unit', quantity: '/soBanSao', amount: 2000 });
    const list = renameAnswer(sample(), '/banSao', 'giayToCanChungThuc');
    assert.equal(list.fees?.[1]?.each, '/giayToCanChungThuc');
    assert.equal(list.fees?.[1]?.multiplier, '/soBan');
    const pages = renameAnswer(sample(), '/banSao/0/soTrang', 'soTrangGiayTo');
    assert.equal(pages.fees?.[1]?.rule.type === 'tiered' && pages.fees[1].rule.quantity, '/soTrangGiayTo');
  });
});

describe('renameAnswer: a whole new definition', () => {
  test('never changes its input, and renaming back gives the same definition, keys in the same order', () => {
    const original = sample();
    const before = JSON.stringify(original);
    const there = renameAnswer(original, '/soBan', 'soBanSao');
    assert.equal(JSON.stringify(original), before);
    assert.notEqual(JSON.stringify(there), before);
    assert.equal(JSON.stringify(renameAnswer(there, '/soBanSao', 'soBan')), before);
    for (const [path, name, back] of [['/banSao/0/soBan', 'soBanCanChungThuc', '/banSao/0/soBanCanChungThuc'], ['/lyDo', 'lyDoKhac', '/lyDoKhac'], ['/nguoiNop/hoTen', 'ten', '/nguoiNop/ten']] as const) {
      assert.equal(JSON.stringify(renameAnswer(renameAnswer(original, path, name), back, path.split('/').pop() as string)), before, path);
    }
  });

  test('a valid definition stays valid whatever answer is renamed', () => {
    for (const [path, name] of [['/soBan', 'soBanSao'], ['/banSao', 'giayTo'], ['/banSao/0/soTrang', 'soTrangGiayTo'], ['/lyDo', 'lyDoKhac'], ['/nguoiNop/hoTen', 'ten'], ['/coUyQuyen', 'co_uy_quyen']]) {
      assert.deepEqual(validateProcedure(renameAnswer(sample(), path as string, name as string)).errors, [], path);
    }
  });

  test('the same name gives back an equal definition', () => {
    const original = sample();
    const same = renameAnswer(original, '/soBan', 'soBan');
    assert.notEqual(same, original);
    assert.deepEqual(same, original);
  });
});

function refusal(run: () => unknown, code: string, vi: string, en: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof AnswerRenameError);
    assert.equal(error.code, code);
    assert.equal(error.messageIn('vi'), vi);
    assert.equal(error.messageIn('en'), en);
    return true;
  });
}

describe('renameAnswer: refusals', () => {
  test('a name that is no answer name', () => {
    for (const name of ['', '1ban', 'số', 'so-ban', 'so ban', '__proto__', 'a'.repeat(65)]) {
      refusal(
        () => renameAnswer(sample(), '/soBan', name),
        'answer-name-invalid',
        `“${name}” không dùng được làm tên dữ liệu: chỉ dùng chữ cái không dấu (a–z, A–Z), chữ số và dấu gạch dưới “_”, không bắt đầu bằng chữ số, tối đa 64 ký tự.`,
        `“${name}” cannot be an answer name: use only letters without diacritics (a–z, A–Z), digits and “_”, not starting with a digit, at most 64 characters.`,
      );
    }
    assert.ok(renameAnswer(sample(), '/soBan', `_${'a'.repeat(63)}`));
  });

  test('a name a sibling already has, in the object or a branch of it', () => {
    for (const [path, name] of [['/soBan', 'hoTen'], ['/soBan', 'lyDo'], ['/lyDo', 'coUyQuyen'], ['/banSao/0/soBan', 'soTrang']]) {
      refusal(
        () => renameAnswer(sample(), path as string, name as string),
        'answer-name-taken',
        `Đã có một câu hỏi tên “${name}” ở cùng chỗ trong biểu mẫu; hãy chọn tên khác.`,
        `Another question in the same place of the form is already named “${name}”; choose another name.`,
      );
    }
  });

  test('a path where the form has no answer', () => {
    for (const path of ['/khongCo', '/banSao/0/khongCo', '/banSao/0', '/hoTen/ten', '', 'soBan']) {
      refusal(() => renameAnswer(sample(), path, 'moi'), 'answer-not-found', `Biểu mẫu không có câu trả lời nào ở “${path}”.`, `The form has no answer at “${path}”.`);
    }
  });

  test('a question declared in a shared definition reached through $ref', () => {
    const definition = sample();
    definition.form.schema = {
      type: 'object',
      $defs: { diaChi: { type: 'object', properties: { tinh: { type: 'string' } } } },
      properties: { noiO: { $ref: '#/$defs/diaChi' }, noiLamViec: { $ref: '#/$defs/diaChi' } },
    };
    refusal(
      () => renameAnswer(definition, '/noiO/tinh', 'tinhThanh'),
      'answer-behind-ref',
      'Câu hỏi ở “/noiO/tinh” được khai báo trong một định nghĩa dùng chung (“#/$defs/diaChi”) mà biểu mẫu trỏ tới bằng “$ref”, nên không đổi tên ở đây được: hãy sửa trong phần JSON.',
      'The question at “/noiO/tinh” is declared in a shared definition (“#/$defs/diaChi”) the form reaches through “$ref”, so it cannot be renamed here: edit it in the JSON view.',
    );
    assert.deepEqual(Object.keys(schemaOf(renameAnswer(definition, '/noiO', 'noiThuongTru')).properties), ['noiThuongTru', 'noiLamViec']);
  });
});

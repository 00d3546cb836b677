// A module's `schemaPredicates` on forms the catalogue does not have yet: `if` at the root, in a
// nested object, under several `allOf`s, in array items, in `$defs` reached by `$ref`, an `if`
// that is itself a `$ref`, a form with its own `$id`, names that need escaping. Each predicate is
// checked against values whose verdict is written here, and against the server's ajv on many more.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createAjv, ifSchemaPointers, type ProcedureDefinition, type ValidatorModule } from '@motcua/core';
import { loadValidatorModule } from './load-module.js';
import { answerSamples } from './test-support/answer-samples.js';
import { serverIfVerdicts, valuesWithin } from './test-support/server-if-verdicts.js';
import { buildValidatorModule } from './validator-module.js';

const base = JSON.parse(readFileSync(new URL('../../../../catalogue/procedures/2.000815.json', import.meta.url), 'utf8')) as ProcedureDefinition;

/** 2.000815 with more in its form: its own fields stay, since its fee reads them. */
function withForm(extra: Record<string, unknown>): ProcedureDefinition {
  const definition = structuredClone(base);
  const { properties: more, ...rest } = extra;
  const schema = definition.form.schema;
  definition.form.schema = { ...schema, ...rest, properties: { ...(schema.properties as object), ...(more as object) } };
  return definition;
}

const adult = { properties: { tuoi: { minimum: 18 } }, required: ['tuoi'] };

interface Case {
  name: string;
  definition: ProcedureDefinition;
  /** For each `if`, values and the verdict the server's ajv gives them, written out. */
  verdicts: Record<string, [unknown, boolean][]>;
}

const cases: Case[] = [
  {
    name: 'if at the root',
    definition: withForm({
      properties: { loai: { type: 'string', enum: ['ca-nhan', 'to-chuc'] }, tenToChuc: { type: 'string', minLength: 1 } },
      if: { properties: { loai: { const: 'to-chuc' } }, required: ['loai'] },
      then: { required: ['tenToChuc'] },
    }),
    verdicts: { '/if': [[{ loai: 'to-chuc' }, true], [{ loai: 'ca-nhan' }, false], [{}, false], ['to-chuc', true], [null, true]] },
  },
  {
    name: 'if inside a nested object, and an if inside that if',
    definition: withForm({
      properties: {
        nguoiNop: {
          type: 'object',
          properties: { coUyQuyen: { type: 'boolean' }, giayUyQuyen: { type: 'string' }, hoTen: { type: 'string' } },
          if: { properties: { coUyQuyen: { const: true } }, required: ['coUyQuyen'], if: { required: ['hoTen'] }, then: { properties: { hoTen: { minLength: 2 } } } },
          then: { required: ['giayUyQuyen'] },
        },
      },
    }),
    verdicts: {
      '/properties/nguoiNop/if': [[{ coUyQuyen: true }, true], [{ coUyQuyen: false }, false], [{ coUyQuyen: true, hoTen: 'A' }, false], [{ coUyQuyen: true, hoTen: 'An' }, true]],
      '/properties/nguoiNop/if/if': [[{ hoTen: 'A' }, true], [{}, false]],
    },
  },
  {
    name: 'several ifs under allOf',
    definition: withForm({
      properties: { kenh: { type: 'string' }, soLuong: { type: 'integer' }, ghiChu: { type: 'string' } },
      allOf: [
        { if: { properties: { kenh: { const: 'buu-chinh' } }, required: ['kenh'] }, then: { required: ['ghiChu'] } },
        { if: { properties: { soLuong: { minimum: 10 } }, required: ['soLuong'] }, then: { properties: { ghiChu: { minLength: 10 } } } },
        { if: { anyOf: [{ required: ['kenh'] }, { required: ['soLuong'] }] }, then: true, else: true },
      ],
    }),
    verdicts: {
      '/allOf/0/if': [[{ kenh: 'buu-chinh' }, true], [{ kenh: 'truc-tiep' }, false], [{}, false]],
      '/allOf/1/if': [[{ soLuong: 10 }, true], [{ soLuong: 9 }, false], [{ soLuong: 'muoi' }, true]],
      '/allOf/2/if': [[{ soLuong: 1 }, true], [{ kenh: 'x' }, true], [{ khac: 1 }, false]],
    },
  },
  {
    name: 'if inside array items',
    definition: withForm({
      properties: {
        thanhVien: {
          type: 'array',
          items: {
            type: 'object',
            properties: { tuoi: { type: 'integer', minimum: 0 }, nguoiGiamHo: { type: 'string' } },
            if: { properties: { tuoi: { maximum: 13 } }, required: ['tuoi'] },
            then: { required: ['nguoiGiamHo'] },
          },
        },
      },
    }),
    verdicts: { '/properties/thanhVien/items/if': [[{ tuoi: 5 }, true], [{ tuoi: 14 }, false], [{}, false], [[], true]] },
  },
  {
    name: 'if in $defs reached by $ref, an if that is a $ref, and one that adds to one',
    definition: withForm({
      $defs: {
        nguoiLon: adult,
        nguoi: {
          type: 'object',
          properties: { quocTich: { type: 'string' }, soHoChieu: { type: 'string' }, tuoi: { type: 'integer' }, ngheNghiep: { type: 'string' } },
          if: { properties: { quocTich: { not: { const: 'VN' } } }, required: ['quocTich'] },
          then: { required: ['soHoChieu'] },
        },
      },
      properties: {
        chuHo: { $ref: '#/$defs/nguoi' },
        nguoiKhai: { $ref: '#/$defs/nguoi', if: { $ref: '#/$defs/nguoiLon' }, then: { required: ['ngheNghiep'] } },
        nguoiNhan: { $ref: '#/$defs/nguoi', if: { $ref: '#/$defs/nguoiLon', properties: { quocTich: { const: 'VN' } }, required: ['quocTich'] }, then: true },
      },
    }),
    verdicts: {
      '/$defs/nguoi/if': [[{ quocTich: 'LA' }, true], [{ quocTich: 'VN' }, false], [{}, false]],
      '/properties/nguoiKhai/if': [[{ tuoi: 18 }, true], [{ tuoi: 17 }, false], [{}, false]],
      '/properties/nguoiNhan/if': [[{ tuoi: 30, quocTich: 'VN' }, true], [{ tuoi: 30 }, false], [{ tuoi: 3, quocTich: 'VN' }, false]],
    },
  },
  {
    name: 'a form with its own $id, and names that need escaping in a pointer and a URI',
    definition: withForm({
      $id: 'https://motcua.example.vn/bieu-mau/ho-so',
      $defs: { nguoiLon: adult },
      properties: {
        'địa chỉ/khác~50%': { type: 'object', properties: { tuoi: { type: 'integer' } }, if: { $ref: '#/$defs/nguoiLon' }, then: { required: ['tuoi'] } },
        if: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } },
      },
    }),
    verdicts: {
      '/properties/địa chỉ~1khác~050%/if': [[{ tuoi: 40 }, true], [{ tuoi: 4 }, false]],
      '/properties/if/if': [[{ a: 1 }, true], [{ b: 1 }, false]],
    },
  },
];

const built = new Map<string, { source: string; module: ValidatorModule }>();

before(async () => {
  for (const { name, definition } of cases) {
    const source = await buildValidatorModule(definition);
    built.set(name, { source, module: await loadValidatorModule(source) });
  }
});

describe('schemaPredicates decide each `if` as the server’s ajv does', () => {
  for (const [index, { name, definition, verdicts }] of cases.entries()) {
    test(name, () => {
      const { module } = built.get(name) as { module: ValidatorModule };
      const pointers = ifSchemaPointers(definition.form.schema);
      assert.deepEqual(Object.keys(module.schemaPredicates), pointers);
      assert.deepEqual(Object.keys(verdicts).sort(), [...pointers].sort(), 'every if has written verdicts');
      const server = serverIfVerdicts(definition.form.schema);
      const values = valuesWithin([{}, [], null, 0, 'x', true, ...answerSamples(definition.form.schema, 60, 31_000 + index)]);
      for (const pointer of pointers) {
        const predicate = module.schemaPredicates[pointer] as (value: unknown) => boolean;
        for (const [value, expected] of verdicts[pointer] ?? []) {
          assert.equal(server[pointer]?.(value), expected, `the server: ${pointer} ${JSON.stringify(value)}`);
          assert.equal(predicate(value), expected, `the module: ${pointer} ${JSON.stringify(value)}`);
        }
        for (const value of values) assert.equal(predicate(value), server[pointer]?.(value), `${pointer} ${JSON.stringify(value)}`);
      }
    });
  }

  test('the verdict is the branch the server’s whole-form validation takes', () => {
    const { definition } = cases[0] as Case;
    const { module } = built.get('if at the root') as { module: ValidatorModule };
    const form = createAjv().compile(definition.form.schema);
    const answers = { hoTen: 'Nguyễn Văn An', banSao: [{ tenGiayTo: 'Giấy khai sinh', soTrang: 1, soBan: 1 }] };
    for (const loai of ['to-chuc', 'ca-nhan']) {
      const filled = { ...answers, loai };
      assert.equal(module.schemaPredicates['/if']?.(filled), loai === 'to-chuc');
      // `then` requires tenToChuc: only the answers whose `if` holds miss it.
      assert.equal(form(filled), loai !== 'to-chuc');
      assert.equal(module.validateAnswers(filled), loai !== 'to-chuc');
    }
  });

  test('a predicate passes on only the value: extra arguments (as from Array.prototype.filter) change nothing', () => {
    const { module } = built.get('if inside array items') as { module: ValidatorModule };
    const predicate = module.schemaPredicates['/properties/thanhVien/items/if'] as (value: unknown) => boolean;
    const members = [{ tuoi: 5 }, { tuoi: 40 }, { tuoi: 13 }];
    assert.deepEqual(members.filter(predicate), [{ tuoi: 5 }, { tuoi: 13 }]);
  });

  test('the predicates run where eval is forbidden (as under a CSP without unsafe-eval)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'motcua-if-csp-'));
    try {
      const probes = [{}, { tuoi: 30, quocTich: 'VN' }, { quocTich: 'LA' }, { tuoi: 17 }];
      const { source, module } = built.get('if in $defs reached by $ref, an if that is a $ref, and one that adds to one') as { source: string; module: ValidatorModule };
      writeFileSync(join(scratch, 'm.mjs'), source);
      writeFileSync(
        join(scratch, 'runner.mjs'),
        `let evalBlocked = false;
        try { (0, eval)('1'); } catch { evalBlocked = true; }
        const m = await import(${JSON.stringify(pathToFileURL(join(scratch, 'm.mjs')).href)});
        const probes = ${JSON.stringify(probes)};
        console.log(JSON.stringify({ evalBlocked, out: Object.values(m.schemaPredicates).map((p) => probes.map((v) => p(v))) }));`,
      );
      const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', join(scratch, 'runner.mjs')], { encoding: 'utf8' });
      assert.equal(child.status, 0, child.stderr);
      const expected = Object.values(module.schemaPredicates).map((p) => probes.map((v) => p(v)));
      assert.deepEqual(JSON.parse(child.stdout), { evalBlocked: true, out: expected });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('a form without an `if` has an empty, frozen schemaPredicates', async () => {
    const m = await loadValidatorModule(await buildValidatorModule(base));
    assert.deepEqual(m.schemaPredicates, {});
    assert.ok(Object.isFrozen(m.schemaPredicates));
  });
});

// Every catalogue procedure's browser module against the server's own validators: the same
// verdicts, the same errors (so the same localized messages), the same condition verdicts; a
// module that imports nothing, evaluates no strings and runs where eval is forbidden.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ErrorObject } from 'ajv';
import {
  collectConditions,
  createAjv,
  createAjvEvaluator,
  createDefinitionAjv,
  ifSchemaPointers,
  labelAtPath,
  localizeErrors,
  predicateEvaluator,
  quote,
  VALIDATOR_MODULE_FORMAT,
  type ConditionEvaluator,
  type ConditionContext,
  type ProcedureDefinition,
  type ValidatorModule,
} from '@motcua/core';
import { loadValidatorModule } from './load-module.js';
import { answerSamples } from './test-support/answer-samples.js';
import { conditionContexts } from './test-support/condition-contexts.js';
import { serverIfVerdicts, valuesWithin } from './test-support/server-if-verdicts.js';
import { buildValidatorModule } from './validator-module.js';

const dir = new URL('../../../../catalogue/procedures/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const definitions = files.map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as ProcedureDefinition);

interface Built {
  definition: ProcedureDefinition;
  source: string;
  module: ValidatorModule;
}
const built: Built[] = [];

before(async () => {
  const definitionAjv = createDefinitionAjv();
  for (const definition of definitions) {
    const source = await buildValidatorModule(definition, { definitionAjv });
    built.push({ definition, source, module: await loadValidatorModule(source) });
  }
});

function errorsOf(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
}

describe('catalogue procedures: the browser module decides as the server does', () => {
  test('the catalogue is there', () => {
    assert.ok(definitions.length >= 20, `only ${definitions.length} procedures`);
    assert.equal(built.length, definitions.length);
  });

  test('validateAnswers: same verdict, same errors, same localized messages as createAjv().compile(form.schema)', (t) => {
    let valid = 0;
    let invalid = 0;
    for (const [index, { definition, module }] of built.entries()) {
      const server = createAjv().compile(definition.form.schema);
      const labelOf = (path: string) => labelAtPath(definition.form, path);
      const samples = [{}, [], null, 'x', ...answerSamples(definition.form.schema, 150, 20_250_101 + index)];
      let procedureValid = 0;
      for (const answers of samples) {
        const expected = server(answers);
        const actual = module.validateAnswers(answers);
        const where = `${definition.code} ${JSON.stringify(answers)}`;
        assert.equal(actual, expected, where);
        assert.deepEqual(errorsOf(module.validateAnswers.errors), errorsOf(server.errors), where);
        assert.deepEqual(localizeErrors(module.validateAnswers.errors ?? [], labelOf), localizeErrors(server.errors ?? [], labelOf), where);
        if (expected) procedureValid++;
      }
      assert.ok(procedureValid > 0, `${definition.code}: no generated answers were valid`);
      assert.ok(procedureValid < samples.length, `${definition.code}: no generated answers were invalid`);
      valid += procedureValid;
      invalid += samples.length - procedureValid;
    }
    t.diagnostic(`${valid + invalid} answers over ${built.length} procedures: ${valid} valid, ${invalid} invalid`);
  });

  test('predicates: exactly collectConditions’ pointers, each agreeing with createAjvEvaluator over many contexts', (t) => {
    let checks = 0;
    let conditions = 0;
    for (const [index, { definition, module }] of built.entries()) {
      const pointers = collectConditions(definition).map((c) => c.pointer);
      assert.deepEqual(Object.keys(module.predicates), pointers, definition.code);
      assert.deepEqual([...module.conditions], pointers, definition.code);
      const server = createAjvEvaluator(definition);
      const browser = predicateEvaluator(module.predicates);
      const seen = new Map(pointers.map((p) => [p, new Set<boolean>()]));
      for (const context of conditionContexts(definition, 300, 7_000 + index)) {
        for (const pointer of pointers) {
          const expected = server.holds(pointer, context);
          assert.equal(browser.holds(pointer, context), expected, `${definition.code} ${pointer} ${JSON.stringify(context)}`);
          seen.get(pointer)?.add(expected);
          checks++;
        }
      }
      for (const [pointer, verdicts] of seen) assert.equal(verdicts.size, 2, `${definition.code} ${pointer}: the contexts only ever gave ${[...verdicts]}`);
      assert.throws(() => browser.holds('/fees/999/when', { answers: {} }), { code: 'condition-unknown' });
      conditions += pointers.length;
    }
    assert.ok(conditions > 50, `only ${conditions} conditions in the catalogue`);
    t.diagnostic(`${conditions} conditions, ${checks} predicate checks, each condition seen both holding and not`);
  });

  test('a quote computed with the module’s predicates is the quote the server computes', (t) => {
    const outcome = (definition: ProcedureDefinition, context: ConditionContext, evaluator: ConditionEvaluator) => {
      try {
        const q = quote(definition, context, { evaluator });
        return { case: q.case.id, fees: q.fees, documents: q.documents, serviceLevel: q.serviceLevel, hidden: q.hiddenSections };
      } catch (error) {
        return { threw: (error as { code?: string }).code ?? String(error) };
      }
    };
    const cases = new Set<string>();
    let quotes = 0;
    for (const [index, { definition, module }] of built.entries()) {
      const server = createAjvEvaluator(definition);
      const browser = predicateEvaluator(module.predicates);
      // 60 random contexts and the first 60 of the channel × delivery × category × case product.
      for (const context of conditionContexts(definition, 60, 90_000 + index).slice(0, 120)) {
        const expected = outcome(definition, context, server);
        assert.deepEqual(outcome(definition, context, browser), expected, `${definition.code} ${JSON.stringify(context)}`);
        if ('case' in expected) cases.add(`${definition.code}/${expected.case}`);
        quotes++;
      }
    }
    t.diagnostic(`${quotes} quotes, reaching ${cases.size} cases across the catalogue`);
    assert.ok(cases.size > definitions.length, 'the contexts reach more than one case somewhere');
  });

  test('schemaPredicates: one per `if` of the form, each deciding as the server’s ajv', (t) => {
    let ifs = 0;
    for (const [index, { definition, module }] of built.entries()) {
      assert.deepEqual(Object.keys(module.schemaPredicates), ifSchemaPointers(definition.form.schema), definition.code);
      assert.ok(Object.isFrozen(module.schemaPredicates), definition.code);
      const server = serverIfVerdicts(definition.form.schema);
      const values = valuesWithin([{}, [], null, 'x', ...answerSamples(definition.form.schema, 30, 40_000 + index)]);
      for (const [pointer, predicate] of Object.entries(module.schemaPredicates)) {
        for (const value of values) assert.equal(predicate(value), server[pointer]?.(value), `${definition.code} ${pointer} ${JSON.stringify(value)}`);
        ifs++;
      }
    }
    t.diagnostic(`${ifs} if subschemas in the catalogue’s forms`);
  });

  test('metadata exports: module format, definition format version, procedure code', () => {
    for (const { definition, module } of built) {
      assert.equal(module.moduleFormat, VALIDATOR_MODULE_FORMAT);
      assert.equal(module.moduleFormat, 2);
      assert.equal(module.formatVersion, definition.formatVersion);
      assert.equal(module.procedure, definition.code);
    }
  });
});

describe('catalogue procedures: the module is one self-contained, CSP-safe ES module', () => {
  test('no require(, eval(, new Function or import; the named exports are there', () => {
    for (const { definition, source } of built) {
      assert.doesNotMatch(source, /\brequire\s*\(/, definition.code);
      assert.doesNotMatch(source, /\beval\s*\(/, definition.code);
      assert.doesNotMatch(source, /\bnew\s+Function\b/, definition.code);
      assert.doesNotMatch(source, /\bFunction\s*\(/, definition.code);
      assert.doesNotMatch(source, /(?:^|[^\w$.])import\s*(?:[\s{*"'(]|\.meta)/, definition.code);
      assert.match(source, /export\s*\{[^}]*\bvalidateAnswers\b[^}]*\}/, definition.code);
      assert.match(source, /export\s*\{[^}]*\bschemaPredicates\b[^}]*\}/, definition.code);
    }
  });

  test('the same module runs in a node that forbids code generation from strings (as a CSP without unsafe-eval)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'motcua-csp-'));
    try {
      const expected: unknown[] = [];
      built.forEach(({ source, module }, i) => {
        writeFileSync(join(scratch, `m${i}.mjs`), source);
        const context = { answers: {}, channel: 'online' as const };
        expected.push([module.validateAnswers({}), module.validateAnswers.errors?.length ?? 0, module.conditions.map((p) => module.predicates[p]?.(context))]);
      });
      const runner = `
        let evalBlocked = false;
        try { (0, eval)('1'); } catch { evalBlocked = true; }
        const out = [];
        for (let i = 0; i < ${built.length}; i++) {
          const m = await import(${JSON.stringify(pathToFileURL(scratch).href)} + '/m' + i + '.mjs');
          const context = { answers: {}, channel: 'online' };
          out.push([m.validateAnswers({}), m.validateAnswers.errors?.length ?? 0, m.conditions.map((p) => m.predicates[p](context))]);
        }
        console.log(JSON.stringify({ evalBlocked, out }));`;
      writeFileSync(join(scratch, 'runner.mjs'), runner);
      const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', join(scratch, 'runner.mjs')], { encoding: 'utf8' });
      assert.equal(child.status, 0, child.stderr);
      const result = JSON.parse(child.stdout) as { evalBlocked: boolean; out: unknown[] };
      assert.equal(result.evalBlocked, true, 'the child must really forbid eval');
      assert.deepEqual(result.out, expected);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('sizes (bytes and gzip) per procedure, for the runtime’s bundle budget', (t) => {
    const sizes = built.map(({ definition, source }) => ({
      code: definition.code,
      bytes: Buffer.byteLength(source, 'utf8'),
      gzip: gzipSync(source, { level: 9 }).length,
    }));
    for (const { code, bytes, gzip } of sizes) t.diagnostic(`${code}: ${bytes} B, ${gzip} B gzip`);
    const stat = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `min ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}`;
    };
    t.diagnostic(`bytes: ${stat(sizes.map((s) => s.bytes))}; gzip: ${stat(sizes.map((s) => s.gzip))}`);
    // A module is small enough to fetch before the form shows; a regression that bundles ajv itself would blow past this.
    for (const { code, gzip } of sizes) assert.ok(gzip < 30_000, `${code}: ${gzip} B gzip`);
  });
});


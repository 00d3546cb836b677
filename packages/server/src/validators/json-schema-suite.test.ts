// Conformance: for every case of the JSON Schema Test Suite (draft 2020-12 and its optional
// formats), the generated standalone module gives exactly the verdict the server's ajv gives.
// Both are compared with each other, never with the suite's `valid` (ajv deviates on some cases);
// how often ajv itself disagrees with the suite is reported, not asserted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnySchema, ErrorObject, Options, ValidateFunction } from 'ajv';
import { createAjv, type StandaloneValidate } from '@motcua/core';
import { importModuleSource } from './load-module.js';
import { buildSchemaModule } from './schema-module.js';
import { loadRemotes, loadSuite, SUITE_ROOT, suiteExists, type SuiteGroup } from './test-support/json-schema-suite.js';

/**
 * What the suite needs beyond production: unknown keywords and formats are ignored rather than
 * refused (core sets strictSchema, strictNumbers and strictTuples explicitly, so `strict: false`
 * alone would not reach them), and ajv's warnings stay quiet. The same for both sides.
 */
const SUITE_OPTIONS: Options = { strict: false, strictSchema: false, strictNumbers: false, strictTuples: false, logger: false };

assert.ok(suiteExists(), `the JSON Schema Test Suite is missing at ${SUITE_ROOT} (set MOTCUA_JSON_SCHEMA_SUITE)`);
const suite = loadSuite();
const allRemotes = loadRemotes();

/** The remotes ajv accepts at all (drafts other than 2020-12 name meta-schemas it does not have). */
function acceptedRemotes(): { accepted: Record<string, AnySchema>; refused: string[] } {
  const probe = createAjv(SUITE_OPTIONS);
  const accepted: Record<string, AnySchema> = {};
  const refused: string[] = [];
  for (const [uri, schema] of Object.entries(allRemotes)) {
    try {
      probe.addSchema(schema, uri);
      accepted[uri] = schema;
    } catch {
      refused.push(uri);
    }
  }
  return { accepted, refused };
}
const remotes = acceptedRemotes();

function serverValidator(schema: AnySchema): ValidateFunction | Error {
  const ajv = createAjv(SUITE_OPTIONS);
  for (const [uri, remote] of Object.entries(remotes.accepted)) ajv.addSchema(remote, uri);
  try {
    return ajv.compile(schema);
  } catch (error) {
    return error as Error;
  }
}

type Verdict = { valid: boolean; errors: string[] } | { threw: string };

function verdictOf(validate: StandaloneValidate, data: unknown): Verdict {
  try {
    const valid = validate(data);
    const errors = (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.schemaPath} ${e.keyword}`);
    return { valid, errors };
  } catch (error) {
    return { threw: (error as Error).constructor.name }; // messages name minified variables
  }
}

const totals = { files: 0, groups: 0, cases: 0, compared: 0, bothRefuse: [] as string[], bothRefuseCases: 0, ajvVsSuite: [] as string[] };

describe('JSON Schema Test Suite (draft 2020-12): the standalone module agrees with the server’s ajv', () => {
  for (const file of suite) {
    test(file.name, async () => {
      const schemas: Record<string, AnySchema> = {};
      file.groups.forEach((group, i) => (schemas[String(i)] = group.schema));
      const built = await buildSchemaModule(schemas, { ajvOptions: SUITE_OPTIONS, remotes: remotes.accepted, partial: true });
      const { validators } = await importModuleSource<{ validators: Record<string, StandaloneValidate> }>(built.source);
      const mismatches: string[] = [];
      file.groups.forEach((group: SuiteGroup, i) => {
        const where = `${file.name} #${i} “${group.description}”`;
        totals.groups++;
        totals.cases += group.tests.length;
        const server = serverValidator(group.schema);
        const refusal = built.refused[String(i)];
        if (server instanceof Error || refusal) {
          if (server instanceof Error && refusal) {
            assert.equal(refusal.code, 'validator-compile-failed', where);
            totals.bothRefuse.push(`${where}: ${server.message}`);
            totals.bothRefuseCases += group.tests.length;
          } else {
            mismatches.push(`${where}: server ${server instanceof Error ? `refuses (${server.message})` : 'compiles'}, module ${refusal ? `refuses (${refusal.message})` : 'compiles'}`);
          }
          return;
        }
        const browser = validators[String(i)];
        if (!browser) {
          mismatches.push(`${where}: compiled but missing from the module`);
          return;
        }
        for (const c of group.tests) {
          const expected = verdictOf(server, c.data);
          const actual = verdictOf(browser, c.data);
          totals.compared++;
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            mismatches.push(`${where} / “${c.description}”: server ${JSON.stringify(expected)}, module ${JSON.stringify(actual)}`);
          }
          if ('valid' in expected && expected.valid !== c.valid) totals.ajvVsSuite.push(`${file.name}\t${where} / “${c.description}” (suite: ${c.valid})`);
        }
      });
      totals.files++;
      assert.deepEqual(mismatches, []);
    });
  }

  test('nothing was skipped: every case was compared or belongs to a group both sides refuse', (t) => {
    const expectedCases = suite.reduce((n, f) => n + f.groups.reduce((m, g) => m + g.tests.length, 0), 0);
    assert.equal(totals.files, suite.length);
    assert.equal(totals.cases, expectedCases);
    assert.equal(totals.compared + totals.bothRefuseCases, expectedCases);
    assert.ok(totals.compared > 1500, `only ${totals.compared} cases compared`);
    t.diagnostic(
      `${totals.files} files, ${totals.groups} groups, ${totals.cases} cases: ${totals.compared} compared, ` +
        `${totals.bothRefuse.length} groups (${totals.bothRefuseCases} cases) refused by both; ` +
        `ajv disagrees with the suite on ${totals.ajvVsSuite.length} cases; ` +
        `${Object.keys(remotes.accepted).length} remotes loaded, ${remotes.refused.length} refused by ajv`,
    );
    for (const line of totals.bothRefuse) t.diagnostic(`both refuse: ${line}`);
    const byFile = new Map<string, number>();
    for (const line of totals.ajvVsSuite) {
      const name = line.slice(0, line.indexOf('\t'));
      byFile.set(name, (byFile.get(name) ?? 0) + 1);
    }
    t.diagnostic(`ajv vs the suite’s \`valid\`, by file: ${[...byFile].map(([name, n]) => `${name} ${n}`).join(', ')}`);
    // Every case, one a line, when asked: MOTCUA_SUITE_DETAILS=1.
    if (process.env.MOTCUA_SUITE_DETAILS) for (const line of totals.ajvVsSuite) t.diagnostic(`ajv ≠ suite: ${line.slice(line.indexOf('\t') + 1)}`);
  });
});

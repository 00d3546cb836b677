import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AnySchema } from 'ajv';

/** The JSON Schema Test Suite subset shared with the project (see its ABOUT.md). */
export const SUITE_ROOT = process.env.MOTCUA_JSON_SCHEMA_SUITE ?? '/work/shared/corpora/json-schema-test-suite';

export interface SuiteCase {
  description: string;
  data: unknown;
  valid: boolean;
}

export interface SuiteGroup {
  description: string;
  schema: AnySchema;
  tests: SuiteCase[];
}

export interface SuiteFile {
  /** Relative to `tests/`, e.g. `draft2020-12/optional/format/date.json`. */
  name: string;
  groups: SuiteGroup[];
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

function allFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...allFiles(path));
    else if (name.endsWith('.json')) found.push(path);
  }
  return found;
}

/** Every file of `tests/draft2020-12/*.json` and `tests/draft2020-12/optional/format/*.json`. */
export function loadSuite(root: string = SUITE_ROOT): SuiteFile[] {
  const tests = join(root, 'tests');
  const paths = [...jsonFiles(join(tests, 'draft2020-12')), ...jsonFiles(join(tests, 'draft2020-12', 'optional', 'format'))];
  return paths.map((path) => ({
    name: relative(tests, path).split(sep).join('/'),
    groups: JSON.parse(readFileSync(path, 'utf8')) as SuiteGroup[],
  }));
}

/** `remotes/**` under the URLs the suite's `$ref`s use: `http://localhost:1234/<path>`. */
export function loadRemotes(root: string = SUITE_ROOT): Record<string, AnySchema> {
  const dir = join(root, 'remotes');
  const remotes: Record<string, AnySchema> = {};
  for (const path of allFiles(dir)) {
    remotes[`http://localhost:1234/${relative(dir, path).split(sep).join('/')}`] = JSON.parse(readFileSync(path, 'utf8')) as AnySchema;
  }
  return remotes;
}

export function suiteExists(root: string = SUITE_ROOT): boolean {
  return existsSync(join(root, 'tests', 'draft2020-12')) && existsSync(join(root, 'remotes'));
}

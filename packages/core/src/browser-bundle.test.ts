import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const index = fileURLToPath(new URL('./index.js', import.meta.url));

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  // The output's inputs are the files that contribute code after tree-shaking
  // (metafile.inputs lists every file merely parsed).
  const output = Object.values(result.metafile.outputs)[0];
  return { inputs: Object.keys(output?.inputs ?? {}), bytes: output?.bytes ?? 0 };
}

test('the whole package bundles for the browser: no Node API anywhere in core', async () => {
  const { inputs } = await bundle(`export * from ${JSON.stringify(index)};`);
  assert.ok(inputs.some((path) => path.includes('node_modules/ajv/')), 'validation is part of the package');
});

test('fees, documents, cases and dates reach the browser without ajv', async () => {
  const { inputs, bytes } = await bundle(
    `export { quote, computeFees, requiredDocuments, resolveCase, chooseCase, predicateEvaluator, computeDueDate, resolveCalendar, checkFile, fieldTypeOf, labelAtPath, pruneHiddenAnswers, localizeError } from ${JSON.stringify(index)};`,
  );
  const heavy = inputs.filter((path) => /node_modules\/(ajv|ajv-formats|fast-uri|safe-regex2)\//.test(path));
  assert.deepEqual(heavy, [], 'a validator library slipped into the runtime path');
  assert.ok(bytes > 0);
});

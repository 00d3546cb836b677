// What browser tests load besides the runtime itself, served by web-test-runner:
//   /fixtures/<name>.json          a procedure definition from test-fixtures/, refused unless core's validateProcedure accepts it
//   /fixtures/<name>.validator.js  its validator module, built by the server's own generator
//   /fixtures/<name>.verdict.json?answers=<JSON>
//                                  the server's verdict on those answers: the paths of the errors its ajv finds
//   /pages/<name>.html             a host page from test-pages/, with {{SERVER}} filled in and,
//                                  when its first line is `<!-- csp: POLICY -->`, served under that policy
//   /pages/<name>.js               a script of those pages, from test-pages/ (a strict policy allows no inline script)
//   /vendor/bootstrap.css          Bootstrap 3.4.1, the CSS many agencies' sites are still built on
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chooseCase, createAjv, createAjvEvaluator, hiddenSections, localizeErrors, pruneHiddenAnswers, validateProcedure } from '@motcua/core';
import { buildValidatorModule } from '@motcua/server';

const FIXTURE = /^\/fixtures\/([a-z0-9-]+)\.(json|validator\.js|verdict\.json)$/;
const PAGE = /^\/pages\/([a-z0-9-]+)\.html$/;
const PAGE_SCRIPT = /^\/pages\/([a-z0-9-]+)\.js$/;
const CSP_LINE = /^<!-- csp: (.+) -->\n/;

/**
 * Validates answers as the server does when a dossier is filed (see
 * submit-dossier.ts): one ajv per definition compiling `form.schema`, the
 * answers of hidden sections pruned first. Paths as core's localizeErrors
 * reports them, so the browser compares what a citizen would be told.
 */
function serverVerdict(definition) {
  const ajv = createAjv();
  const validate = ajv.compile(definition.form.schema);
  const evaluator = createAjvEvaluator(definition, ajv);
  return (answers) => {
    const context = { answers, channel: 'online', delivery: definition.result.delivery[0] };
    context.case = chooseCase(definition, context, evaluator).id;
    const pruned = pruneHiddenAnswers(answers, hiddenSections(definition, context, evaluator));
    return validate(pruned) ? [] : localizeErrors(validate.errors ?? []).map((issue) => issue.path);
  };
}

export function testAssets({ packageDir, serverUrl }) {
  const definitions = new Map();
  const modules = new Map();
  const verdicts = new Map();
  const bootstrap = createRequire(join(packageDir, 'package.json')).resolve('bootstrap/dist/css/bootstrap.css');
  const definitionOf = async (name) => {
    if (!definitions.has(name)) {
      const text = await readFile(join(packageDir, 'test-fixtures', `${name}.json`), 'utf8');
      const checked = validateProcedure(JSON.parse(text));
      if (!checked.valid) throw new Error(`test-fixtures/${name}.json is not a valid procedure: ${JSON.stringify(checked.errors.map((e) => `${e.path}: ${e.message.en}`))}`);
      definitions.set(name, { text, definition: checked.definition });
    }
    return definitions.get(name);
  };
  return {
    name: 'motcua-test-assets',
    async serve(context) {
      const fixture = FIXTURE.exec(context.path);
      if (fixture) {
        const [, name, kind] = fixture;
        const { text, definition } = await definitionOf(name);
        if (kind === 'json') return { body: text, type: 'json' };
        if (kind === 'verdict.json') {
          if (!verdicts.has(name)) verdicts.set(name, serverVerdict(definition));
          const answers = JSON.parse(context.URL.searchParams.get('answers') ?? '{}');
          return { body: JSON.stringify(verdicts.get(name)(answers)), type: 'json' };
        }
        if (!modules.has(name)) modules.set(name, buildValidatorModule(definition));
        return { body: await modules.get(name), type: 'js' };
      }
      const page = PAGE.exec(context.path);
      if (page) {
        const text = (await readFile(join(packageDir, 'test-pages', `${page[1]}.html`), 'utf8')).replaceAll('{{SERVER}}', serverUrl);
        const csp = CSP_LINE.exec(text);
        if (csp) context.set('Content-Security-Policy', csp[1]);
        return { body: text.replace(CSP_LINE, ''), type: 'html' };
      }
      const script = PAGE_SCRIPT.exec(context.path);
      if (script) return { body: await readFile(join(packageDir, 'test-pages', `${script[1]}.js`), 'utf8'), type: 'js' };
      if (context.path === '/vendor/bootstrap.css') return { body: await readFile(bootstrap, 'utf8'), type: 'css' };
      return undefined;
    },
  };
}

// What browser tests load besides the runtime itself, served by web-test-runner:
//   /fixtures/<name>.json          a procedure definition from test-fixtures/
//   /fixtures/<name>.validator.js  its validator module, built by the server's own generator
//   /pages/<name>.html             a host page from test-pages/, with {{SERVER}} filled in and,
//                                  when its first line is `<!-- csp: POLICY -->`, served under that policy
//   /pages/<name>.js               a script of those pages, from test-pages/ (a strict policy allows no inline script)
//   /vendor/bootstrap.css          Bootstrap 3.4.1, the CSS many agencies' sites are still built on
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildValidatorModule } from '@motcua/server';

const FIXTURE = /^\/fixtures\/([a-z0-9-]+)\.(json|validator\.js)$/;
const PAGE = /^\/pages\/([a-z0-9-]+)\.html$/;
const PAGE_SCRIPT = /^\/pages\/([a-z0-9-]+)\.js$/;
const CSP_LINE = /^<!-- csp: (.+) -->\n/;

export function testAssets({ packageDir, serverUrl }) {
  const modules = new Map();
  const bootstrap = createRequire(join(packageDir, 'package.json')).resolve('bootstrap/dist/css/bootstrap.css');
  return {
    name: 'motcua-test-assets',
    async serve(context) {
      const fixture = FIXTURE.exec(context.path);
      if (fixture) {
        const [, name, kind] = fixture;
        const text = await readFile(join(packageDir, 'test-fixtures', `${name}.json`), 'utf8');
        if (kind === 'json') return { body: text, type: 'json' };
        if (!modules.has(name)) modules.set(name, buildValidatorModule(JSON.parse(text)));
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

// What browser tests load besides the runtime itself, served by web-test-runner:
//   /fixtures/<name>.json          a procedure definition from test-fixtures/
//   /fixtures/<name>.validator.js  its validator module, built by the server's own generator
//   /pages/<name>.html             a host page from test-pages/, with {{SERVER}} filled in and,
//                                  when its first line is `<!-- csp: POLICY -->`, served under that policy
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildValidatorModule } from '@motcua/server';

const FIXTURE = /^\/fixtures\/([a-z0-9-]+)\.(json|validator\.js)$/;
const PAGE = /^\/pages\/([a-z0-9-]+)\.html$/;
const CSP_LINE = /^<!-- csp: (.+) -->\n/;

export function testAssets({ packageDir, serverUrl }) {
  const modules = new Map();
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
      return undefined;
    },
  };
}

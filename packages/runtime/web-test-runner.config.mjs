// Component tests in Debian's Chromium (never a downloaded browser), against
// the real server started here on a throwaway database with the real catalogue and a known
// first admin, whose bearer token lets the tests act as the officers processing a dossier.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { build } from 'esbuild';
import { apiProxy, CHROMIUM_LAUNCH_OPTIONS, countReporter, freePort, startServer } from '../../scripts/web-test-server.mjs';
import { testAssets } from './scripts/test-assets.mjs';

/** The first admin, for `<motcua-sign-in>`'s tests and the officer side of the status tests. */
const admin = { email: 'runtime-tests@motcua.test', password: 'mật khẩu thử nghiệm của thành phần công dân' };
const port = await freePort();
const { url: serverUrl, stop: stopServer } = await startServer({ name: 'runtime', pageUrl: `http://localhost:${port}`, env: { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } });
/** The admin signed in (a session), then a bearer token of that session for the page, which runs on another origin than the server's cookies. */
async function officerToken() {
  const json = { 'Content-Type': 'application/json' };
  const session = await fetch(`${serverUrl}/api/v1/admin/session`, { method: 'POST', headers: json, body: JSON.stringify(admin) });
  if (session.status !== 200) throw new Error(`the test admin could not sign in: ${await session.text()}`);
  const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0];
  const made = await fetch(`${serverUrl}/api/v1/admin/tokens`, { method: 'POST', headers: { ...json, Cookie: cookie }, body: JSON.stringify({ label: 'runtime tests', days: 1 }) });
  if (made.status !== 201) throw new Error(`no token for the test admin: ${await made.text()}`);
  return `Bearer ${(await made.json()).token}`;
}
const officer = await officerToken();
/** A dossier filed before the tests (from Node, as a machine client), for the status component to find. */
async function fileDossier() {
  const form = new FormData();
  form.set('file', new Blob([new TextEncoder().encode('%PDF-1.4\n% ban chinh\n%%EOF\n')]), 'ban-chinh.pdf');
  const upload = await (await fetch(`${serverUrl}/api/v1/uploads`, { method: 'POST', body: form })).json();
  const response = await fetch(`${serverUrl}/api/v1/procedures/2.000815/dossiers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `runtime-tests-${Date.now()}` },
    body: JSON.stringify({
      version: 1,
      agency: 'phuong-ba-dinh',
      channel: 'online',
      delivery: 'in-person',
      answers: { hoTen: 'Trần Văn Hải', banSao: [{ tenGiayTo: 'Học bạ', soTrang: 2, soBan: 1 }] },
      documents: [{ document: 'ban-chinh', uploads: [upload.id] }],
    }),
  });
  const receipt = await response.json();
  if (response.status !== 201) throw new Error(`could not file the test dossier: ${JSON.stringify(receipt)}`);
  return { code: receipt.code, secret: receipt.secret };
}
const dossier = await fileDossier();

/**
 * The officers' sign-in bundled as the builder and the back office bundle it (it is in no chunk of
 * motcua.js, and unbundled it would reach ajv through core's index), at /officer/motcua-sign-in.js.
 */
function officerBundle() {
  return {
    name: 'officer-bundle',
    async serve(context) {
      if (context.path !== '/officer/motcua-sign-in.js') return undefined;
      const entry = fileURLToPath(new URL('dist/components/sign-in/motcua-sign-in.js', import.meta.url));
      const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', target: 'es2022', platform: 'browser', logLevel: 'warning' });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  files: ['dist/**/*.test.js'],
  port,
  nodeResolve: true,
  // The officers' sign-in talks to its page's own origin, as the builder and the back office do.
  middleware: [apiProxy(serverUrl)],
  plugins: [testAssets({ packageDir: fileURLToPath(new URL('.', import.meta.url)), serverUrl }), officerBundle()],
  concurrency: 1,
  // Tests drive a real server over HTTP (uploads, submissions): mocha's 2 s default is for unit tests.
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 300_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    }),
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Một Cửa runtime tests</title></head><body><script>window.MOTCUA_SERVER = ${JSON.stringify(serverUrl)}; window.MOTCUA_DOSSIER = ${JSON.stringify(dossier)}; window.MOTCUA_OFFICER = ${JSON.stringify(officer)}; window.MOTCUA_ADMIN = ${JSON.stringify(admin)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('runtime', stopServer)],
};

// Component tests in Debian's Chromium (never a downloaded browser), against the real server
// started here on a throwaway database with the real catalogue and a known first admin, whose
// account the tests sign in with.
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_LAUNCH_OPTIONS, countReporter, freePort, startServer } from '../../scripts/web-test-server.mjs';

const admin = { email: 'office-tests@motcua.test', password: 'mật khẩu thử nghiệm của văn phòng' };
const port = await freePort();
const { url: serverUrl, stop: stopServer } = await startServer({ name: 'office', pageUrl: `http://localhost:${port}`, env: { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } });

const HOP_BY_HOP = new Set(['connection', 'content-length', 'content-encoding', 'transfer-encoding', 'keep-alive', 'set-cookie']);

/**
 * Passes the page's /api/ requests to the real server, so that the back office talks to its own
 * origin as it does when the server serves it: the session cookie is first-party and the
 * server's Origin check sees the page's origin.
 */
function apiProxy(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  return (async () => {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const headers = { ...ctx.request.headers };
    for (const name of ['host', 'connection', 'content-length', 'accept-encoding']) delete headers[name];
    const response = await fetch(`${serverUrl}${ctx.url}`, { method: ctx.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
    ctx.status = response.status;
    for (const [name, value] of response.headers) if (!HOP_BY_HOP.has(name)) ctx.set(name, value);
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) ctx.set('Set-Cookie', cookies);
    ctx.body = Buffer.from(await response.arrayBuffer());
  })();
}

export default {
  files: ['dist/**/*.test.js'],
  port,
  nodeResolve: true,
  middleware: [apiProxy],
  concurrency: 1,
  // Tests drive a real server over HTTP: mocha's 2 s default is for unit tests.
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 300_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    }),
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Một Cửa back-office tests</title></head><body><script>window.MOTCUA_ADMIN = ${JSON.stringify(admin)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('office', stopServer)],
};

// Component tests in Debian's Chromium (never a downloaded browser), against the real server
// started here on a throwaway database with the real catalogue and a known first admin, whose
// account the tests sign in with.
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { apiProxy, CHROMIUM_LAUNCH_OPTIONS, countReporter, freePort, startServer } from '../../scripts/web-test-server.mjs';

const admin = { email: 'builder-tests@motcua.test', password: 'mật khẩu thử nghiệm của trình dựng' };
const port = await freePort();
const { url: serverUrl, stop: stopServer } = await startServer({ name: 'builder', pageUrl: `http://localhost:${port}`, env: { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } });

export default {
  files: ['dist/**/*.test.js'],
  port,
  nodeResolve: true,
  // The page's /api/ requests go to the real server through the page's own origin, as when the server serves the builder.
  middleware: [apiProxy(serverUrl)],
  concurrency: 1,
  // Tests drive a real server over HTTP and compile validators: mocha's 2 s default is for unit tests.
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 300_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      // The embed panel's copy button writes to the clipboard, which its test reads back.
      createBrowserContext: ({ browser }) => browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }),
    }),
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Một Cửa builder tests</title></head><body><script>window.MOTCUA_ADMIN = ${JSON.stringify(admin)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('builder', stopServer)],
};

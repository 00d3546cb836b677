// Component tests in Debian's Chromium (never a downloaded browser), against the real server
// started here on a throwaway database with the real catalogue and a known first admin, whose
// account the tests sign in with; the page's /api/ requests go to that server.
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { apiProxy, CHROMIUM_LAUNCH_OPTIONS, countReporter, freePort, startServer } from '../../scripts/web-test-server.mjs';

const admin = { email: 'office-tests@motcua.test', password: 'mật khẩu thử nghiệm của văn phòng' };
const port = await freePort();
const { url: serverUrl, stop: stopServer } = await startServer({ name: 'office', pageUrl: `http://localhost:${port}`, env: { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } });

export default {
  files: ['dist/**/*.test.js'],
  port,
  nodeResolve: true,
  middleware: [apiProxy(serverUrl)],
  concurrency: 1,
  // Tests drive a real server over HTTP: mocha's 2 s default is for unit tests.
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 300_000,
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: CHROMIUM_LAUNCH_OPTIONS })],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Một Cửa back-office tests</title></head><body><script>window.MOTCUA_ADMIN = ${JSON.stringify(admin)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter('office', stopServer)],
};

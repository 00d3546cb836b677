// Component tests in Debian's Chromium (never a downloaded browser), against
// the real server started here on a throwaway database with the real catalogue.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'motcua-runtime-'));
const server = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LANG: 'en_US.UTF-8', DATABASE_URL: join(scratch, 'db.sqlite'), UPLOAD_DIR: join(scratch, 'files'), CATALOGUE_DIR: join(root, 'catalogue'), RATE_LIMIT_PER_MINUTE: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const serverUrl = await new Promise((resolve, reject) => {
  let output = '';
  const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 120_000);
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const found = /API\s+(http:\/\/\S+)\/api\/v1\/procedures/.exec(output);
    if (found) {
      clearTimeout(timer);
      resolve(found[1]);
    }
  });
  server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
});
const stopServer = () => {
  server.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
};
process.on('exit', stopServer);

function countTests(suite) {
  let passed = 0;
  let failed = 0;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) passed += 1;
    else failed += 1;
  }
  for (const child of suite?.suites ?? []) {
    const counts = countTests(child);
    passed += counts.passed;
    failed += counts.failed;
  }
  return { passed, failed };
}

/** Adds every test of every browser session into one count, for the root's closing line. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      for (const session of sessions) {
        const counts = countTests(session.testResults);
        passed += counts.passed;
        // A file that failed to load has no test results but is a failure.
        failed += counts.failed + (session.passed === false && counts.failed === 0 ? 1 : 0);
      }
      if (process.env.MOTCUA_TEST_REPORT) appendFileSync(process.env.MOTCUA_TEST_REPORT, `${JSON.stringify({ pkg: 'runtime', passed, failed })}\n`);
      console.log(`runtime: ${passed} passed, ${failed} failed`);
      stopServer();
    },
  };
}

export default {
  files: ['dist/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
      },
    }),
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Một Cửa runtime tests</title></head><body><script>window.MOTCUA_SERVER = ${JSON.stringify(serverUrl)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter()],
};

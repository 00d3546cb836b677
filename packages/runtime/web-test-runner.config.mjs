// Component tests in Debian's Chromium (never a downloaded browser), against
// the real server started here on a throwaway database with the real catalogue.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { testAssets } from './scripts/test-assets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'motcua-runtime-'));
// The test page's port is chosen here so that the server can trust the page's
// origin as its own: browsers' uploads, drafts and submissions are accepted
// only from the server's own origin and agencies' registered sites.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: `http://localhost:${port}`, LANG: 'en_US.UTF-8', DATABASE_URL: join(scratch, 'db.sqlite'), UPLOAD_DIR: join(scratch, 'files'), CATALOGUE_DIR: join(root, 'catalogue'), RATE_LIMIT_PER_MINUTE: '0' },
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
      // The server prints its public host; it listens on 127.0.0.1.
      resolve(found[1].replace('//localhost:', '//127.0.0.1:'));
    }
  });
  server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
});
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
  port,
  nodeResolve: true,
  plugins: [testAssets({ packageDir: fileURLToPath(new URL('.', import.meta.url)), serverUrl })],
  concurrency: 1,
  // Tests drive a real server over HTTP (uploads, submissions): mocha's 2 s default is for unit tests.
  testFramework: { config: { timeout: 15_000 } },
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
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Một Cửa runtime tests</title></head><body><script>window.MOTCUA_SERVER = ${JSON.stringify(serverUrl)}; window.MOTCUA_DOSSIER = ${JSON.stringify(dossier)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countReporter()],
};

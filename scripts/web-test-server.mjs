// What the packages' web-test-runner configurations share: the real server on a throwaway
// database with the real catalogue, and the reporter that adds a package's browser tests into
// the root's closing line.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A free port for the test page, chosen before the server starts so that the server can take the
 * page's origin for its own (its PUBLIC_URL): writes from the browser are accepted only from the
 * server's own origin and agencies' registered sites.
 */
export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts packages/server/dist/main.js for the page at `pageUrl`; `env` adds to its environment. */
export async function startServer({ name, pageUrl, env = {} }) {
  const scratch = mkdtempSync(join(tmpdir(), `motcua-${name}-`));
  const server = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: pageUrl, LANG: 'en_US.UTF-8', DATABASE_URL: join(scratch, 'db.sqlite'), UPLOAD_DIR: join(scratch, 'files'), CATALOGUE_DIR: join(root, 'catalogue'), RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
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
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  };
  process.on('exit', stop);
  return { url, stop };
}

const HOP_BY_HOP = new Set(['connection', 'content-length', 'content-encoding', 'transfer-encoding', 'keep-alive', 'set-cookie']);

/**
 * A web-test-runner middleware passing the page's /api/ requests to the real server at
 * `serverUrl`, so that an officers' app talks to its own origin as it does when the server serves
 * it: the session cookie is first-party and the server's Origin check sees the page's origin.
 */
export function apiProxy(serverUrl) {
  return (ctx, next) => {
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
  };
}

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

/** Adds every test of every browser session into one count, prints it and appends it to MOTCUA_TEST_REPORT. */
export function countReporter(pkg, onFinished) {
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
      if (process.env.MOTCUA_TEST_REPORT) appendFileSync(process.env.MOTCUA_TEST_REPORT, `${JSON.stringify({ pkg, passed, failed })}\n`);
      console.log(`${pkg}: ${passed} passed, ${failed} failed`);
      onFinished();
    },
  };
}

/** Debian's Chromium (or CHROME_PATH), never a downloaded browser, quiet and sandbox-free for CI containers. */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
};

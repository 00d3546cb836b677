// `pnpm test`: build and typecheck everything, lint, check the catalogue, run
// every package's tests, and end with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

const scratch = mkdtempSync(join(tmpdir(), 'motcua-test-'));
const report = join(scratch, 'report.jsonl');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';

// Browser tests (web-test-runner) need Debian's Chromium; only look for it when a package has them.
const browserTested = readdirSync('packages').some((name) => existsSync(join('packages', name, 'web-test-runner.config.mjs')));
if (browserTested) process.env.CHROME_PATH = ensureChromium();

let ok = step('build (tsc -b, strict, project references)', pnpm, ['run', 'build']);
ok = step('lint (oxlint)', pnpm, ['run', 'lint']) && ok;
ok = ok && step('catalogue check', pnpm, ['run', 'catalogue:check']);
if (ok) {
  ok = step('package tests', pnpm, ['-r', '--workspace-concurrency=1', '--no-bail', '--if-present', 'run', 'test'], {
    MOTCUA_TEST_REPORT: report,
  });
}

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  for (const line of readFileSync(report, 'utf8').split('\n')) {
    if (!line) continue;
    const counts = JSON.parse(line);
    passed += counts.passed;
    failed += counts.failed;
  }
}
rmSync(scratch, { recursive: true, force: true });
// A broken build or catalogue counts as one failure so the line never says all is well.
if (!ok && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);

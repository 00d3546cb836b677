// The builder's tests: its components in Chromium (web-test-runner), then the end-to-end test
// (node's test runner driving Chromium with playwright-core). Each adds its count to
// MOTCUA_TEST_REPORT, so both are in the root's closing `N passed, N failed` line; a failure of
// either fails the run, and the second runs whatever the first gave.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const components = spawnSync(join('node_modules', '.bin', 'web-test-runner'), [], { stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
const countFile = join(scratch, 'count.json');
const reporter = new URL('../../../scripts/count-reporter.mjs', import.meta.url).href;
const e2e = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', `--test-reporter=${reporter}`, `--test-reporter-destination=${countFile}`, 'e2e/builder.e2e.test.mjs'], { stdio: 'inherit' });
let counts = { passed: 0, failed: 1 };
try {
  counts = JSON.parse(readFileSync(countFile, 'utf8'));
} catch {
  // The runner died before reporting: counted as one failure.
}
rmSync(scratch, { recursive: true, force: true });
if (process.env.MOTCUA_TEST_REPORT) appendFileSync(process.env.MOTCUA_TEST_REPORT, `${JSON.stringify({ pkg: 'builder-e2e', ...counts })}\n`);
console.log(`builder-e2e: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(components.status === 0 && e2e.status === 0 && counts.failed === 0 ? 0 : 1);

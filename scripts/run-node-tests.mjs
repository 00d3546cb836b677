// Runs a package's compiled `dist/**/*.test.js` files with node's test runner.
// File paths are listed here rather than passed as a directory because node 20
// and node 22+ disagree on how a directory argument is expanded.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(path));
    else if (entry.name.endsWith('.test.js')) found.push(path);
  }
  return found.sort();
}

const pkg = basename(process.cwd());
const files = findTests('dist');
if (files.length === 0) {
  console.error(`${pkg}: no compiled tests in dist/ (run \`pnpm build\` first)`);
  process.exit(1);
}
const scratch = mkdtempSync(join(tmpdir(), 'motcua-count-'));
const countFile = join(scratch, 'count.json');
const reporter = new URL('./count-reporter.mjs', import.meta.url).href;
const result = spawnSync(
  process.execPath,
  [
    '--enable-source-maps',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${countFile}`,
    ...files,
  ],
  { stdio: 'inherit' },
);
const { passed, failed } = JSON.parse(readFileSync(countFile, 'utf8'));
rmSync(scratch, { recursive: true, force: true });
if (process.env.MOTCUA_TEST_REPORT) {
  appendFileSync(process.env.MOTCUA_TEST_REPORT, `${JSON.stringify({ pkg, passed, failed })}\n`);
}
console.log(`${pkg}: ${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);

// Browser tests run in Debian's Chromium, never in a browser a test tool
// downloads. Finds it, installs it with apt when running as root, or stops
// with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Flags for Chromium in CI containers and on shared machines: no sandbox (root), no GPU, nothing
 * fetched in the background. Chromium 150+ also builds its WebUI omnibox popup for every new tab,
 * headless or not: a second renderer loading a few hundred chrome:// modules, which on two cores
 * took CPU from the page under test during its first 400 ms (the bench's timings moved by tens of
 * milliseconds with it), so those features are off.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
];

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('Chromium is missing: install Debian’s package with `sudo apt-get install -y chromium` (or set CHROME_PATH).');
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian’s chromium with apt-get …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) {
    console.error('Chromium is still missing after apt-get install chromium: install it by hand or set CHROME_PATH.');
    process.exit(1);
  }
  return installed;
}

// Before the browser tests: make sure at least Chromium is here. On a fresh Debian machine, as root
// with apt, it installs Debian's chromium; otherwise it says what to install and fails.
import {execSync} from 'node:child_process';
import {BINARIES, INSTALL} from './engines.mjs';

if (!BINARIES.chromium) {
  const root = process.getuid?.() === 0;
  let apt = false;
  try {
    execSync('command -v apt-get', {stdio: 'ignore'});
    apt = true;
  } catch {
    // No apt: cannot install for the user.
  }
  if (root && apt) {
    console.log('[ensure-browsers] Chromium not found; installing Debian\'s chromium with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {stdio: 'inherit'});
  } else {
    console.error(`[ensure-browsers] No Chromium found. Install it (Debian: sudo ${INSTALL.chromium}), then run npm test again.`);
    process.exit(1);
  }
}

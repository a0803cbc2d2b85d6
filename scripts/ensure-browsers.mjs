// Before the tests: make sure at least Chromium is here, and the real WordPress the WordPress tests
// run against. On a fresh Debian machine, as root with apt, it installs what is missing from Debian;
// otherwise it says what to install, and fails without Chromium (the WordPress tests are skipped).
import {execSync} from 'node:child_process';
import {BINARIES, INSTALL} from './engines.mjs';
import {missing} from '../test/wordpress/server.mjs';

const root = process.getuid?.() === 0;
let apt = false;
try {
  execSync('command -v apt-get', {stdio: 'ignore'});
  apt = true;
} catch {
  // No apt: cannot install for the user.
}
const wordPress = missing();
const need = [...(BINARIES.chromium ? [] : ['chromium']), ...(wordPress ? wordPress.split(' ') : [])];
if (need.length && root && apt) {
  console.log(`[ensure-browsers] Installing Debian's ${need.join(', ')} with apt-get…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${need.join(' ')}`, {stdio: 'inherit'});
} else if (!BINARIES.chromium) {
  console.error(`[ensure-browsers] No Chromium found. Install it (Debian: sudo ${INSTALL.chromium}), then run npm test again.`);
  process.exit(1);
} else if (wordPress) {
  console.warn(`[ensure-browsers] The real-WordPress tests will be skipped: apt-get install ${wordPress}`);
}

// Finds the browser engines installed here and builds a @web/test-runner launcher for each.
// Chromium and Firefox run through puppeteer-core (Firefox over WebDriver BiDi); WebKit runs as the
// WebKitGTK MiniBrowser behind WebKitWebDriver, which this module starts on a free port under
// xvfb-run and stops when the process exits.
import {existsSync} from 'node:fs';
import {spawn} from 'node:child_process';
import {createServer, connect} from 'node:net';
import * as puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';

const first = (paths) => paths.find((p) => existsSync(p));

export const BINARIES = {
  chromium: first(['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser']),
  firefox: first(['/usr/bin/firefox-esr', '/usr/bin/firefox']),
  webkit: first(['/usr/bin/WebKitWebDriver']) &&
    first(['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser']),
};

export const INSTALL = {
  chromium: 'apt-get install chromium',
  firefox: 'apt-get install firefox-esr',
  webkit: 'apt-get install webkit2gtk-driver xvfb',
};

/** Chromium flags for a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Test pages run side by side; none of them may be throttled as a background tab.
  '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

async function startWebKitDriver() {
  const port = await freePort();
  const command = process.env.DISPLAY ? ['/usr/bin/WebKitWebDriver', `--port=${port}`]
    : ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', '/usr/bin/WebKitWebDriver', `--port=${port}`];
  const child = spawn(command[0], command.slice(1), {stdio: 'ignore', detached: true});
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(130)));
  await waitForPort(port, child);
  return port;
}

const named = (name, launcher) => Object.assign(launcher, {name});

/**
 * puppeteer-core with a patient start. A browser's first start on a cold machine can be slow: Firefox
 * took 53 s here once (then 3 s), and CI once gave up on it at puppeteer's 30 s. @web/test-runner keeps
 * a failed start for every later test file, so one slow start failed all of that engine's files.
 * Each start now waits up to 90 s, and a start that fails is tried once more (the test runner waits
 * for both: browserStartTimeout in web-test-runner.config.mjs).
 */
const patient = {
  ...puppeteer,
  async launch(options) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await puppeteer.launch({timeout: 90000, ...options});
      } catch (error) {
        if (attempt === 2) throw error;
        console.warn(`[engines] ${options.browser ?? 'chromium'} did not start (${error.message}); starting it once more`);
      }
    }
  },
};

const launchers = {
  chromium: () => named('Chromium', chromeLauncher({
    puppeteer: patient,
    launchOptions: {executablePath: BINARIES.chromium, headless: true, args: CHROMIUM_ARGS},
  })),
  firefox: () => chromeLauncher({
    puppeteer: patient,
    launchOptions: {
      browser: 'firefox', executablePath: BINARIES.firefox, headless: true,
      extraPrefsFirefox: {'network.proxy.type': 0, 'app.update.enabled': false},
    },
  }),
  webkit: async () => {
    const port = await startWebKitDriver();
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      automationProtocol: 'webdriver',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: BINARIES.webkit, args: ['--automation']},
      },
    });
    // The launcher names itself after the browser binary (MiniBrowser) once it starts; the engine
    // is what the report should say.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (...args) => {
      await initialize(...args);
      launcher.name = 'WebKit';
    };
    return launcher;
  },
};

/**
 * The launchers for the engines asked for (ENGINES, default all three) that are installed. A
 * missing engine is skipped with a message, or is an error when CI is set.
 */
export async function engines() {
  const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
  const result = [];
  const missing = [];
  for (const name of wanted) {
    if (!(name in launchers)) throw new Error(`Unknown engine "${name}"; use chromium, firefox or webkit.`);
    if (BINARIES[name]) result.push(await launchers[name]());
    else missing.push(name);
  }
  for (const name of missing) {
    const message = `${name}: not installed, so its tests did not run (install it with: ${INSTALL[name]})`;
    if (process.env.CI) throw new Error(`[engines] ${message}. CI requires every engine.`);
    console.warn(`[engines] SKIPPED ${message}`);
  }
  if (!result.length) throw new Error(`[engines] No browser engine is installed. Install one: ${INSTALL.chromium}`);
  console.log(`[engines] running in: ${wanted.filter((n) => BINARIES[n]).join(', ')}`);
  return result;
}

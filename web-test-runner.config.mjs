// @web/test-runner: the whole suite in every browser engine installed here (Chromium, Firefox,
// WebKit). `ENGINES=chromium,firefox` picks engines; in CI (CI=true) a missing engine fails the run.
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {summaryReporter, defaultReporter} from '@web/test-runner';
import {countReporter} from './test/server/count-reporter.mjs';
import {engines} from './scripts/engines.mjs';
import {testServer} from './test/server/middleware.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const browsers = await engines();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // One page at a time per engine: a page in a background tab may not get animation frames.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 600000,
  // Two tries of a slow first start (scripts/engines.mjs), then the page.
  browserStartTimeout: 210000,
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countReporter()],
  middleware: [testServer],
  // Every test file starts without stories cached by an earlier file (localStorage is per origin).
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script>localStorage.clear()</script><script type="module" src="${framework}"></script></body></html>`,
  plugins: [esbuildPlugin({ts: true, tsconfig, target: 'es2022'})],
};

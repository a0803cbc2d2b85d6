// Screenshots of a page at phone and desktop widths, for looking at what visitors see.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [click-first-toggle]
import {chromium} from 'playwright-core';
import {BINARIES, CHROMIUM_ARGS} from './engines.mjs';

const [url, out = 'screenshots/page', expand] = process.argv.slice(2);
const browser = await chromium.launch({executablePath: BINARIES.chromium, args: CHROMIUM_ARGS});
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  const page = await browser.newPage({viewport: {width, height}, deviceScaleFactor: 1});
  page.on('console', (msg) => console.log(`[${name}] console.${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (error) => console.log(`[${name}] page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => [...document.querySelectorAll('news-widget')].every(
    (el) => el.shadowRoot?.querySelector('[aria-busy="false"], [part~="status"]')), null, {timeout: 10000});
  if (expand) {
    await page.locator('news-widget [part~="toggle"]').first().click();
  }
  await page.waitForTimeout(300);
  await page.screenshot({path: `${out}-${name}.png`, fullPage: true});
  console.log(`${out}-${name}.png`);
}
await browser.close();

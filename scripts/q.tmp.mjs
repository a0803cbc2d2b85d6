import {chromium} from 'playwright-core';
import {BINARIES, CHROMIUM_ARGS} from './engines.mjs';
const b = await chromium.launch({executablePath: BINARIES.chromium, args: CHROMIUM_ARGS});
const p = await b.newPage();
const out = await p.evaluate(() => {
  const r = [];
  const time = (name, xml) => { let best = 1e9; for (let k = 0; k < 3; k++) { const t = performance.now(); new DOMParser().parseFromString(xml, 'application/xml'); best = Math.min(best, performance.now() - t); } r.push([name, xml.length, Math.round(best)]); };
  const body = '<item><title>x</title><category>a</category><category>b</category><dc:creator>c</dc:creator></item>'.repeat(6000);
  for (const D of [0, 5, 25, 100, 400]) {
    const decls = Array.from({length: D}, (_, i) => ` xmlns:p${i}="http://example.org/${i}"`).join('');
    time('decls ' + D, `<rss xmlns:dc="http://purl.org/dc/elements/1.1/"${decls}><channel>${body}</channel></rss>`);
  }
  return r;
});
for (const row of out) console.log(row.join('\t'));
await b.close();

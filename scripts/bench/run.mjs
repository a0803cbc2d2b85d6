// npm run bench: our parseFeed and the built widget against rss-parser, feedsmith and
// @rowanmanning/feed-parser, in headless Chromium, in one run. Prints medians and ratios. It is a
// benchmark, not a test: nothing here passes or fails on timing.
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {BINARIES, CHROMIUM_ARGS} from '../engines.mjs';
import {atom, bigStory, jsonFeed, png, rss} from './feeds.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_ONLY=throttled: only the throttled section (it alone takes a few minutes).
const ONLY = process.env.BENCH_ONLY;
// BENCH_BEFORE=<a checkout of an earlier commit>: its parseFeed joins the parse tables as one more column,
// so a change is measured before and after in one run (`git worktree add /tmp/before <rev>`).
const BEFORE = process.env.BENCH_BEFORE;
const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'news-widget-bench-'));

// ---- Contenders, bundled for the browser -------------------------------------------------------
const bundle = (name, contents, extra = {}) => build({
  stdin: {contents, resolveDir: root, loader: 'ts'}, bundle: true, minify: true, format: 'iife', target: 'es2022',
  platform: 'browser', outfile: join(out, `${name}.js`), tsconfig: join(root, 'tsconfig.json'), logLevel: 'error', ...extra,
});
/** The widget built from src/ with prefix parsing switched off, to measure what prefix parsing saves. */
const noPrefix = {
  name: 'no-prefix',
  setup(b) {
    b.onLoad({filter: /src\/feed\/parse\.ts$/}, (args) => ({
      loader: 'ts',
      contents: readFileSync(args.path, 'utf8').replace(/limit < Infinity \? prefix\(body, limit\) : null/, 'null'),
    }));
  },
};
await Promise.all([
  bundle('ours', "export {parseFeed} from './src/feed/index.ts';", {globalName: 'Ours'}),
  bundle('feedsmith', "export {parseFeed} from 'feedsmith';", {globalName: 'Feedsmith'}),
  bundle('rowanmanning', "export {parseFeed} from '@rowanmanning/feed-parser';", {globalName: 'Rowan'}),
  bundle('widget-src', "import './src/define.ts';"),
  bundle('widget-noprefix', "import './src/define.ts';", {plugins: [noPrefix]}),
  ...(BEFORE ? [bundle('before', `export {parseFeed} from ${JSON.stringify(join(BEFORE, 'src/feed/index.ts'))};`, {globalName: 'Before'})] : []),
]);
writeFileSync(join(out, 'rss-parser.js'), readFileSync(join(root, 'node_modules/rss-parser/dist/rss-parser.min.js')));
writeFileSync(join(out, 'widget.js'), readFileSync(join(root, 'dist/news-widget.js')));

// ---- Feeds and pages ---------------------------------------------------------------------------
const FEEDS = {
  'rss-50': rss(50), 'rss-500': rss(500), 'rss-5000': rss(5000),
  'atom-500': atom(500), 'json-500': jsonFeed(500), 'story-100k': bigStory(100_000),
};
for (const [name, body] of Object.entries(FEEDS)) writeFileSync(join(out, `${name}.feed`), body);

const PARSERS = {
  ours: {script: 'ours.js', parse: 'text => Ours.parseFeed(text)'},
  'rss-parser': {script: 'rss-parser.js', parse: 'text => new RSSParser().parseString(text)', xmlOnly: true},
  feedsmith: {script: 'feedsmith.js', parse: 'text => Feedsmith.parseFeed(text[0] === "{" ? JSON.parse(text) : text)'},
  '@rowanmanning/feed-parser': {script: 'rowanmanning.js', parse: 'text => Rowan.parseFeed(text).toJSON()', xmlOnly: true},
};
if (BEFORE) PARSERS['ours, before'] = {script: 'before.js', parse: 'text => Before.parseFeed(text)'};

// ---- Throttled feeds: WordPress RSS with full text, sent at 1 MB/s ------------------------------
const THROTTLED = {'wp-2mb': Buffer.from(rss(50, 40_000)), 'wp-13mb': Buffer.from(rss(320, 40_000))};
const CHUNK = 64 * 1024;
const RATE = 1_000_000; // bytes a second
/** Per request: when the fifth story's end tag was sent, and how many bytes went before the client closed. */
const sent = [];
function throttled(res, name) {
  const body = THROTTLED[name];
  let fifth = 0;
  for (let n = 0, at = 0; n < 5; n++) fifth = at = body.indexOf('</item>', at) + '</item>'.length;
  const log = {name, start: performance.now(), floor: null, bytes: 0, fifth, closed: false};
  sent.push(log);
  res.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store'});
  res.on('close', () => (log.closed = log.bytes < body.length));
  const next = () => {
    if (res.destroyed || log.bytes >= body.length) return res.end();
    const chunk = body.subarray(log.bytes, log.bytes + CHUNK);
    res.write(chunk);
    log.bytes += chunk.length;
    if (log.floor === null && log.bytes >= fifth) log.floor = performance.now() - log.start;
    setTimeout(next, (chunk.length / RATE) * 1000);
  };
  next();
}

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = url.pathname.slice(1);
  if (file.startsWith('throttled/')) return throttled(res, file.slice('throttled/'.length));
  if (file === 'blank.html') return res.writeHead(200, {'content-type': 'text/html'}).end(page(''));
  let body;
  try {
    body = readFileSync(join(out, file));
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, {'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/plain'}).end(body);
}).listen(0);
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: BINARIES.chromium,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/** A fresh page with `scripts` loaded and `feed` fetched, ready to time. */
async function freshPage(scripts, feed) {
  const p = await browser.newPage({viewport: {width: 1280, height: 900}});
  await p.goto(`${origin}/blank.html`);
  // The longest task since the page opened (or since a test set it back to 0), in window.longTask.
  await p.evaluate(() => {
    window.longTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTask = Math.max(window.longTask, entry.duration);
    }).observe({type: 'longtask'});
    // A widget's requests answered from memory: the feed and, since the generated feed looks like
    // WordPress's, the answer its REST API gives to the widget's request for featured pictures (none).
    // (Answered with the feed instead, that request read megabytes of XML as JSON in the background.)
    // The feed's bytes come from a Blob made once: a Response made from the text would encode it
    // again at every request, inside the timings (95 ms of the 5,000-story "first widget").
    window.respond = (url, text) => Promise.resolve(url.includes('/wp-json/')
      ? new Response('[]', {headers: {'content-type': 'application/json'}})
      : new Response(text ?? window.feedBlob, {headers: {'content-type': 'application/xml'}}));
    // Resolves with the first match of `selector` in el's shadow root as soon as it is there: in the
    // task that renders it, as "bare" knows its line is there, so both then wait for the same frame.
    // (A poll with setTimeout saw it a task or a frame late, which the time then counted as ours.)
    window.shown = (el, selector) => new Promise((resolve) => {
      const found = () => el.shadowRoot.querySelector(selector);
      if (found()) return resolve(found());
      const observer = new MutationObserver(() => found() && (observer.disconnect(), resolve(found())));
      observer.observe(el.shadowRoot, {childList: true, subtree: true});
    });
  });
  for (const script of scripts) await p.addScriptTag({url: `${origin}/${script}`});
  if (feed) {
    await p.evaluate(async (url) => {
      window.feedBlob = await (await fetch(url)).blob();
      window.feedText = await window.feedBlob.text();
    }, `${origin}/${feed}.feed`);
  }
  return p;
}

// ---- Cold and warm parse -----------------------------------------------------------------------
async function parseTimes(parser, feed) {
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await freshPage([parser.script], feed);
    cold.push(await p.evaluate(async (source) => {
      const parse = eval(source);
      const t0 = performance.now();
      await parse(window.feedText);
      return performance.now() - t0;
    }, parser.parse));
    await p.close();
  }
  const p = await freshPage([parser.script], feed);
  const warm = await p.evaluate(async ({source, runs}) => {
    const parse = eval(source);
    for (let i = 0; i < 3; i++) await parse(window.feedText);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await parse(window.feedText);
      times.push(performance.now() - t0);
    }
    return times;
  }, {source: parser.parse, runs: RUNS});
  await p.close();
  return {cold: median(cold), warm: median(warm)};
}

// ---- The widget: response to first card, expanding, memory, layout shift ----------------------
/** Renders `feed` at `limit` with the widget in `script`; the response body is in memory, so the
 * clock starts when the widget has it. */
async function firstCard(script, feed, limit) {
  const times = [];
  const again = [];
  let longest = 0;
  let longestAgain = 0;
  for (let i = 0; i < RUNS; i++) {
    const p = await freshPage([script], feed);
    const result = await p.evaluate(async (limit) => {
      window.longTask = 0;
      let t0 = 0;
      class Bench extends customElements.get('news-widget') {
        fetchFeed(url) {
          // From the first request's start: the request for featured pictures must not restart the clock.
          t0 ||= performance.now();
          return window.respond(url);
        }
      }
      customElements.define('bench-widget', Bench);
      /** A widget on its own address (so nothing is shared); resolves with ms from response to painted card. */
      async function time(address) {
        t0 = 0;
        const el = document.createElement('bench-widget');
        Object.assign(el, {feed: address, limit, cache: 0, loading: 'eager'});
        document.body.append(el);
        await window.shown(el, '[part~="card"]');
        // The frame that paints it.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - t0;
      }
      const painted = await time('https://news.example.org/feed/');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const firstLongTask = window.longTask;
      window.longTask = 0;
      // A second widget on the same page: the feed's own cost, without the page's first-use costs.
      const again = await time('https://news.example.org/other-feed/');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {painted, again, longTask: firstLongTask, againLongTask: window.longTask};
    }, limit);
    times.push(result.painted);
    again.push(result.again);
    longest = Math.max(longest, result.longTask);
    longestAgain = Math.max(longestAgain, result.againLongTask);
    await p.close();
  }
  return {painted: median(times), longest, again: median(again), longestAgain};
}

/**
 * `count` sources of `feed` (each its own site, so no story is shared) merged in one widget at
 * `limit`: ms from the first request to the merged list painted, every source in it.
 */
async function mergedCard(count, feed, limit) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await freshPage(['widget.js'], feed);
    times.push(await p.evaluate(async ({count, limit}) => {
      let t0 = 0;
      class Bench extends customElements.get('news-widget') {
        fetchFeed(url) {
          t0 ||= performance.now();
          const site = new URL(url).hostname;
          const text = window.feedText.replaceAll('news.example.org', site).replaceAll('Story ', `${site} story `);
          return window.respond(url, text);
        }
      }
      customElements.define('bench-widget', Bench);
      const el = document.createElement('bench-widget');
      const feeds = Array.from({length: count}, (_, k) => `https://source${k}.example.org/feed.xml`);
      Object.assign(el, {feed: feeds.join(' '), limit, cache: 0, loading: 'eager'});
      document.body.append(el);
      await new Promise((resolve) => {
        const check = () => (el.shadowRoot?.querySelectorAll('[part~="attribution"] a').length === count ? resolve() : setTimeout(check, 0));
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t0;
    }, {count, limit}));
    await p.close();
  }
  return median(times);
}

/**
 * A throttled feed from the request's start to the first card painted, at limit 5: ours as it
 * streams, ours with the body buffered first (the whole-body path), and each peer given the whole
 * body (its parse done counts as its first card). Also the longest task while loading.
 */
async function throttledFirstCard(name, runs) {
  const rows = {};
  const add = (key, value) => (rows[key] ??= []).push(value);
  for (let i = 0; i < runs; i++) {
    for (const mode of ['stream', 'whole']) {
      const p = await freshPage(['widget.js']);
      const before = sent.length;
      const result = await p.evaluate(async ({url, mode}) => {
        window.longTask = 0;
        let t0 = 0;
        class Bench extends customElements.get('news-widget') {
          async fetchFeed(address, init) {
            t0 ||= performance.now();
            const response = await fetch(address, init);
            return mode === 'whole' ? new Response(await response.arrayBuffer(), {headers: response.headers}) : response;
          }
        }
        customElements.define('bench-widget', Bench);
        const el = document.createElement('bench-widget');
        Object.assign(el, {feed: url, limit: 5, cache: 0, loading: 'eager'});
        document.body.append(el);
        const failed = (await window.shown(el, '[part~="card"], [part~="error"]')).closest('[part~="error"]')?.textContent;
        if (failed) return {painted: null, longTask: window.longTask, failed};
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const painted = performance.now() - t0;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return {painted, longTask: window.longTask};
      }, {url: `${origin}/throttled/${name}`, mode});
      if (result.failed) console.error(`${name} ${mode}: ${result.failed.replace(/\s+/g, ' ')}`);
      await p.close();
      const log = sent[before];
      add(mode, result.painted);
      add(`${mode} long`, result.longTask);
      if (mode === 'stream') {
        add('floor', log.floor);
        add('bytes', log.bytes);
        add('fifth', log.fifth);
        add('closed', log.closed ? 1 : 0);
      }
    }
    // The floor as a page can see it: a page that only reads the stream and, at the fifth </item>,
    // paints one line, timed as ours is. What it adds to the server's floor is the measurement's own.
    const bare = await freshPage([]);
    add('bare', await bare.evaluate(async (url) => {
      const t0 = performance.now();
      const reader = (await fetch(url)).body.getReader();
      const decoder = new TextDecoder();
      for (let text = ''; (text.match(/<\/item>/g) ?? []).length < 5;) text += decoder.decode((await reader.read()).value, {stream: true});
      void reader.cancel();
      document.body.append(Object.assign(document.createElement('p'), {textContent: 'Story 1'}));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t0;
    }, `${origin}/throttled/${name}`));
    await bare.close();
    for (const [peer, parser] of Object.entries(PARSERS).filter(([key]) => key !== 'ours' && !key.includes('before'))) {
      const p = await freshPage([parser.script]);
      add(peer, await p.evaluate(async ({url, source}) => {
        const parse = eval(source);
        const t0 = performance.now();
        const text = await (await fetch(url)).text();
        await parse(text);
        return performance.now() - t0;
      }, {url: `${origin}/throttled/${name}`, source: parser.parse}));
      await p.close();
    }
  }
  return Object.fromEntries(Object.entries(rows).map(([key, values]) => [key, key.endsWith('long') ? Math.max(...values) : median(values)]));
}

async function expandStory() {
  const times = [];
  let longest = 0;
  for (let i = 0; i < RUNS; i++) {
    const p = await freshPage(['widget.js'], 'story-100k');
    const result = await p.evaluate(async () => {
      class Bench extends customElements.get('news-widget') {
        fetchFeed(url) {
          return window.respond(url);
        }
      }
      customElements.define('bench-widget', Bench);
      const el = document.createElement('bench-widget');
      Object.assign(el, {feed: 'https://news.example.org/feed/', cache: 0, loading: 'eager'});
      document.body.append(el);
      await new Promise((resolve) => {
        const check = () => (el.shadowRoot?.querySelector('[part~="toggle"]') ? resolve() : setTimeout(check, 0));
        check();
      });
      window.longTask = 0;
      const t0 = performance.now();
      el.shadowRoot.querySelector('[part~="toggle"]').click();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const time = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {time, longTask: window.longTask, length: el.shadowRoot.querySelector('[part~="content"]').textContent.length};
    });
    times.push(result.time);
    longest = Math.max(longest, result.longTask);
    await p.close();
  }
  return {time: median(times), longest};
}

async function memory() {
  const p = await freshPage(['widget.js'], 'rss-5000');
  const heap = await p.evaluate(async () => {
    window.gc();
    const before = performance.memory.usedJSHeapSize;
    class Bench extends customElements.get('news-widget') {
      fetchFeed(url) {
        return window.respond(url);
      }
    }
    customElements.define('bench-widget', Bench);
    const el = document.createElement('bench-widget');
    Object.assign(el, {feed: 'https://news.example.org/feed/', limit: 20, cache: 0, loading: 'eager'});
    document.body.append(el);
    await new Promise((resolve) => {
      const check = () => (el.shadowRoot?.querySelector('[part~="card"]') ? resolve() : setTimeout(check, 0));
      check();
    });
    window.gc();
    return {before, after: performance.memory.usedJSHeapSize};
  });
  await p.close();
  return heap;
}

async function layoutShift() {
  const p = await freshPage(['widget.js'], 'rss-50');
  // The feed's pictures load, as on a real site: a picture that fails is taken out of its card, which
  // moves the text below it (0.12 here when none loaded), and that is not the skeleton's doing.
  const picture = png(160, 90);
  await p.route('https://news.example.org/**', (route) => route.fulfill({contentType: 'image/png', body: picture}));
  const cls = await p.evaluate(async () => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
    let answer;
    class Bench extends customElements.get('news-widget') {
      fetchFeed(url) {
        return url.includes('/wp-json/') ? window.respond(url) : new Promise((resolve) => (answer = () => resolve(window.respond(url))));
      }
    }
    customElements.define('bench-widget', Bench);
    document.body.innerHTML = '<h1>Parish</h1><bench-widget feed="https://news.example.org/feed/" cache="0" loading="eager"></bench-widget><p>After the widget</p>';
    // The skeleton is on screen for a while, as on a slow network; then the stories arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    answer();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return total;
  });
  await p.close();
  return cls;
}

// ---- Size --------------------------------------------------------------------------------------
function size(file) {
  const bytes = readFileSync(join(out, file));
  return {raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length};
}

// ---- Run and print -----------------------------------------------------------------------------
const ms = (v) => (v == null ? 'n/a' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const ratio = (peer, ours) => (peer == null || ours == null ? '' : ` (${(peer / ours).toFixed(1)}×)`);
const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

async function throttledSection() {
  const throttledRows = [];
  for (const name of Object.keys(THROTTLED)) {
    const r = await throttledFirstCard(name, Math.min(RUNS, 3));
    const peers = Object.keys(PARSERS).filter((key) => key !== 'ours' && !key.includes('before'));
    throttledRows.push([`${name} (${(THROTTLED[name].length / 1e6).toFixed(1)} MB)`, ms(r.floor), ms(r.bare), ms(r.stream), ms(r.stream - r.floor),
      ms(r.stream - r.bare),
      ms(r.whole) + ratio(r.whole, r.stream), ...peers.map((peer) => ms(r[peer]) + ratio(r[peer], r.stream)),
      `${(r.bytes / 1e3).toFixed(0)} KB (${(r.bytes / r.fifth).toFixed(1)}× the first five)${r.closed ? '' : ', not cancelled'}`,
      `${ms(r['stream long'])} / ${ms(r['whole long'])}`]);
  }
  console.log('Throttled: WordPress RSS with full text sent at 1 MB/s in 64 KB chunks; request start to first card painted, limit=5.');
  console.log('"floor": when the server had sent the fifth </item>. Ours streams; "whole body" is ours with the body buffered first');
  console.log('(the path before streaming); each peer is given the whole body (its parse done counts as its first card). "sent": bytes the');
  console.log('server sent before the widget (no pager) closed the download. Longest task while loading: streaming / whole body.');
  console.log('"bare": a page that only reads the stream and paints one line at the fifth </item>, timed as ours is (its frame');
  console.log('wait included): the floor as a page sees it, so "ours − bare" is the widget\'s own share.');
  console.log(table(['feed', 'floor', 'bare', 'ours', 'ours − floor', 'ours − bare', 'whole body', ...Object.keys(PARSERS).filter((key) => key !== 'ours' && !key.includes('before')),
    'sent', 'longest task'], throttledRows), '\n');
}

console.log(`news-widget benchmark: headless Chromium ${browser.version()}, median of ${RUNS} runs, times in ms.`);
console.log('Ratios are the peer\'s time over ours: 3.0× means ours is three times faster.\n');

if (ONLY === 'throttled') {
  await throttledSection();
  await browser.close();
  server.close();
  process.exit(0);
}

const parseResults = {};
for (const feed of ['rss-50', 'rss-500', 'rss-5000', 'atom-500', 'json-500']) {
  parseResults[feed] = {};
  for (const [name, parser] of Object.entries(PARSERS)) {
    parseResults[feed][name] = parser.xmlOnly && feed.startsWith('json') ? {cold: null, warm: null} : await parseTimes(parser, feed);
  }
}
for (const kind of ['cold', 'warm']) {
  const rows = Object.entries(parseResults).map(([feed, results]) => [feed, ms(results.ours[kind]),
    ...Object.keys(PARSERS).slice(1).map((n) => ms(results[n][kind]) + ratio(results[n][kind], results.ours[kind]))]);
  console.log(`${kind === 'cold' ? 'Cold parse (a fresh page per run, the first parse after import)' : 'Warm parse (same page, after 3 warm-up parses)'}:`);
  console.log(table(['feed', ...Object.keys(PARSERS)], rows), '\n');
}

const cardRows = [];
for (const feed of ['rss-50', 'rss-500', 'rss-5000']) {
  for (const limit of [5, 20]) {
    const built = await firstCard('widget.js', feed, limit);
    const src = await firstCard('widget-src.js', feed, limit);
    const off = await firstCard('widget-noprefix.js', feed, limit);
    cardRows.push([feed, limit, ms(built.painted), ms(built.longest), ms(built.again), ms(built.longestAgain),
      ms(src.painted), ms(off.painted) + ratio(off.painted, src.painted)]);
  }
}
console.log('Response to first card painted (the body in memory when the clock starts). "first widget": in a fresh page,');
console.log('first-use costs included; "second widget": another widget on another feed in the same page. Longest task: the');
console.log('longest of each across the runs. The last two columns: the first widget built from src/, prefix parsing on and off:');
console.log(table(['feed', 'limit', 'first widget', 'longest task', 'second widget', 'longest task ', 'prefix parsing on', 'prefix parsing off'], cardRows), '\n');

await throttledSection();

const mergedRows = [];
for (const feed of ['rss-50', 'rss-500']) {
  for (const limit of [5, 20]) {
    const one = await mergedCard(1, feed, limit);
    const three = await mergedCard(3, feed, limit);
    mergedRows.push([feed, limit, ms(one), ms(three), `${(three / one).toFixed(2)}×`]);
  }
}
console.log('Several sources: the first request to the merged list painted, every source in it (first widget in a fresh page;');
console.log('each source its own site, so no story is shared). The last column: three sources\' time over one\'s:');
console.log(table(['feed (each source)', 'limit', 'one source', 'three sources', 'three / one'], mergedRows), '\n');

const expand = await expandStory();
console.log(`Expanding a 100 KB story (sanitize + render + paint): ${ms(expand.time)} ms, longest task ${ms(expand.longest)} ms.`);
const heap = await memory();
console.log(`JS heap with the 5,000-item feed rendered at limit=20: ${(heap.after / 1e6).toFixed(2)} MB ` +
  `(${((heap.after - heap.before) / 1e6).toFixed(2)} MB more than the empty page).`);
console.log(`Cumulative layout shift, skeleton to loaded: ${(await layoutShift()).toFixed(4)}\n`);

const sizes = [['news-widget (IIFE: widget, Lit, DOMPurify)', 'widget.js'], ['our parseFeed alone', 'ours.js'],
  ['rss-parser (dist/rss-parser.min.js)', 'rss-parser.js'], ['feedsmith (parseFeed)', 'feedsmith.js'],
  ['@rowanmanning/feed-parser', 'rowanmanning.js']];
console.log('Size in bytes (peers bundled and minified with esbuild for the browser, except rss-parser\'s own file):');
console.log(table(['bundle', 'raw', 'gzip', 'brotli'], sizes.map(([label, file]) => {
  const s = size(file);
  return [label, s.raw, s.gzip, s.brotli];
})));

await browser.close();
server.close();

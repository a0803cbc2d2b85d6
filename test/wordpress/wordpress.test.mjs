// The built widget against a real WordPress (test/wordpress/server.mjs), from another origin, in
// Chromium: what a volunteer sees for each address they may paste. Run by `npm run test:wordpress`
// (and `npm test`); needs Debian's wordpress, mariadb-server and php-mysql (.ci/run installs them).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {BINARIES, CHROMIUM_ARGS} from '../../scripts/engines.mjs';
import {missing, wordPress} from './server.mjs';

const absent = missing();
if (absent && process.env.CI) throw new Error(`A real WordPress needs: apt-get install ${absent}`);
const root = new URL('../../', import.meta.url).pathname;

/** The church's page: another origin (localhost, where WordPress is 127.0.0.1) with the built script. */
function hostPage() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/news-widget.js') {
      return res.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(`${root}dist/news-widget.js`));
    }
    const widget = url.searchParams.get('widget') ?? '';
    res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(`<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Our church</title>
<script src="/news-widget.js" defer></script></head><body><main><h1>Our church</h1>${widget}</main></body></html>`);
  }).listen(0, '127.0.0.1');
  return new Promise((resolve) => server.on('listening', () => resolve({server, origin: `http://localhost:${server.address().port}`})));
}

describe('a real WordPress', {skip: absent ? `needs ${absent}` : false}, () => {
  let wp;
  let host;
  let browser;
  before(async () => {
    [wp, host, browser] = await Promise.all([
      wordPress(), hostPage(), chromium.launch({executablePath: BINARIES.chromium, args: CHROMIUM_ARGS}),
    ]);
  });
  after(async () => {
    await browser?.close();
    host?.server.close();
    wp?.stop();
  });

  /** Opens the church's page with `<news-widget …>` and waits until it shows stories or says why not. */
  async function show(attributes) {
    const page = await browser.newPage();
    const console = [];
    const requests = [];
    page.on('console', (message) => console.push(message.text()));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${host.origin}/?widget=${encodeURIComponent(`<news-widget loading="eager" cache="0" ${attributes}></news-widget>`)}`);
    await page.waitForFunction(() => document.querySelector('news-widget')?.shadowRoot?.querySelector('[part~="card"], [part~="status"]'),
      null, {timeout: 30_000});
    return {page, console, requests};
  }

  /** What the widget shows: titles, pictures, the attribution, an error. */
  const seen = (page) => page.evaluate(() => {
    const shadow = document.querySelector('news-widget').shadowRoot;
    return {
      titles: [...shadow.querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim()),
      pictures: [...shadow.querySelectorAll('[part~="card"]')].map((c) => c.querySelector('img')?.getAttribute('src') ?? null),
      srcsets: [...shadow.querySelectorAll('[part~="card"] img')].map((i) => i.getAttribute('srcset')),
      authors: [...shadow.querySelectorAll('[part~="meta"]')].map((m) => m.textContent.replace(/\s+/g, ' ').trim()),
      attribution: shadow.querySelector('[part~="attribution"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      error: shadow.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      pager: !!shadow.querySelector('[part~="pager"]'),
    };
  });

  const story = (n) => `Story ${n}: news from the churches`;
  const stories = (...ns) => ns.map(story);

  it('a /feed/ address, which WordPress serves without CORS, shows the stories through the REST API, with no error', async () => {
    const {page, console} = await show(`feed="${wp.origin}/feed/" limit="5"`);
    const view = await seen(page);
    assert.equal(view.error, null);
    assert.deepEqual(view.titles, stories(25, 24, 23, 22, 21));
    // Featured pictures with their sizes, authors, and the site's name.
    assert.ok(view.pictures.every((src, i) => src?.includes(`story-${25 - i}`)), view.pictures.join());
    assert.ok(view.srcsets.every((srcset) => /-300x169\.jpg 300w/.test(srcset ?? '')), view.srcsets.join());
    assert.match(view.authors[0], /Samuel Okafor/);
    assert.equal(view.attribution, 'From Grace News Service');
    assert.equal(console.filter((line) => line.includes('REST API instead')).length, 1, console.join('\n'));
    await page.close();
  });

  it('a category, tag or author feed keeps what it meant', async () => {
    for (const [path, expected] of [
      ['/category/world/feed/', stories(24, 20, 16)],
      ['/tag/prayer/feed/atom/', stories(23, 16, 9)],
      ['/author/daniel/feed/', stories(23, 19, 15)],
      ['/?feed=rss2&category_name=church', stories(25, 21, 17)],
    ]) {
      const {page} = await show(`feed="${wp.origin}${path}" limit="3"`);
      const view = await seen(page);
      assert.equal(view.error, null, path);
      assert.deepEqual(view.titles, expected, path);
      await page.close();
    }
  });

  it('a site address shows the site\'s name, and a REST address without _embed still has authors and pictures', async () => {
    for (const feed of [`${wp.origin}/`, `${wp.origin}/wp-json/wp/v2/posts`]) {
      const {page} = await show(`feed="${feed}" limit="3"`);
      const view = await seen(page);
      assert.deepEqual(view.titles, stories(25, 24, 23), feed);
      assert.equal(view.attribution, 'From Grace News Service', feed);
      assert.ok(view.pictures.every(Boolean), feed);
      assert.match(view.authors[1], /Anna Berg/, feed);
      await page.close();
    }
  });

  it('a site whose REST API is off still gets the clear CORS message', async () => {
    const {page, console} = await show(`feed="${wp.noRest}/feed/" limit="3"`);
    const view = await seen(page);
    assert.match(view.error ?? '', /CORS|Access-Control-Allow-Origin/i, view.error);
    assert.ok(console.some((line) => /Access-Control-Allow-Origin/.test(line)), console.join('\n'));
    await page.close();
  });

  it('a readable feed gets its featured pictures from the REST API, in one request for the stories shown', async () => {
    const {page, requests} = await show(`feed="${wp.origin}/feed/?open=1&excerpt=1" limit="4"`);
    const view = await seen(page);
    const rest = requests.filter((url) => url.includes('/wp-json/'));
    assert.equal(rest.length, 1, rest.join('\n'));
    assert.match(rest[0], /include=53%2C51%2C49%2C47|include=\d+%2C\d+%2C\d+%2C\d+&/);
    assert.deepEqual(view.titles, stories(25, 24, 23, 22));
    assert.ok(view.pictures.every((src, i) => src?.includes(`story-${25 - i}`)), view.pictures.join());
    assert.ok(view.srcsets.every(Boolean));
    await page.close();
  });

  it('"Excerpt" feeds expand into the excerpt; expanded stories lose the "appeared first on" footer and keep srcset', async () => {
    for (const feed of [`${wp.origin}/feed/?open=1&excerpt=1`, `${wp.origin}/feed/?open=1`, `${wp.origin}/`]) {
      const {page} = await show(`feed="${feed}" limit="25"`);
      const expanded = await page.evaluate(async () => {
        const shadow = document.querySelector('news-widget').shadowRoot;
        const card = [...shadow.querySelectorAll('[part~="card"]')].find((c) => c.textContent.includes('Story 5:'));
        card.querySelector('[part~="toggle"]').click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const content = card.querySelector('[part~="content"]');
        return {text: content.textContent, srcset: content.querySelector('img')?.getAttribute('srcset') ?? null};
      });
      assert.match(expanded.text, /Paragraph 1 of story 5/, feed);
      assert.doesNotMatch(expanded.text, /appeared first on/, feed);
      if (!feed.includes('excerpt')) assert.match(expanded.srcset ?? '', /-300x169\.jpg 300w/, feed);
      await page.close();
    }
  });

  it('"More stories" on WordPress REST shows every post once, in order, until the last', async () => {
    for (const limit of [5, 7]) {
      const {page} = await show(`feed="${wp.origin}/" limit="${limit}" pager`);
      for (let shown = limit; (await seen(page)).pager; shown += limit) {
        await page.evaluate(() => document.querySelector('news-widget').shadowRoot.querySelector('[part~="pager"]').click());
        await page.waitForFunction((n) => document.querySelector('news-widget').shadowRoot.querySelectorAll('[part~="card"]').length >= n,
          Math.min(25, shown + limit));
      }
      const view = await seen(page);
      assert.deepEqual(view.titles, Array.from({length: 25}, (_, i) => story(25 - i)), `limit ${limit}`);
      await page.close();
    }
  });

  it('a site\'s feed and its REST API merged show each post once, and "More stories" pages on to the last, in order', async () => {
    const {page} = await show(`feed="${wp.origin}/feed/?open=1 ${wp.origin}/" limit="5" pager`);
    for (let shown = 5; (await seen(page)).pager; shown += 5) {
      await page.evaluate(() => document.querySelector('news-widget').shadowRoot.querySelector('[part~="pager"]').click());
      await page.waitForFunction((n) => document.querySelector('news-widget').shadowRoot.querySelectorAll('[part~="card"]').length >= n,
        Math.min(25, shown + 5));
    }
    const view = await seen(page);
    assert.deepEqual(view.titles, Array.from({length: 25}, (_, i) => story(25 - i)));
    assert.equal(view.error, null);
    await page.close();
  });

  it('categories match WordPress categories and tags alike, so a feed and the REST API show the same stories', async () => {
    const titles = [];
    for (const feed of [`${wp.origin}/feed/?open=1`, `${wp.origin}/`]) {
      const {page} = await show(`feed="${feed}" categories="prayer, Persecution" limit="10"`);
      titles.push((await seen(page)).titles);
      await page.close();
    }
    assert.deepEqual(titles[0], stories(23, 22, 18, 16, 14, 10, 9, 6, 2));
    assert.deepEqual(titles[1], titles[0]);
  });

  it('a thumbnail loads the smallest picture that is sharp enough, not the original', async () => {
    const {page} = await show(`feed="${wp.origin}/" limit="2" image="thumbnail"`);
    await page.waitForFunction(() => [...document.querySelector('news-widget').shadowRoot.querySelectorAll('img')]
      .every((img) => img.complete && img.currentSrc));
    const sources = await page.evaluate(() => [...document.querySelector('news-widget').shadowRoot.querySelectorAll('img')]
      .map((img) => img.currentSrc));
    assert.ok(sources.every((src) => /-300x169\.jpg$/.test(src)), sources.join());
    await page.close();
  });
});

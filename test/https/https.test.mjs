// A church page served over https (a self-signed certificate the test browser accepts) with a feed
// address that starts with http:, on host names that are not loopback (browsers exempt loopback
// from mixed-content blocking). Chromium maps the names and the default ports to local servers.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:https';
import {createServer as createHttpServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {BINARIES, CHROMIUM_ARGS} from '../../scripts/engines.mjs';

const root = new URL('../../', import.meta.url).pathname;
const FEED = readFileSync(`${root}demo/feeds/wordpress-rss.xml`);

describe('an https church page', {skip: BINARIES.chromium ? false : 'needs chromium'}, () => {
  let dir;
  let secure;
  let plain;
  let browser;
  const requests = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-widget-https-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=church.test',
      '-addext', 'subjectAltName=DNS:church.test,DNS:feeds.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    {stdio: 'ignore'});
    const serve = (req, res) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/news-widget.js') {
        return res.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(`${root}dist/news-widget.js`));
      }
      // A proxy the church trusts: it fetches the http feed on its server, where mixed content does not apply.
      if (url.pathname === '/proxy' && url.searchParams.get('u') === 'http://feeds.test/feed.xml') {
        return res.writeHead(200, {'content-type': 'application/rss+xml', 'access-control-allow-origin': '*'}).end(FEED);
      }
      if (url.pathname === '/feed.xml') {
        return res.writeHead(200, {'content-type': 'application/rss+xml', 'access-control-allow-origin': '*'}).end(FEED);
      }
      res.writeHead(200, {'content-type': 'text/html'}).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Our church</title><script src="/news-widget.js" defer></script></head><body>${url.searchParams.get('widget')}</body></html>`);
    };
    secure = createServer({key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))}, serve).listen(0, '127.0.0.1');
    plain = createHttpServer(serve).listen(0, '127.0.0.1');
    await Promise.all([secure, plain].map((server) => new Promise((resolve) => server.listening ? resolve() : server.on('listening', resolve))));
    const [s, p] = [secure.address().port, plain.address().port];
    // feeds.test answers http and https; nohttps.test answers http only (its https port is closed).
    const rules = [`MAP church.test:443 127.0.0.1:${s}`, `MAP feeds.test:443 127.0.0.1:${s}`, `MAP feeds.test:80 127.0.0.1:${p}`,
      `MAP nohttps.test:80 127.0.0.1:${p}`, 'MAP nohttps.test:443 127.0.0.1:9'];
    browser = await chromium.launch({executablePath: BINARIES.chromium, args: [...CHROMIUM_ARGS, `--host-resolver-rules=${rules.join(',')}`]});
  });
  after(async () => {
    await browser?.close();
    secure?.close();
    plain?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  async function show(feed, extra = '') {
    const context = await browser.newContext({ignoreHTTPSErrors: true});
    const page = await context.newPage();
    const console = [];
    requests.length = 0;
    page.on('console', (message) => console.push(message.text()));
    page.on('request', (request) => requests.push(request.url()));
    const widget = `<news-widget feed="${feed}" loading="eager" cache="0" limit="3" ${extra}></news-widget>`;
    await page.goto(`https://church.test/?widget=${encodeURIComponent(widget)}`);
    await page.waitForFunction(() => document.querySelector('news-widget')?.shadowRoot?.querySelector('[part~="card"], [part~="error"]'),
      null, {timeout: 30_000});
    const view = await page.evaluate(() => {
      const shadow = document.querySelector('news-widget').shadowRoot;
      return {cards: shadow.querySelectorAll('[part~="card"]').length, error: shadow.querySelector('[part~="error"]')?.textContent ?? null};
    });
    await context.close();
    return {...view, console, feeds: requests.filter((url) => url.includes('feed.xml') && !url.includes('?widget='))};
  }

  it('asks for an http feed address as https, and shows the stories when the server answers https', async () => {
    const view = await show('http://feeds.test/feed.xml');
    assert.equal(view.error, null);
    assert.equal(view.cards, 3);
    assert.deepEqual(view.feeds, ['https://feeds.test/feed.xml']);
  });

  it('leaves an http feed behind an https proxy as it is: only the proxy is requested by the browser', async () => {
    const view = await show('http://feeds.test/feed.xml', 'proxy="https://church.test/proxy?u={url}"');
    assert.equal(view.error, null);
    assert.equal(view.cards, 3);
    assert.deepEqual(view.feeds, ['https://church.test/proxy?u=http%3A%2F%2Ffeeds.test%2Ffeed.xml']);
  });

  it('says that an https page cannot read an http feed when the https address fails too, after one request', async () => {
    const view = await show('http://nohttps.test/feed.xml');
    assert.match(view.error ?? '', /An https page cannot read an http feed/);
    assert.deepEqual(view.feeds, ['https://nohttps.test/feed.xml']);
    assert.equal(view.console.filter((line) => line.includes('[news-widget]')).length, 1, view.console.join('\n'));
    assert.match(view.console.find((line) => line.includes('[news-widget]')), /https page cannot read an http feed/);
  });
});

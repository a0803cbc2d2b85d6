import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import type {NewsWidget} from '../src/news-widget.js';
import {writeCache} from '../src/cache.js';
import {parseFeed} from '../src/feed/index.js';
import {recording} from './helpers/recording.js';
import {capturingWarnings, cards, DEMO, FEEDS, OTHER_ORIGIN, offline, settled, shadow, withFetch} from './helpers/widget.js';

// The fault matrix: every way a feed host lets a widget down, served by test/server/middleware.mjs
// (/faults/…). Each case checks the state and message, that nothing escapes to the page as an
// error, that the page around the widget is untouched, and, where stories were cached earlier,
// that they stay on screen.

/** Server-side request count for `key` (the middleware counts requests carrying ?key=). */
async function count(key: string): Promise<number> {
  return (await (await fetch(`/faults/count?key=${key}`)).json()).count;
}

let unique = 0;
const keyed = (path: string) => `${path}${path.includes('?') ? '&' : '?'}key=${Date.now()}-${++unique}`;

/** A widget that fails as if the browser were offline: fetch rejects. */
withFetch(offline, 'offline-news-widget');

const DEMO_TITLES = [
  'Churches open warming centers as cold snap grips the Midwest',
  'A year after the flood, volunteers have rebuilt 120 homes',
];

interface Case {
  name: string;
  feed: () => string;
  attrs?: string;
  tag?: string;
  /** What the widget shows: an error matching `error`, the empty message, or `cards` stories. */
  error?: RegExp;
  empty?: true;
  cards?: string[];
  /** Requests the server saw for the case's key. */
  requests?: number;
}

const CASES: Case[] = [
  {name: 'a timeout', feed: () => keyed('/faults/slow?ms=4000'), attrs: 'timeout="1"', error: /took too long/, requests: 1},
  {name: '404', feed: () => keyed('/faults/status?status=404'), error: /HTTP 404/, requests: 1},
  {name: '500 followed by success on retry', feed: () => keyed('/faults/flaky'), cards: DEMO_TITLES, requests: 2},
  {name: '503 every time', feed: () => keyed('/faults/status?status=503'), error: /HTTP 503/, requests: 3},
  {name: 'a cross-origin feed without a CORS header', feed: () => `${OTHER_ORIGIN}${keyed('/faults/no-cors')}`, error: /CORS/},
  {name: 'offline (fetch rejects)', feed: () => keyed('/faults/feed'), tag: 'offline-news-widget', error: /could not be reached/},
  {name: 'an HTML page instead of a feed', feed: () => `${FEEDS}html-page.html`, error: /not point to a news feed/},
  {name: 'an empty body', feed: () => keyed('/faults/empty'), error: /damaged or empty/},
  {name: 'malformed XML', feed: () => `${FEEDS}malformed.xml`, error: /damaged/},
  {name: 'zero items', feed: () => `${FEEDS}zero-items.xml`, empty: true},
  {name: '5,000 items', feed: () => keyed('/faults/items?n=5000'), cards: ['Story 5000', 'Story 4999', 'Story 4998', 'Story 4997', 'Story 4996'], requests: 1},
  {name: 'one 10 MB item', feed: () => keyed('/faults/huge?mb=10'), cards: ['Story 1'], requests: 1},
  {name: 'a 3-second response', feed: () => keyed('/faults/slow?ms=3000'), cards: DEMO_TITLES, requests: 1},
];

/** Stories cached an hour ago for `feed`, as an earlier visit would have left them. */
async function seedCache(feed: string): Promise<void> {
  const url = new URL(`${DEMO}atom.xml`, location.href).href;
  const body = await (await fetch(url)).text();
  writeCache(feed, {time: Date.now() - 3_600_000, limit: 5, feed: parseFeed(body, url, {limit: 5})});
}

async function run(c: Case, feed: string, cache: string) {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const tag = c.tag ?? 'news-widget';
    const host = await fixture(html`<section><h2>Parish news</h2><div></div><p>After</p></section>`);
    host.querySelector('div')!.innerHTML = `<${tag} feed="${feed}" loading="eager" cache="${cache}" ${c.attrs ?? ''}>` +
      `<a href="https://news.example.org/">Read the news</a></${tag}>`;
    const page = document.body.innerHTML;
    const {result: el, warnings} = await capturingWarnings(async () => {
      const el = await settled(host.querySelector<NewsWidget>(tag)!);
      // Cached stories show at once: wait for the outcome of the request behind them.
      if (cache !== '0') await waitUntil(() => shadow(el).querySelector('[part~="stale"]'), 'no "Updated" line', {timeout: 15000});
      return el;
    });
    await nextFrame();
    expect(document.body.innerHTML, 'page around the widget').to.equal(page);
    expect(problems, 'uncaught errors and rejections').to.deep.equal([]);
    return {el, warnings};
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

const titles = (el: NewsWidget) => cards(el).map((card) => card.querySelector('[part~="title"]')!.textContent!.trim());

describe('fault matrix', function () {
  this.timeout(30000);

  for (const c of CASES) {
    it(`${c.name}: ${c.error ? 'explains the failure' : c.empty ? 'says there are no stories' : 'shows the stories'}`, async () => {
      const feed = c.feed();
      const {el, warnings} = await run(c, feed, '0');
      if (c.error) {
        const alert = shadow(el).querySelector('[part~="error"]')!;
        expect(alert, 'error region').to.exist;
        expect(alert.textContent).to.match(c.error);
        expect(warnings.filter((w) => w.startsWith('[news-widget]')), 'console lines').to.have.length(1);
        expect(warnings.join()).to.contain(feed.split('?')[0]);
      } else if (c.empty) {
        expect(shadow(el).querySelector('[part~="empty"]')!.textContent).to.contain('No stories');
      } else {
        expect(titles(el).slice(0, c.cards!.length)).to.deep.equal(c.cards);
      }
      if (c.requests) expect(await count(new URL(feed, location.href).searchParams.get('key')!), 'requests').to.equal(c.requests);
    });

    if (c.error) {
      it(`${c.name}: keeps the stories cached earlier, saying how old they are`, async () => {
        const feed = c.feed();
        await seedCache(feed);
        const {el, warnings} = await run(c, feed, '600');
        expect(titles(el)[0]).to.contain('warming centers');
        expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
        expect(shadow(el).querySelector('[part~="stale"]')!.textContent).to.match(/Updated (1 hour|60 minutes) ago/);
        expect(warnings.filter((w) => w.startsWith('[news-widget]')), 'console lines').to.have.length(1);
      });
    }
  }
});

/** A page region of `count` widgets, each with `attrs(i)`; resolves when all have loaded. */
async function widgets(count: number, attrs: (i: number) => string): Promise<NewsWidget[]> {
  const host = await fixture(html`<div></div>`);
  host.innerHTML = Array.from({length: count}, (_, i) => `<news-widget ${attrs(i)}></news-widget>`).join('');
  return Promise.all([...host.querySelectorAll<NewsWidget>('news-widget')].map(settled));
}

describe('requests', function () {
  this.timeout(30000);

  it('50 widgets over 3 distinct feeds make exactly 3 requests', async () => {
    const feeds = [keyed('/faults/feed'), keyed('/faults/feed'), keyed('/faults/feed')];
    const all = await widgets(50, (i) => `feed="${feeds[i % 3]}" loading="eager" limit="${1 + (i % 4)}"`);
    for (const el of all) expect(cards(el)).to.have.length(el.limit);
    for (const feed of feeds) expect(await count(new URL(feed, location.href).searchParams.get('key')!)).to.equal(1);
  });

  it('shows fresh cached stories without a request, and stale ones at once while it fetches', async () => {
    const feed = keyed('/faults/sequence?items=3&then=4');
    const key = new URL(feed, location.href).searchParams.get('key')!;
    const [first] = await widgets(1, () => `feed="${feed}" loading="eager" limit="3"`);
    expect(titles(first)).to.deep.equal(['Story 3', 'Story 2', 'Story 1']);
    first.remove();
    // Within the time-to-live: the stories come from storage, and the server hears nothing.
    const [again] = await widgets(1, () => `feed="${feed}" loading="eager" limit="3"`);
    expect(titles(again)).to.deep.equal(['Story 3', 'Story 2', 'Story 1']);
    expect(await count(key)).to.equal(1);
    again.remove();
    // Stale (older than cache="1" second): shown at once, then replaced by what the server has now.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<news-widget feed="${feed}" loading="eager" limit="3" cache="1"></news-widget>`;
    const stale = host.firstElementChild as NewsWidget;
    await stale.updateComplete; // a microtask, long before any answer from the server
    expect(titles(stale)).to.deep.equal(['Story 3', 'Story 2', 'Story 1']);
    await waitUntil(() => titles(stale)[0] === 'Story 4', 'stale stories were not replaced');
    expect(await count(key)).to.equal(2);
  });

  it('cache="0" neither reads nor writes storage', async () => {
    const feed = keyed('/faults/feed');
    await widgets(1, () => `feed="${feed}" loading="eager" cache="0"`);
    await widgets(1, () => `feed="${feed}" loading="eager" cache="0"`);
    expect(Object.keys(localStorage).filter((key) => key.includes(feed))).to.deep.equal([]);
    expect(await count(new URL(feed, location.href).searchParams.get('key')!)).to.equal(2);
  });

  it('loading="lazy" (the default) fetches only when the widget nears the viewport', async () => {
    const feed = keyed('/faults/feed');
    const key = new URL(feed, location.href).searchParams.get('key')!;
    const host = await fixture(html`<div><div style="height: 300vh"></div><news-widget feed=${feed}></news-widget></div>`);
    const el = host.querySelector('news-widget')!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await count(key), 'before scrolling').to.equal(0);
    el.scrollIntoView();
    await settled(el);
    expect(await count(key), 'after scrolling').to.equal(1);
    expect(cards(el)).to.have.length(5);
  });

  it('shows more stories when limit grows by parsing more of the response, with no new request', async () => {
    const feed = keyed('/faults/items?n=100');
    const [el] = await widgets(1, () => `feed="${feed}" loading="eager" cache="0" limit="2"`);
    el.limit = 30;
    // The rest of the response may still be arriving (WebKit reads it in more parts): its stories join then.
    await waitUntil(() => titles(el).length === 30, 'the limit of 30 never showed 30 stories', {timeout: 10000}).catch(() => {});
    expect(titles(el)).to.have.length(30);
    expect(titles(el)[29]).to.equal('Story 71');
    expect(await count(new URL(feed, location.href).searchParams.get('key')!)).to.equal(1);
  });

  it('sends requests through proxy, with the feed address encoded into {url}', async () => {
    const {el, requested} = await recording(`proxy="/proxy?u={url}" feed="${OTHER_ORIGIN}/no-cors/demo/feeds/feed.json"`);
    expect(requested).to.deep.equal([`/proxy?u=${encodeURIComponent(`${OTHER_ORIGIN}/no-cors/demo/feeds/feed.json`)}`]);
    // Relative links in the feed still resolve against the feed's own address, not the proxy's.
    expect(cards(el)[0].querySelector('img')!.src).to.equal(`${OTHER_ORIGIN}/no-cors/demo/images/warming.svg`);
  });

  it('aborts the request when removed mid-fetch, and nothing errors', async () => {
    const feed = keyed('/faults/slow?ms=3000');
    let signal: AbortSignal | undefined;
    withFetch((url, init, next) => {
      signal = init.signal ?? undefined;
      return next(url, init);
    }, 'removed-news-widget');
    const problems: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => problems.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const {warnings} = await capturingWarnings(async () => {
        const host = await fixture(html`<div><removed-news-widget feed=${feed} loading="eager" cache="0"></removed-news-widget></div>`);
        await waitUntil(() => signal, 'never fetched');
        host.firstElementChild!.remove();
        expect(signal!.aborted).to.equal(true);
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(warnings).to.deep.equal([]);
      expect(problems).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('loading and refresh changed on a widget already in the page apply at once', async () => {
    const feed = keyed('/faults/feed');
    const key = new URL(feed, location.href).searchParams.get('key')!;
    const host = await fixture(html`<div><div style="height: 500vh"></div>
      <news-widget feed=${feed} loading="lazy" cache="0"></news-widget></div>`);
    const el = host.querySelector('news-widget')!;
    await el.updateComplete;
    expect(await count(key), 'far below the screen, lazy: no request').to.equal(0);
    el.loading = 'eager';
    await settled(el);
    expect(await count(key)).to.equal(1);

    const intervals: number[] = [];
    const setInterval = window.setInterval;
    window.setInterval = ((_run: () => void, ms: number) => intervals.push(ms)) as typeof window.setInterval;
    try {
      el.refresh = 5;
      await el.updateComplete;
    } finally {
      window.setInterval = setInterval;
    }
    expect(intervals, 'a refresh timer, started by the change').to.deep.equal([300_000]);
  });

  it('refresh="N" brings in new stories without moving the reader or their focus, and pauses while hidden', async () => {
    const feed = keyed('/faults/sequence?items=3&then=5');
    const key = new URL(feed, location.href).searchParams.get('key')!;
    const host = await fixture(html`<div><div style="height: 1000px"></div>
      <news-widget feed=${feed} loading="eager" cache="0" refresh="1" limit="4" style="width: 300px"></news-widget>
      <div style="height: 3000px"></div></div>`);
    const el = await settled(host.querySelector('news-widget')!);
    const intervals: (() => void)[] = [];
    // The minute-long timer is started on connect; drive it by hand from here.
    const setInterval = window.setInterval;
    window.setInterval = ((run: () => void) => intervals.push(run)) as typeof window.setInterval;
    try {
      const next = el.nextSibling;
      el.remove();
      host.insertBefore(el, next);
    } finally {
      window.setInterval = setInterval;
    }
    // The reader is in the middle of the list, focus on the second story's button.
    window.scrollBy(0, cards(el)[1].getBoundingClientRect().top - 20);
    expect(el.getBoundingClientRect().top, 'the list starts above the screen').to.be.below(0);
    const toggle = cards(el)[1].querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.focus();
    const top = cards(el)[1].getBoundingClientRect().top;

    // On the prototype: the widget reads it there, so that a page element named "hidden" cannot.
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(Document.prototype, 'hidden', {configurable: true, get: () => true});
    intervals[0]();
    await new Promise((resolve) => setTimeout(resolve, 300));
    Object.defineProperty(Document.prototype, 'hidden', hidden);
    expect(await count(key), 'no refresh while hidden').to.equal(1);

    intervals[0]();
    await waitUntil(async () => (await count(key)) === 2, 'did not refresh');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // New stories wait while focus is inside the widget, so the focused button stays this story's.
    expect(titles(el)).to.deep.equal(['Story 3', 'Story 2', 'Story 1']);
    expect(shadow(el).activeElement).to.equal(toggle);
    toggle.blur();
    await waitUntil(() => titles(el)[0] === 'Story 5', 'new stories never shown');
    await el.updateComplete;
    // The story the reader was looking at is where it was on screen.
    const same = cards(el).find((card) => card.textContent!.includes('Story 2'))!;
    expect(Math.round(same.getBoundingClientRect().top)).to.equal(Math.round(top));
    el.remove();
  });
});

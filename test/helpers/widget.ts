import {fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NewsWidget} from '../../src/news-widget.js';

export const FEEDS = '/test/fixtures/feeds/';
export const DEMO = '/demo/feeds/';

/** The same server on another origin (localhost vs 127.0.0.1), as a publisher's feed host is. */
export const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function cards(el: Element): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part~="card"]')];
}

/** Resolves once the widget has left the loading state. */
export async function settled(el: NewsWidget): Promise<NewsWidget> {
  await waitUntil(() => shadow(el)?.querySelector('[aria-busy="false"], [part~="status"]'), 'widget never left the loading state',
    {timeout: 15000});
  await el.updateComplete;
  return el;
}

/**
 * A widget on `feed`, once it has loaded (or failed). Unless `attrs` say otherwise it loads at once
 * and without the persistent cache, so each test makes its own request.
 */
export async function widget(feed: string, attrs = ''): Promise<NewsWidget> {
  const el = await fixture<NewsWidget>(html`<div></div>`);
  const defaults = `${/\bloading=/.test(attrs) ? '' : 'loading="eager"'} ${/\bcache=/.test(attrs) ? '' : 'cache="0"'}`;
  el.innerHTML = `<news-widget feed="${feed}" ${defaults} ${attrs}></news-widget>`;
  return settled(el.firstElementChild as NewsWidget);
}

/**
 * Keeps `body` on the test server (POST /stash, test/server/middleware.mjs) and answers its address,
 * served with exactly `type` and CORS. `latin1`: the body's characters are its bytes.
 */
export async function stash(body: string, type: string, latin1 = false): Promise<string> {
  const response = await fetch('/stash', {method: 'POST', body: JSON.stringify({body, type, latin1})});
  return (await response.json()).url;
}

/** Records the text of every XML document parsed while `run` runs (the feeds' parses), in `parsed`. */
export async function recordingXmlParses<T>(run: (parsed: string[]) => Promise<T>): Promise<T> {
  const parse = DOMParser.prototype.parseFromString;
  const parsed: string[] = [];
  DOMParser.prototype.parseFromString = function (this: DOMParser, text: string, type: DOMParserSupportedType) {
    if (type === 'application/xml') parsed.push(String(text));
    return parse.call(this, text, type);
  } as typeof parse;
  try {
    return await run(parsed);
  } finally {
    DOMParser.prototype.parseFromString = parse;
  }
}

/** Records every console.warn while `run` runs. */
export async function capturingWarnings<T>(run: () => Promise<T>): Promise<{result: T; warnings: string[]}> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return {result: await run(), warnings};
  } finally {
    console.warn = original;
  }
}

let defined = 0;

/** What a test puts between a widget and the network: `next` is the network itself. */
export type TestFetch = (url: string, init: RequestInit, next: (url: string, init: RequestInit) => Promise<Response>) => Promise<Response>;

/**
 * Defines a <news-widget> whose requests go through `fetch` (a recorder, a counter, a network that
 * never answers), under `tag` or a new name, and answers the tag name. The one test double of the suite.
 */
export function withFetch(fetch: TestFetch, tag = `test-news-widget-${++defined}`): string {
  const Base = customElements.get('news-widget') as typeof NewsWidget;
  customElements.define(tag, class extends Base {
    protected override fetchFeed(url: string, init: RequestInit) {
      return fetch(url, init, (u, i) => super.fetchFeed(u, i));
    }
  });
  return tag;
}

/** Never answers. */
export const pending: TestFetch = () => new Promise(() => {});
/** Fails as an offline browser does. */
export const offline: TestFetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Clicks the toggle of the `i`-th story (expands or collapses it), once the widget has re-rendered. */
export async function toggle(el: NewsWidget, i: number): Promise<HTMLButtonElement> {
  const button = cards(el)[i].querySelector<HTMLButtonElement>('[part~="toggle"]')!;
  button.click();
  await el.updateComplete;
  return button;
}

/** The "More stories" button, or null. */
export const pager = (el: NewsWidget) => shadow(el).querySelector<HTMLButtonElement>('[part~="pager"]');

/**
 * Resolves once the stories of all `n` sources are on screen (the first to arrive show before the
 * others): the attribution names each one.
 */
export async function merged(el: NewsWidget, n: number): Promise<NewsWidget> {
  await waitUntil(() => shadow(el).querySelectorAll('[part~="attribution"] a').length === n, `${n} sources never all showed`,
    {timeout: 15000});
  await el.updateComplete;
  return el;
}

import {fixture, html, waitUntil} from '@open-wc/testing';
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

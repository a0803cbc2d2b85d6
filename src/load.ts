import {FeedError, parseFeed, type Feed} from './feed/index.js';
import {decodeFeed} from './feed/decode.js';
import {parseHtml} from './feed/inert.js';

/** How the widget reaches the network; the element's `fetchFeed` method is one of these. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface LoadOptions {
  /** How many stories will be shown; WordPress REST requests ask for that many. */
  limit: number;
  /** Aborts the whole load (the element disconnected, or `feed` changed). */
  signal: AbortSignal;
  fetch: Fetcher;
  /** Milliseconds each request may take. */
  timeout: number;
}

/** The WordPress REST posts request for a site whose REST root is `root`. */
function restPosts(root: string, limit: number): string {
  const query = `_embed&per_page=${limit}`;
  return root.includes('?') ? `${root.replace(/\/$/, '')}wp/v2/posts&${query}` : `${root}wp/v2/posts?${query}`;
}

const timedOut = (options: LoadOptions) => new FeedError('timeout', `No answer within ${options.timeout / 1000} s.`);

async function request(url: string, options: LoadOptions): Promise<{body: string; url: string}> {
  const timer = new AbortController();
  const abort = () => timer.abort();
  options.signal.addEventListener('abort', abort);
  const timeout = setTimeout(abort, options.timeout);
  try {
    let response: Response;
    try {
      response = await options.fetch(url, {signal: timer.signal, credentials: 'omit'});
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timer.signal.aborted) throw timedOut(options);
      throw new FeedError('network', 'Could not fetch it: offline, or the server sends no CORS header (see the README, CORS).');
    }
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}.`, response.status);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {body: decodeFeed(bytes, response.headers.get('content-type')), url: response.url || url};
  } catch (error) {
    if (timer.signal.aborted && !options.signal.aborted && !(error instanceof FeedError)) throw timedOut(options);
    throw error;
  } finally {
    clearTimeout(timeout);
    options.signal.removeEventListener('abort', abort);
  }
}

/** Feed addresses a web page advertises: its WordPress REST root, then RSS, Atom or JSON Feed links. */
function discover(html: string, pageUrl: string, limit: number): string[] {
  const head = parseHtml(html.slice(0, 200_000)).ownerDocument;
  const found: string[] = [];
  const add = (href: string | null | undefined, make = (u: string) => u) => {
    try {
      if (href) found.push(make(new URL(href, pageUrl).href));
    } catch {
      // Not a URL; nothing to follow.
    }
  };
  add(head.querySelector('link[rel="https://api.w.org/"]')?.getAttribute('href'), (u) => restPosts(u, limit));
  for (const link of head.querySelectorAll('link[rel~="alternate"]')) {
    if (/(?:rss|atom|feed)\+(?:xml|json)/.test(link.getAttribute('type') ?? '')) add(link.getAttribute('href'));
  }
  return found;
}

/**
 * Fetches and parses a feed. A site's root address (`https://example.org/`) tries the WordPress
 * REST API, then `/feed/`; any address that answers with a web page is searched for the feed it
 * advertises. Throws a FeedError saying what failed.
 */
export async function loadFeed(address: string, options: LoadOptions): Promise<Feed> {
  const url = new URL(address, document.baseURI);
  const candidates = url.pathname === '/' && !url.search
    ? [restPosts(`${url.origin}/wp-json/`, options.limit), `${url.origin}/feed/`, url.href]
    : [url.href];
  let lastError: unknown;
  const seen = new Set<string>();
  while (candidates.length) {
    const next = candidates.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    try {
      const {body, url: finalUrl} = await request(next, options);
      try {
        return parseFeed(body, finalUrl, options);
      } catch (error) {
        if (error instanceof FeedError && error.code === 'not-a-feed' && seen.size < 4 && /^\s*</.test(body)) {
          candidates.push(...discover(body, finalUrl, options.limit));
        }
        throw error;
      }
    } catch (error) {
      if (options.signal.aborted) throw error;
      // Say which address failed: with a site address several are tried.
      if (error instanceof FeedError) error.message = `${next}: ${error.message}`;
      lastError = error;
    }
  }
  throw lastError;
}

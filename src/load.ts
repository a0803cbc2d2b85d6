import {FeedError, parseFeed, type Feed} from './feed/index.js';
import {decodeFeed} from './feed/decode.js';
import {parseDocument} from './feed/inert.js';
import {REFERRER, baseUri} from './page.js';

/** How the widget reaches the network; the element's `fetchFeed` method is one of these. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface LoadOptions {
  /** How many stories will be shown at first. */
  limit: number;
  /** Aborts the whole load (the element disconnected, or `feed` changed). */
  signal: AbortSignal;
  fetch: Fetcher;
  /** Milliseconds each request may take. */
  timeout: number;
  /** A URL template with `{url}`, for feeds whose server sends no CORS header. */
  proxy?: string;
  /** Category slugs: WordPress REST requests ask the server for only these. */
  categories?: string[];
}

/** A fetched feed, kept so that more stories can be parsed when a reader asks for them. */
export interface Source {
  /** When the response arrived (milliseconds since the epoch). */
  time: number;
  /** The feed with at most `limit` stories; parses more of the response only when asked for more. */
  feed(limit: number): Feed;
  /** The next page of a WordPress REST source, or null. */
  next: string | null;
  /** Whether the server already filtered the stories by category. */
  filtered: boolean;
}

/** A response read to the end: its decoded body, final URL and headers. */
type Fetched = {body: string; url: string; headers: Headers};

/** The WordPress REST posts request for a site whose REST root is `root`. */
function restPosts(root: string, limit: number): string {
  // At least WordPress's own page size, so widgets with different limits can share one request.
  const query = `_embed&per_page=${Math.max(limit, 10)}`;
  return root.includes('?') ? `${root.replace(/\/$/, '')}wp/v2/posts&${query}` : `${root}wp/v2/posts?${query}`;
}

function networkError(url: string): FeedError {
  if (!navigator.onLine) return new FeedError('network', 'The browser is offline.');
  if (new URL(url, location.href).origin !== location.origin) {
    return new FeedError('cors', 'The browser blocked the response. The likely cause is CORS: the feed\'s server sends no ' +
      'Access-Control-Allow-Origin header. See the README, "Hosting the feed", or set the proxy attribute.');
  }
  return new FeedError('network', 'The server could not be reached.');
}

async function requestOnce(url: string, options: LoadOptions): Promise<Fetched> {
  const timer = new AbortController();
  const abort = () => timer.abort();
  options.signal.addEventListener('abort', abort);
  const timeout = setTimeout(abort, options.timeout);
  const timedOut = () => new FeedError('timeout', `No answer within ${options.timeout / 1000} s.`);
  const target = options.proxy ? options.proxy.replace('{url}', encodeURIComponent(url)) : url;
  try {
    let response: Response;
    try {
      response = await options.fetch(target, {signal: timer.signal, credentials: 'omit', referrerPolicy: REFERRER});
    } catch (error) {
      if (options.signal.aborted) throw error;
      throw timer.signal.aborted ? timedOut() : networkError(target);
    }
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}.`, response.status);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Behind a proxy, relative links still belong to the feed's own address.
    return {
      body: decodeFeed(bytes, response.headers.get('content-type')),
      url: options.proxy ? url : response.url || url,
      headers: response.headers,
    };
  } catch (error) {
    if (timer.signal.aborted && !options.signal.aborted && !(error instanceof FeedError)) throw timedOut();
    throw error;
  } finally {
    clearTimeout(timeout);
    options.signal.removeEventListener('abort', abort);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, {once: true});
  });
}

/** Fetches `url`, retrying network errors and 5xx answers twice (after 0.5 s, then 1.5 s), never 4xx. */
async function request(url: string, options: LoadOptions): Promise<Fetched> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(url, options);
    } catch (error) {
      const transient = error instanceof FeedError &&
        (error.code === 'network' || error.code === 'cors' || (error.code === 'http' && error.status! >= 500));
      if (!transient || attempt === 2 || options.signal.aborted) throw error;
      await sleep(500 * 3 ** attempt, options.signal);
    }
  }
}

/** Feed addresses a web page advertises: its WordPress REST root, then RSS, Atom or JSON Feed links. */
function discover(html: string, pageUrl: string, limit: number): string[] {
  const head = parseDocument(html.slice(0, 200_000), 'text/html');
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
 * The posts request for only the given categories: their slugs are looked up first
 * (`/wp/v2/categories?slug=`). Null when none is found or the lookup fails, so the caller filters
 * on the client instead.
 */
async function withCategories(posts: string, slugs: string[], options: LoadOptions): Promise<string | null> {
  try {
    const url = new URL(posts);
    const lookup = new URL(url.href);
    const route = url.searchParams.get('rest_route');
    lookup.search = route ? `rest_route=${route.replace(/posts\/?$/, 'categories')}` : '';
    if (!route) lookup.pathname = url.pathname.replace(/posts\/?$/, 'categories');
    lookup.searchParams.set('slug', slugs.join(','));
    const ids = (JSON.parse((await request(lookup.href, options)).body) as {id: unknown}[]).map((c) => c.id);
    if (!ids.length || !ids.every(Number.isInteger)) return null;
    url.searchParams.set('categories', ids.join(','));
    return url.href;
  } catch {
    return null;
  }
}

/** The address of the next page of WordPress REST posts, from its X-WP-TotalPages header. */
function nextPage(url: string, headers: Headers): string | null {
  const next = new URL(url);
  const page = Number(next.searchParams.get('page') ?? 1) + 1;
  if (!(page <= Number(headers.get('x-wp-totalpages')))) return null;
  next.searchParams.set('page', String(page));
  return next.href;
}

function source({body, url, headers}: Fetched, limit: number, filtered: boolean): Source {
  let parsed = parseFeed(body, url, {limit});
  let parsedLimit = limit;
  return {
    time: Date.now(),
    next: nextPage(url, headers),
    filtered,
    feed(wanted) {
      // Parsing stopped at `parsedLimit` stories; parse again only if there may be more.
      if (wanted > parsedLimit && parsed.items.length === parsedLimit) {
        parsed = parseFeed(body, url, {limit: wanted});
        parsedLimit = wanted;
      }
      return {...parsed, items: parsed.items.slice(0, wanted)};
    },
  };
}

/**
 * Fetches a feed and parses its first `limit` stories. A site's root address
 * (`https://example.org/`) tries the WordPress REST API, then `/feed/`; any address that answers
 * with a web page is searched for the feed it advertises. Throws a FeedError saying what failed.
 */
export async function loadSource(address: string, options: LoadOptions): Promise<Source> {
  const url = new URL(address, baseUri());
  const candidates = url.pathname === '/' && !url.search
    ? [restPosts(`${url.origin}/wp-json/`, options.limit), `${url.origin}/feed/`, url.href]
    : [url.href];
  let lastError: unknown;
  const seen = new Set<string>();
  while (candidates.length) {
    let next = candidates.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    try {
      const filtered = options.categories?.length && /wp\/v2\/posts/.test(next) &&
        await withCategories(next, options.categories, options);
      if (filtered) next = filtered;
      const response = await request(next, options);
      try {
        return source(response, options.limit, !!filtered);
      } catch (error) {
        const {body, url: finalUrl} = response;
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

/** Fetches and parses a feed's first `limit` stories; see `loadSource`. */
export async function loadFeed(address: string, options: LoadOptions): Promise<Feed> {
  return (await loadSource(address, options)).feed(options.limit);
}

interface Shared {
  source: Promise<Source>;
  abort: AbortController;
  /** Widgets still waiting for the request. */
  waiting: number;
  time?: number;
}

const shared = new Map<string, Shared>();

/**
 * `loadSource`, shared by every widget on the page that asks for the same address through the same
 * proxy: one request in flight, one parsed result, reused while younger than `maxAge` ms. The request
 * is aborted only when every widget waiting for it has given up.
 */
export function sharedSource(address: string, options: LoadOptions, maxAge: number): Promise<Source> {
  const key = `${options.proxy ?? ''} ${options.categories ?? ''} ${address}`;
  let entry = shared.get(key);
  if (!entry || (entry.time !== undefined && Date.now() - entry.time >= maxAge)) {
    const abort = new AbortController();
    const fresh: Shared = {abort, waiting: 0, source: loadSource(address, {...options, signal: abort.signal})};
    fresh.source.then((s) => (fresh.time = s.time), () => shared.get(key) === fresh && shared.delete(key));
    shared.set(key, (entry = fresh));
  }
  const mine = entry;
  mine.waiting++;
  options.signal.addEventListener('abort', () => {
    if (--mine.waiting || mine.time !== undefined) return;
    mine.abort.abort();
    if (shared.get(key) === mine) shared.delete(key);
  }, {once: true});
  return mine.source;
}

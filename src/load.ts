import {FeedError, parseFeed, type Feed} from './feed/index.js';
import {request, type Fetched} from './request.js';
import {closeAfter, storyEnd} from './feed/xml-parse.js';
import {parseDocument} from './feed/inert.js';
import {baseUri} from './page.js';
import {featuredPictures, postsRequest, rest, restRoot, siteName, wordPressFeed, type Get, type Narrowed} from './wordpress.js';
import type {FeedImage} from './feed/types.js';

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
  /**
   * Whether anything may ask for more than the first `limit` stories (a pager, filters, the detail
   * page): then the rest of the feed is downloaded after they show, else the download stops there.
   */
  keep?: boolean;
}

/** A fetched feed, kept so that more stories can be parsed when a reader asks for them. */
export interface Source {
  /** The address the stories came from. */
  url: string;
  /** When the response arrived (milliseconds since the epoch). */
  time: number;
  /** The feed with at most `limit` stories; parses more of the response only when asked for more. */
  feed(limit: number): Feed;
  /** The next page of a WordPress REST source, or null. */
  next: string | null;
  /** Whether the server already filtered the stories by category. */
  filtered: boolean;
  /** Fetches what the first `limit` stories still lack (WordPress's featured pictures), if anything. */
  complete?(limit: number): Promise<void>;
  /** While the rest of the feed is still arriving: settles when it is all there. */
  rest?: Promise<void>;
  /** Whether the download stopped after the first stories: the source has no more than it shows. */
  cut?: boolean;
}

/** Feed addresses a web page advertises: its WordPress REST root, then RSS, Atom or JSON Feed links. */
function discover(html: string, pageUrl: string): string[] {
  const head = parseDocument(html.slice(0, 200_000), 'text/html');
  const found: string[] = [];
  const add = (href: string | null | undefined, make = (u: string) => u) => {
    try {
      if (href) found.push(make(new URL(href, pageUrl).href));
    } catch {
      // Not a URL; nothing to follow.
    }
  };
  add(head.querySelector('link[rel="https://api.w.org/"]')?.getAttribute('href'), (u) => rest(u, 'wp/v2/posts'));
  for (const link of head.querySelectorAll('link[rel~="alternate"]')) {
    if (/(?:rss|atom|feed)\+(?:xml|json)/.test(link.getAttribute('type') ?? '')) add(link.getAttribute('href'));
  }
  return found;
}

/** The address of the next page of WordPress REST posts, from its X-WP-TotalPages header. */
function nextPage(url: string, headers: Headers): string | null {
  const next = new URL(url);
  const page = Number(next.searchParams.get('page') ?? 1) + 1;
  if (!(page <= Number(headers.get('x-wp-totalpages')))) return null;
  next.searchParams.set('page', String(page));
  return next.href;
}

/** What the site's REST API adds to a feed: the site's name and address, featured pictures by story id. */
interface Extras {
  site?: {title: string; link: string | null} | null;
  pictures: Map<string, FeedImage>;
}

function source({body, url, headers}: Fetched, limit: number, filtered: boolean, extras: Extras): Source {
  // While the body is arriving, its complete stories are parsed, the document closed after them.
  const text = (n: number) => (body.done ? body.text : closeAfter(body.text, storyEnd(body.text, n)) ?? body.text);
  // One story more than `limit`, which a pager asks for (to know whether there are more): then it is
  // not parsed again for it, and a stream that has not sent it yet is not parsed again either.
  let parsedLimit = limit + 1;
  let parsed = parseFeed(text(parsedLimit), url, {limit: parsedLimit});
  let parsedText = body.text.length;
  return {
    url,
    time: Date.now(),
    next: nextPage(url, headers),
    filtered,
    rest: body.done ? undefined : body.rest,
    get cut() {
      return body.cut;
    },
    feed(wanted) {
      // Parsing stopped at `parsedLimit` stories, or at the end of what had arrived: parse again only if there may be more.
      if (parsed.items.length < wanted && (parsed.items.length === parsedLimit || parsedText < body.text.length)) {
        parsed = parseFeed(text(wanted), url, {limit: wanted});
        parsedLimit = wanted;
        parsedText = body.text.length;
      }
      const {site, pictures} = extras;
      return {
        ...parsed,
        title: parsed.title || site?.title || '',
        link: site?.link ?? parsed.link,
        items: parsed.items.slice(0, wanted).map((item) => (pictures.has(item.id) ? {...item, image: pictures.get(item.id)!} : item)),
      };
    },
  };
}

/** An address to try, with what it lists when it stands in for a WordPress feed. */
type Candidate = {url: string; narrowed?: Narrowed; insteadOf?: unknown};

/**
 * Fetches a feed and parses its first `limit` stories. A site's root address
 * (`https://example.org/`) tries the WordPress REST API, then `/feed/`; any address that answers
 * with a web page is searched for the feed it advertises. Throws a FeedError saying what failed.
 */
export async function loadSource(address: string, options: LoadOptions): Promise<Source> {
  const url = new URL(address, baseUri());
  // An https page may not read http (mixed content), except from this machine: ask for https instead, once.
  // Behind a proxy only the proxy's own address is requested by the browser.
  const {proxy} = options;
  const blocked = (u: URL) => location.protocol === 'https:' && u.protocol === 'http:' && !/^(?:localhost|127\.[\d.]+|\[::1\])$/.test(u.hostname);
  const insecure = blocked(proxy ? new URL(proxy, baseUri()) : url);
  if (insecure && proxy) options = {...options, proxy: proxy.replace(/^http:/i, 'https:')};
  else if (insecure) url.protocol = 'https:';
  const candidates: Candidate[] = (url.pathname === '/' && !url.search
    ? [rest(`${url.origin}/wp-json/`, 'wp/v2/posts'), `${url.origin}/feed/`, url.href]
    : [url.href]).map((u) => ({url: u}));
  // The REST API's answers are JSON, always read to the end.
  const get = (retries?: number): Get => async (u) => {
    const {body, headers} = await request(u, options, retries);
    return {body: body.text, headers};
  };
  // What only adds to the stories is asked for once: a closed REST API must not hold up the feed.
  const once = get(0);
  let lastError: unknown;
  const seen = new Set<string>();
  while (candidates.length) {
    const candidate = candidates.shift()!;
    let next = candidate.url;
    if (seen.has(next)) continue;
    seen.add(next);
    const root = restRoot(next);
    const wordPress = root ? null : wordPressFeed(next);
    try {
      const extras: Extras = {pictures: new Map()};
      let filtered = false;
      // The site's name, for the attribution, asked for alongside the first page only.
      const site = root && !new URL(next).searchParams.has('page') ? siteName(root, once) : null;
      if (root) ({url: next, filtered} = await postsRequest(next, root, options.limit, options.categories ?? [], candidate.narrowed, get()));
      // A WordPress feed is tried once: WordPress sends no CORS header on feeds, and its REST API is the way in.
      let response: Fetched;
      try {
        response = await request(next, options, wordPress || insecure ? 0 : 2);
      } catch (error) {
        if (wordPress && error instanceof FeedError && (error.code === 'cors' || error.code === 'network') && !options.proxy) {
          const posts = rest(wordPress.root, 'wp/v2/posts');
          console.info(`[news-widget] ${next} could not be read (${error.code}); reading the same site's REST API instead: ${posts}`);
          candidates.unshift({url: posts, narrowed: wordPress.narrowed, insteadOf: error});
        }
        throw error;
      }
      extras.site = await site;
      let made: Source;
      const {body} = response;
      try {
        try {
          made = source(response, options.limit, filtered, extras);
        } catch (error) {
          // The first stories of a body still arriving would not parse on their own: wait for all of it.
          if (body.done) throw error;
          await body.rest;
          made = source(response, options.limit, filtered, extras);
        }
      } catch (error) {
        if (error instanceof FeedError && error.code === 'not-a-feed' && seen.size < 4 && /^\s*</.test(body.text)) {
          candidates.push(...discover(body.text, response.url).map((u) => ({url: u})));
        }
        throw error;
      }
      // Nothing can ask for more than the first stories: the rest of the feed is not downloaded.
      if (!options.keep) body.cancel();
      const {format, link} = made.feed(1);
      // The same site's REST API: the feed's own origin.
      const sameSite = link && new URL(link).origin === new URL(response.url).origin;
      const pictureRoot = wordPress?.root ?? (format !== 'wordpress' && sameSite ? link.replace(/\/?$/, '/wp-json/') : null);
      if (pictureRoot) {
        // WordPress's feeds carry no featured pictures; its REST API has them.
        // Each story is asked about once, whether or not its post has a featured picture.
        const asked = new Set<string>();
        made.complete = async (limit) => {
          const wanted = made.feed(limit);
          wanted.items = wanted.items.filter((item) => !asked.has(item.id));
          for (const item of wanted.items) asked.add(item.id);
          for (const [id, image] of await featuredPictures(wanted, pictureRoot, once)) extras.pictures.set(id, image);
        };
        await made.complete(options.limit);
      }
      return made;
    } catch (error) {
      if (options.signal.aborted) throw error;
      // Say which address failed: with a site address several are tried.
      if (error instanceof FeedError) error.message = `${next}: ${error.message}`;
      // A REST API standing in for a feed that failed: the feed's own error is the one to show.
      lastError = candidate.insteadOf ?? error;
    }
  }
  throw insecure
    ? new FeedError('insecure', `${address}: an https page cannot read an http feed, and the feed's https address failed too. ` +
      'Use the feed\'s https address.')
    : lastError;
}

/** Fetches and parses a feed's first `limit` stories; see `loadSource`. */
export async function loadFeed(address: string, options: LoadOptions): Promise<Feed> {
  return (await loadSource(address, options)).feed(options.limit);
}

/** `source` with the stories of its next page (WordPress REST) after its own, each story once. */
export async function loadMore(source: Source, options: LoadOptions): Promise<Source> {
  const page = await loadSource(source.next!, {...options, limit: 100});
  const have = source.feed(Infinity).items;
  const known = new Set(have.map((item) => item.id));
  const all = [...have, ...page.feed(100).items.filter((item) => !known.has(item.id))];
  return {...source, next: page.next, feed: (n) => ({...source.feed(n), items: all.slice(0, n)})};
}

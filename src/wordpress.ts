// What the widget knows of WordPress beyond its formats: which addresses are a WordPress feed and
// what they list, how to reach the same site's REST API, and what that API adds (the posts behind a
// feed that sends no CORS header, featured pictures, the site's name, categories and tags).
import type {Feed, FeedImage} from './feed/index.js';
import {featuredImage} from './feed/wordpress.js';
import {isObject, str} from './feed/json.js';

/** Gets the text of a URL, or throws; load.ts's request with its retries and timeout. */
export type Get = (url: string) => Promise<{body: string; headers: Headers}>;

/** Posts narrowed to a term or an author, as a feed address says: `/category/world/feed/`. */
export interface Narrowed {
  kind: 'categories' | 'tags' | 'author';
  slug: string;
}

/** A WordPress feed address: the site's REST root and what the feed lists. */
export interface WordPressFeed {
  root: string;
  narrowed?: Narrowed;
}

const KINDS: Record<string, Narrowed['kind']> = {category: 'categories', tag: 'tags', author: 'author'};
/** `<subdirectory>/[category|tag|author/<slug>/]feed/[rss2|atom|rss|rdf]/`; a category may be nested. */
const FEED_PATH = /^(.*?)(?:\/(category|tag|author)\/(?:[^/]+\/)*?([^/]+))?\/feed(?:\/(?:rss2|rss|atom|rdf))?\/?$/;

/**
 * What a WordPress feed address means, or null for any other address: pretty addresses
 * (`/feed/`, `/category/<slug>/feed/`, `/tag/<slug>/feed/atom/`, under a subdirectory too) and
 * plain ones (`/?feed=rss2&category_name=<slug>`).
 */
export function wordPressFeed(address: string): WordPressFeed | null {
  const url = new URL(address);
  const {searchParams: query} = url;
  if (/^(?:rss2?|atom|rdf)$/.test(query.get('feed') ?? '')) {
    const slug = query.get('category_name') ?? query.get('tag');
    return {
      root: `${url.origin}${url.pathname.replace(/[^/]*$/, '')}?rest_route=/`,
      narrowed: slug ? {kind: query.has('tag') ? 'tags' : 'categories', slug} : undefined,
    };
  }
  const match = FEED_PATH.exec(url.pathname);
  if (!match) return null;
  const [, dir, kind, slug] = match;
  return {root: `${url.origin}${dir}/wp-json/`, narrowed: kind ? {kind: KINDS[kind], slug: decodeURIComponent(slug)} : undefined};
}

/** The address of `route` (`wp/v2/posts`) under a REST root, pretty (`/wp-json/`) or plain (`?rest_route=/`). */
export function rest(root: string, route: string, params: Record<string, string | number> = {}): string {
  const url = new URL(root);
  const plain = url.searchParams.get('rest_route');
  if (plain !== null) url.searchParams.set('rest_route', `${plain.replace(/\/$/, '')}/${route}`);
  else url.pathname = `${url.pathname.replace(/\/$/, '')}/${route}`;
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.href;
}

/** The REST root of a posts address (`…/wp-json/wp/v2/posts…` or `…?rest_route=/wp/v2/posts…`), or null. */
export function restRoot(posts: string): string | null {
  const url = new URL(posts);
  const plain = url.searchParams.get('rest_route');
  if (plain !== null) {
    if (!/^\/?wp\/v2\/posts\/?$/.test(plain)) return null;
    url.search = '?rest_route=/';
    return url.href;
  }
  if (!/\/wp\/v2\/posts\/?$/.test(url.pathname)) return null;
  url.search = '';
  url.pathname = url.pathname.replace(/wp\/v2\/posts\/?$/, '');
  return url.href;
}

/** The JSON at `url`, or null when it cannot be had: what the REST API adds is never worth an error. */
async function json(url: string, get: Get): Promise<unknown> {
  try {
    return JSON.parse((await get(url)).body);
  } catch {
    return null;
  }
}

/** The list in a REST answer, or []. */
const list = (found: unknown): unknown[] => (Array.isArray(found) ? found : []);

/** The ids of the terms (or users) with these slugs; [] when none is found or the lookup fails. */
async function lookUp(root: string, route: string, slugs: string[], get: Get): Promise<number[]> {
  return list(await json(rest(root, route, {slug: slugs.join(','), _fields: 'id'}), get))
    .map((term) => Number(str(term, 'id'))).filter(Number.isInteger);
}

/**
 * The posts request `posts` (under the REST root `root`), with `_embed`: narrowed as the feed address said, else to the
 * `categories` attribute, which matches categories and tags alike (a feed lists both as categories).
 * `filtered` says whether the server did the `categories` filtering.
 */
export async function postsRequest(posts: string, root: string, limit: number, categories: string[], narrowed: Narrowed | undefined,
  get: Get): Promise<{url: string; filtered: boolean}> {
  const url = new URL(posts);
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '1');
  // At least WordPress's own page size, so widgets with different limits can share one request.
  if (!url.searchParams.has('per_page')) url.searchParams.set('per_page', String(Math.max(limit, 10)));
  if (narrowed) {
    const route = narrowed.kind === 'author' ? 'wp/v2/users' : narrowed.kind === 'tags' ? 'wp/v2/tags' : 'wp/v2/categories';
    const ids = await lookUp(root, route, [narrowed.slug], get);
    // A term that no longer exists lists nothing, as its feed would.
    url.searchParams.set(narrowed.kind, ids.join(',') || '0');
    return {url: url.href, filtered: false};
  }
  if (!categories.length) return {url: url.href, filtered: false};
  const [cats, tags] = await Promise.all([lookUp(root, 'wp/v2/categories', categories, get), lookUp(root, 'wp/v2/tags', categories, get)]);
  if (!cats.length && !tags.length) return {url: url.href, filtered: false};
  if (cats.length) url.searchParams.set('categories', cats.join(','));
  if (tags.length) url.searchParams.set('tags', tags.join(','));
  if (cats.length && tags.length) url.searchParams.set('tax_relation', 'OR');
  return {url: url.href, filtered: true};
}

/** The site's name and address from its REST index, or null. */
export async function siteName(root: string, get: Get): Promise<{title: string; link: string | null} | null> {
  const index = await json(rest(root, '', {_fields: 'name,home'}), get);
  const title = str(index, 'name');
  return title ? {title, link: str(index, 'home') || null} : null;
}

/** WordPress's guid, `https://example.org/?p=123`: the post's id. */
const POST_ID = /[?&]p=(\d+)$/;

/**
 * Featured pictures for the stories of a WordPress RSS or Atom feed, which carries none: one small
 * REST request for the posts whose guid names their id and that have no picture with sizes (a
 * picture from the text, or none). Keyed by story id; empty when nothing is needed or the API is closed.
 */
export async function featuredPictures(feed: Feed, root: string, get: Get): Promise<Map<string, FeedImage>> {
  const found = new Map<string, FeedImage>();
  const wanted = new Map<string, string>();
  for (const item of feed.items) {
    const id = POST_ID.exec(item.id)?.[1];
    if (id && !item.image?.srcset) wanted.set(id, item.id);
  }
  if (!wanted.size) return found;
  const posts = await json(rest(root, 'wp/v2/posts', {
    include: [...wanted.keys()].join(), per_page: wanted.size, _embed: 'wp:featuredmedia', _fields: 'id,_links,_embedded',
  }), get);
  for (const post of list(posts)) {
    const image = isObject(post) && featuredImage(post, root);
    const item = wanted.get(str(post, 'id'));
    if (image && item) found.set(item, image);
  }
  return found;
}

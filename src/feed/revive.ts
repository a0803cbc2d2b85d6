import type {Feed, FeedFormat, FeedImage, FeedItem} from './types.js';
import {LIMITS, cleanCategories} from './item.js';
import {cleanSrcset, makeImage} from './image.js';
import {makeMedia} from './media.js';
import {parseDate} from './date.js';
import {MAX_SUMMARY, truncate} from './text.js';
import {httpUrl} from './url.js';
import {isObject} from './json.js';

// A feed read back from storage is as untrusted as one from the network: a page, an extension or
// another script can write anything there. Each field is checked as the parser would have made it,
// and URLs pass the same http(s) gate, so whatever passes can be rendered without a throw.

const FORMATS: FeedFormat[] = ['rss', 'rdf', 'atom', 'json-feed', 'wordpress'];

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' ? truncate(value, max) : undefined;

/** null stays null; anything else must pass `check`, or the whole story is refused (undefined). */
function nullable<T>(value: unknown, check: (value: unknown) => T | null | undefined): T | null | undefined {
  return value === null ? null : check(value) ?? undefined;
}

function reviveImage(image: unknown): FeedImage | null | undefined {
  if (!isObject(image) || typeof image.alt !== 'string') return undefined;
  const revived = makeImage(image.url as string, null, image.alt, image.width as number, image.height as number);
  const srcset = cleanSrcset(image.srcset, null);
  if (revived && srcset) revived.srcset = srcset;
  return revived ?? undefined;
}

function reviveItem(item: unknown): FeedItem | undefined {
  if (!isObject(item)) return undefined;
  const revived = {
    id: text(item.id, LIMITS.id),
    title: text(item.title, LIMITS.title),
    link: nullable(item.link, httpUrl),
    date: nullable(item.date, (date) => typeof date === 'string' ? parseDate(date) : null),
    author: nullable(item.author, (author) => text(author, LIMITS.author)),
    categories: Array.isArray(item.categories) && item.categories.every((c) => typeof c === 'string')
      ? cleanCategories(item.categories) : undefined,
    summary: text(item.summary, MAX_SUMMARY),
    content: nullable(item.content, (content) => (typeof content === 'string' ? content : null)),
    base: nullable(item.base, httpUrl),
    image: nullable(item.image, reviveImage),
    source: 'source' in item ? text(item.source, LIMITS.feedTitle) : null,
    media: 'media' in item ? (isObject(item.media) && makeMedia(item.media.url, item.media.type, null, item.media.size,
      item.media.duration)) || undefined : null,
  };
  if (Object.values(revived).includes(undefined)) return undefined;
  if (revived.source === null) delete revived.source;
  if (revived.media === null) delete revived.media;
  return revived as FeedItem;
}

/** A Feed rebuilt from stored JSON, or null when any part of it is not what `parseFeed` makes. */
export function reviveFeed(feed: unknown): Feed | null {
  if (!isObject(feed) || !Array.isArray(feed.items) || !FORMATS.includes(feed.format as FeedFormat)) return null;
  const title = text(feed.title, LIMITS.feedTitle);
  const link = nullable(feed.link, httpUrl);
  const items = feed.items.map(reviveItem);
  const sources = feed.sources === undefined ? [] : Array.isArray(feed.sources) ? feed.sources.map((source) =>
    (isObject(source) ? {title: text(source.title, LIMITS.feedTitle), link: nullable(source.link, httpUrl)} : {})) : [{}];
  if (title === undefined || link === undefined || items.includes(undefined) ||
    sources.some((source) => Object.values(source).length < 2 || Object.values(source).includes(undefined))) return null;
  const revived: Feed = {title, link, format: feed.format as FeedFormat, items: items as FeedItem[]};
  if (sources.length) revived.sources = sources as Feed['sources'];
  return revived;
}

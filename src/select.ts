import type {Feed, FeedItem} from './feed/index.js';
import type {Source} from './load.js';
import {hostOf} from './feed/url.js';

// Which stories a widget shows: several sources merged into one list, each story once, and only
// those the `categories`, `include` and `exclude` attributes let through. Pure functions of stories.

/** "World News" and "world-news" name the same category. */
export const slug = (name: string) => name.trim().toLowerCase().replace(/[\s_]+/g, '-');

/** Lower case without accents: "Oración" and "oracion" are the same word. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Milliseconds of a story's date; a story without one sorts after every dated story. */
export const dated = (item: FeedItem) => (item.date ? Date.parse(item.date) : -8.64e15);

/**
 * What makes two stories the same, in the order checked: the guid, the link without its scheme,
 * `www.`, tracking parameters, fragment and trailing slash, and the title on the same day.
 */
function sameness(item: FeedItem): string[] {
  const keys = [`i${item.id}`];
  if (item.link) {
    const url = new URL(item.link);
    for (const name of [...url.searchParams.keys()]) if (/^(utm_|fbclid|gclid)/.test(name)) url.searchParams.delete(name);
    keys.push(`l${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`);
  }
  if (item.date) keys.push(`t${fold(item.title).trim()} ${item.date.slice(0, 10)}`);
  return keys;
}

/**
 * The stories of several sources (most wanted first) as one list, newest first; stories without a
 * date keep their sources' order after the dated ones. A story in more than one source shows once,
 * as the first-listed source has it. Stories of one source are never merged with each other: a
 * feed whose stories all link to the same page still shows them all.
 */
export function merge(lists: readonly FeedItem[][]): FeedItem[] {
  const seen = new Map<string, number>();
  const merged: FeedItem[] = [];
  lists.forEach((list, source) => {
    for (const item of list) {
      const keys = sameness(item);
      if (keys.some((key) => (seen.get(key) ?? source) !== source)) continue;
      for (const key of keys) seen.set(key, source);
      merged.push(item);
    }
  });
  // Array.prototype.sort is stable: equal dates keep the sources' order.
  return merged.sort((a, b) => dated(b) - dated(a));
}

/** Whether a story is in one of `categories` (slugs); true when there are none. */
export const inCategories = (item: FeedItem, categories: string[]) =>
  !categories.length || item.categories.some((category) => categories.includes(slug(category)));

/**
 * A pattern for a keyword list: words or phrases, matched on whole words, without regard to case or
 * accents; `pray*` also matches "prayer". Chinese, Japanese and Korean terms match anywhere, as
 * those languages do not put spaces between words (or put particles right after them).
 */
function pattern(words: string[]): RegExp | null {
  const terms = words.map((word) => {
    const term = fold(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '[\\p{L}\\p{N}]*').replace(/\s+/g, '\\s+');
    return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(word) ? term : `(?<![\\p{L}\\p{N}])${term}(?![\\p{L}\\p{N}])`;
  });
  return terms.length ? new RegExp(terms.join('|'), 'u') : null;
}

/**
 * A test for `include` and `exclude`: a story passes when its title, summary or categories match
 * any `include` word (or there is none) and no `exclude` word.
 */
export function keywords(include: string[], exclude: string[]): (item: FeedItem) => boolean {
  const wanted = pattern(include);
  const unwanted = pattern(exclude);
  return (item) => {
    const text = fold(`${item.title}\n${item.summary}\n${item.categories.join('\n')}`);
    return (!wanted || wanted.test(text)) && !unwanted?.test(text);
  };
}

/**
 * Why a story's pictures are blurred (`blur-images`): the term of `terms` it matches, as `include`
 * matches, or '' for `all`; undefined when they are not. Each term's pattern is made once.
 */
export function blurred(terms: string[]): (item: FeedItem) => string | undefined {
  const tests = terms.map((term) => keywords([term], []));
  return (item) => (/^all$/i.test(terms[0]) ? '' : terms.find((_, i) => tests[i](item)));
}

/** The name a source goes by: its feed's title, else its site's host name. */
const nameOf = ({title, link}: Feed, source: Source) => title || hostOf(link ?? source.url);

/**
 * The stories of `sources` (most wanted first), merged, each story once, filtered by category on
 * this side where the server did not, and by keyword: at least the first `count`, if there are as
 * many. Filtering, or looking for the story the address names (`whole`), needs every story.
 */
export function select(sources: Source[], count: number, {categories, include, exclude}: Filters, whole: boolean): FeedItem[] {
  const filter = categories.length > 0 || include.length > 0 || exclude.length > 0;
  const several = sources.length > 1;
  const lists = sources.map((source) => {
    const feed = source.feed(filter || whole ? Infinity : count);
    const items = source.filtered ? feed.items : feed.items.filter((item) => inCategories(item, categories));
    return several ? items.map((item) => ({...item, source: nameOf(feed, source)})) : items;
  });
  const items = several ? merge(lists) : lists[0];
  return filter ? items.filter(keywords(include, exclude)) : items;
}

/** What the attributes ask of the stories: category slugs, and keywords. */
export type Filters = {categories: string[]; include: string[]; exclude: string[]};

/** The title and site of the stories of `sources`: one feed's own, or with several, each one's name and site. */
export function feedOf(sources: Source[]): Omit<Feed, 'items'> {
  const feeds = sources.map((source) => source.feed(1));
  const {title, link, format} = feeds[0];
  return sources.length > 1
    ? {title: '', link: null, format, sources: feeds.map((f, i) => ({title: nameOf(f, sources[i]), link: f.link}))}
    : {title, link, format};
}

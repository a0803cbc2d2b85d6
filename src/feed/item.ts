import type {Feed, FeedItem} from './types.js';
import {firstImage} from './image.js';
import {collapse, truncate} from './text.js';

/** What a format parser extracts; `finishItem` fills in the fallbacks every format shares. */
export type ItemFields = Omit<FeedItem, 'id'> & {id: string | null};

/**
 * The longest each text field may be, in characters (categories: how many). A feed's title of a few
 * megabytes would make the widget millions of pixels tall; the cache is held to the same.
 */
export const LIMITS = {title: 300, author: 200, category: 100, categories: 30, id: 2000, feedTitle: 200};

/** The categories, unique, white space collapsed, each and all within their limits. */
export function cleanCategories(categories: string[]): string[] {
  return [...new Set(categories.map((c) => truncate(collapse(c), LIMITS.category)).filter(Boolean))].slice(0, LIMITS.categories);
}

/**
 * Applies the rules every format shares: a stable id, a title even when the feed gave none, the
 * first picture of the story when no other was named, unique categories, every text field within
 * its limit. Returns null for an item with nothing to show.
 */
export function finishItem(fields: ItemFields): FeedItem | null {
  const {summary, content, link} = fields;
  if (!fields.title && !summary && !content && !link) return null;
  const title = fields.title || truncate(summary, 80) || (link ? new URL(link).hostname : '…');
  return {
    ...fields,
    id: (fields.id || link || `${title}|${fields.date ?? ''}`).slice(0, LIMITS.id),
    title: truncate(title, LIMITS.title),
    author: fields.author && truncate(fields.author, LIMITS.author),
    categories: cleanCategories(fields.categories),
    image: fields.image ?? firstImage(content, fields.base),
  };
}

/** The feed's own fields within their limits. */
export function finishFeed(feed: Feed): Feed {
  feed.title = truncate(feed.title, LIMITS.feedTitle);
  return feed;
}

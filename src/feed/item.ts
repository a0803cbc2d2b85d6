import type {Feed, FeedItem, FeedMedia} from './types.js';
import {firstImage} from './image.js';
import {MAX_SUMMARY, collapse, textToHtml, truncate} from './text.js';
import {videoOf} from './url.js';

/**
 * What a format parser extracts; `finishItem` fills in the fallbacks every format shares.
 * `description` is the story's summary as HTML (RSS description, Atom summary), when it has one.
 */
export type ItemFields = Omit<FeedItem, 'id' | 'media'> & {id: string | null; description?: string; media?: FeedMedia | null};

/** Markup an excerpt flattens: links, pictures, lists, tables, quotes, emphasis, line breaks. */
const RICH = /<(?:a|img|picture|video|audio|ul|ol|dl|table|blockquote|figure|pre|code|h[1-6]|em|strong|b|i|u|br)[\s/>]/i;
/** Yoast's RSS footer, "The post … appeared first on …", which says nothing about the story. */
const FOOTER = /<p>\s*The post <a\b[^<>]{0,2000}>[^<]{0,1000}<\/a> appeared first on <a\b[^<>]{0,2000}>[^<]{0,1000}<\/a>\.?\s*<\/p>\s*$/i;

/** The story without the footer some blogs append to every story; only its end is looked at. */
function withoutFooter(html: string): string {
  const tail = Math.max(0, html.length - 5000);
  return html.slice(0, tail) + html.slice(tail).replace(FOOTER, '');
}

/**
 * The description as the story to expand into, when the card's excerpt would lose something of
 * it: markup it flattens, a second paragraph, or more text than a summary keeps. Null when the
 * plain summary already says it all.
 */
function descriptionStory(description: string): string | null {
  const head = description.slice(0, 32_768);
  return RICH.test(head) || head.split(/<p[\s>]/i).length > 2 || description.length > MAX_SUMMARY ? description : null;
}

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
export function finishItem({description, media, ...fields}: ItemFields): FeedItem | null {
  const {summary, link} = fields;
  // Full content, else a description with more than the card shows, without the blog's footer.
  // A video with no story of its own (a YouTube channel's feed): the video, then its description.
  const content = fields.content ? withoutFooter(fields.content) : description ? descriptionStory(withoutFooter(description))
    : videoOf(link) ? textToHtml(`${link}\n\n${summary}`) : null;
  if (!fields.title && !summary && !content && !link && !media) return null;
  const title = fields.title || truncate(summary, 80) || (link ? new URL(link).hostname : '…');
  return {
    ...(media && {media}),
    ...fields,
    content,
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

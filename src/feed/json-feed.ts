import type {Feed} from './types.js';
import {finishItem} from './item.js';
import {makeImage} from './image.js';
import {makeMedia} from './media.js';
import {plainText, summarize, textToHtml} from './text.js';
import {parseDate} from './date.js';
import {httpUrl} from './url.js';
import {arr, isObject, str, type Json} from './json.js';

function authors(value: unknown): string {
  // 1.1 has `authors`, 1.0 has `author`.
  return [...arr(value, 'authors'), ...arr(value, 'author')]
    .map((a) => plainText(typeof a === 'string' ? a : str(a, 'name')))
    .filter(Boolean)
    .join(', ');
}

/** Parses JSON Feed 1.0 and 1.1. */
export function parseJsonFeed(feed: Json, feedUrl: string | null, limit: number): Feed {
  const feedAuthor = authors(feed);
  const items = [];
  for (const entry of arr(feed, 'items').slice(0, limit)) {
    if (!isObject(entry)) continue;
    const link = httpUrl(str(entry, 'url'), feedUrl) ?? httpUrl(str(entry, 'external_url'), feedUrl);
    const html = str(entry, 'content_html');
    const contentText = str(entry, 'content_text');
    const content = html || (contentText ? textToHtml(contentText) : null);
    const finished = finishItem({
      id: str(entry, 'id') || null,
      title: plainText(str(entry, 'title')),
      link,
      date: parseDate(str(entry, 'date_published')) ?? parseDate(str(entry, 'date_modified')),
      author: authors(entry) || feedAuthor || null,
      categories: arr(entry, 'tags').map((tag) => (typeof tag === 'string' ? plainText(tag) : '')),
      summary: summarize(str(entry, 'summary') || html || textToHtml(contentText)),
      content,
      base: feedUrl,
      image: makeImage(str(entry, 'image'), feedUrl) ?? makeImage(str(entry, 'banner_image'), feedUrl),
      // The first attachment that is sound or video (a sermon, an episode).
      media: arr(entry, 'attachments').map((a) => isObject(a) &&
        makeMedia(a.url, a.mime_type, feedUrl, a.size_in_bytes, a.duration_in_seconds)).find(Boolean) || null,
    });
    if (finished) items.push(finished);
  }
  return {
    title: plainText(str(feed, 'title')),
    link: httpUrl(str(feed, 'home_page_url'), feedUrl),
    format: 'json-feed',
    items,
  };
}

import type {FeedItem} from './types.js';
import {firstImage} from './image.js';
import {collapse, truncate} from './text.js';

/** What a format parser extracts; `finishItem` fills in the fallbacks every format shares. */
export type ItemFields = Omit<FeedItem, 'id'> & {id: string | null};

/**
 * Applies the rules every format shares: a stable id, a title even when the feed gave none, the
 * first picture of the story when no other was named, unique categories. Returns null for an item
 * with nothing to show.
 */
export function finishItem(fields: ItemFields): FeedItem | null {
  const {summary, content, link} = fields;
  if (!fields.title && !summary && !content && !link) return null;
  const title = fields.title || truncate(summary, 80) || (link ? new URL(link).hostname : '…');
  const categories = [...new Set(fields.categories.map(collapse).filter(Boolean))];
  return {
    ...fields,
    id: fields.id || link || `${title}|${fields.date ?? ''}`,
    title,
    categories,
    image: fields.image ?? firstImage(content, fields.base),
  };
}

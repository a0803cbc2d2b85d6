import type {Feed, FeedImage} from './types.js';
import {finishItem} from './item.js';
import {isImage, makeImage, mediaImage} from './image.js';
import {plainText, summarize} from './text.js';
import {parseDate} from './date.js';
import {httpUrl} from './url.js';
import {child, children, text} from './xml.js';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** `jane@example.org (Jane Doe)` is how RSS spells an author; the name is what readers want. */
function authorName(author: string): string {
  // Bounded first: both patterns backtrack on long runs of "(" or "<".
  const value = author.slice(0, 300);
  const named = /\(([^)]+)\)\s*$/.exec(value) ?? /^([^<]+?)\s*<[^>]*>$/.exec(value);
  return plainText(named ? named[1] : value);
}

function enclosureImage(item: Element, base: string | null): FeedImage | null {
  for (const enclosure of children(item, 'enclosure')) {
    const url = enclosure.getAttribute('url');
    // An enclosure names its size in bytes only: under 100 bytes, a picture is a tracking pixel
    // (a 1x1 GIF is 35 to 43, a 1x1 PNG about 70), never a story's photograph.
    const bytes = Number(enclosure.getAttribute('length'));
    if (isImage(enclosure.getAttribute('type'), url) && !(bytes > 0 && bytes < 100)) {
      const image = makeImage(url, base);
      if (image) return image;
    }
  }
  return null;
}

/** Rich HTML in `description` is the whole story in many feeds that have no content:encoded. */
function looksLikeStory(html: string): boolean {
  return /<(?:p|br|img|figure|h[2-6]|ul|ol|blockquote)\b/i.test(html) && html.length > 600;
}

/** Parses RSS 2.0 (and 0.9x) or, with `rdf` set, RSS 1.0. */
export function parseRss(doc: Document, feedUrl: string | null, limit: number, rdf?: boolean): Feed {
  const root = doc.documentElement;
  const channel = child(root, 'channel');
  const siteLink = httpUrl(text(channel, 'link'), feedUrl);
  const items = [];
  for (const item of children(rdf ? root : channel, 'item').slice(0, limit)) {
    const guid = child(item, 'guid');
    const guidText = guid?.textContent?.trim() ?? '';
    const link =
      httpUrl(text(item, 'link'), feedUrl) ??
      (guid?.getAttribute('isPermaLink') !== 'false' ? httpUrl(guidText, feedUrl) : null) ??
      httpUrl(item.getAttributeNS(RDF_NS, 'about'), feedUrl);
    const description = text(item, 'description', 'dc:description');
    const encoded = text(item, 'content:encoded');
    const content = encoded || (looksLikeStory(description) ? description : null);
    const finished = finishItem({
      id: guidText || null,
      title: plainText(text(item, 'title', 'dc:title')),
      link,
      date: parseDate(text(item, 'pubDate', 'dc:date', 'atom:updated', 'atom:published')),
      author: children(item, 'dc:creator').map((c) => plainText(c.textContent)).filter(Boolean).join(', ') ||
        authorName(text(item, 'author')) || null,
      categories: [...children(item, 'category'), ...children(item, 'dc:subject')].map((c) => plainText(c.textContent)),
      summary: summarize(description || encoded),
      content,
      base: feedUrl,
      image: mediaImage(item, feedUrl) ?? enclosureImage(item, feedUrl),
    });
    if (finished) items.push(finished);
  }
  return {
    title: plainText(text(channel, 'title', 'dc:title')),
    link: siteLink,
    format: rdf ? 'rdf' : 'rss',
    items,
  };
}

import type {Feed, FeedImage} from './types.js';
import {finishItem} from './item.js';
import {isImage, makeImage, mediaImage} from './image.js';
import {itemMedia} from './media.js';
import {collapse, plainText, summarize} from './text.js';
import {parseDate} from './date.js';
import {httpUrl} from './url.js';
import {baseOf, child, children, innerXml, text} from './xml.js';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

const CONTACT_IN_BRACKETS = /[([<]\s*[^\s()[\]<>]*(?:@|:\/\/)[^\s()[\]<>]*\s*[)\]>]/g;
const CONTACT = /(?:mailto:)?[^\s()[\]<>]+@[^\s()[\]<>]+|\bhttps?:\/\/[^\s()[\]<>]+/g;

/**
 * The name in an author written with contact details, as RSS spells it (`jane@example.org (Jane Doe)`)
 * and as people do (`Jane Doe (jane@…)`, `Jane Doe <jane@…>`, `Jane Doe https://…`): e-mail and web
 * addresses go, with their brackets; a name's own brackets stay ("Ann Lee (Managing Editor)").
 */
export function authorName(author: string | null | undefined): string {
  // Bounded first: the patterns backtrack on long tokens.
  const rest = collapse((author ?? '').slice(0, 300).replace(CONTACT_IN_BRACKETS, ' ').replace(CONTACT, ' '));
  return plainText(/^[([<]([^()[\]<>]*)[)\]>]$/.exec(rest)?.[1] ?? rest);
}

/** A picture iTunes names for the item itself (or, for the channel, the show). */
function itunesImage(item: Element | null, base: string | null): FeedImage | null {
  return makeImage(child(item, 'itunes:image')?.getAttribute('href'), base);
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

/** Parses RSS 2.0 (and 0.9x) or, with `rdf` set, RSS 1.0. */
export function parseRss(doc: Document, feedUrl: string | null, limit: number, rdf?: boolean): Feed {
  const root = doc.documentElement;
  const channel = child(root, 'channel');
  const siteLink = httpUrl(text(channel, 'link'), feedUrl);
  // A podcast's show art, for its episodes that have no picture of their own.
  const showArt = itunesImage(channel, feedUrl);
  const items = [];
  for (const item of children(rdf ? root : channel, 'item').slice(0, limit)) {
    const base = baseOf(item, feedUrl);
    const guid = child(item, 'guid');
    const guidText = guid?.textContent?.trim() ?? '';
    // A guid is the link only when it says so and is an absolute http(s) URL, never resolved.
    const permalink = guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText);
    const link = httpUrl(text(item, 'link'), base) ?? (permalink ? httpUrl(guidText) : null) ??
      httpUrl(item.getAttributeNS(RDF_NS, 'about'), base);
    const description = text(item, 'description', 'dc:description', 'itunes:summary');
    const body = child(item, 'xhtml:body');
    const encoded = text(item, 'content:encoded') || (body && innerXml(body));
    const media = itemMedia(item, base);
    const finished = finishItem({
      id: guidText || null,
      title: plainText(text(item, 'title', 'dc:title', 'itunes:title')),
      link,
      date: parseDate(text(item, 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'atom:updated',
        'dcterms:modified')),
      author: children(item, 'dc:creator').map((c) => authorName(c.textContent)).filter(Boolean).join(', ') ||
        authorName(text(item, 'author', 'itunes:author')) || null,
      categories: [...children(item, 'category'), ...children(item, 'dc:subject'), ...children(item, 'media:category')]
        .map((c) => plainText(c.textContent))
        .concat(children(item, 'itunes:category').map((c) => c.getAttribute('text') ?? '')),
      summary: summarize(description || encoded),
      content: encoded || null,
      description,
      base,
      image: mediaImage(item, base) ?? itunesImage(item, base) ?? enclosureImage(item, base) ?? (media && showArt),
      media,
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

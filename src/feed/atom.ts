import type {Feed, FeedImage} from './types.js';
import {finishItem} from './item.js';
import {isImage, makeImage, mediaImage} from './image.js';
import {itemMedia} from './media.js';
import {htmlToText, summarize, textToHtml} from './text.js';
import {parseDate} from './date.js';
import {httpUrl} from './url.js';
import {atom, baseOf, children, innerXml, text} from './xml.js';

/** Atom 0.3's `mode="base64"`: the bytes of UTF-8 text. */
function base64Text(value: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(value.replace(/\s+/g, '')), (ch) => ch.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** Inline XHTML as HTML. A CDATA section in it is text, so its markup shows literally. */
function xhtml(el: Element): string {
  const div = ([...el.children].find((c) => c.localName === 'div') ?? el).cloneNode(true) as Element;
  const walker = div.ownerDocument.createTreeWalker(div, NodeFilter.SHOW_CDATA_SECTION);
  const sections: CDATASection[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) sections.push(node as CDATASection);
  for (const section of sections) section.replaceWith(section.data);
  return innerXml(div);
}

/** An Atom text construct (`type` text, html or xhtml) as HTML. */
function constructHtml(el: Element | undefined): string | null {
  if (!el || el.hasAttribute('src')) return null;
  const type = el.getAttribute('type') ?? 'text';
  const mode = el.getAttribute('mode');
  if ((type === 'xhtml' || type === 'application/xhtml+xml') && mode !== 'escaped' && mode !== 'base64') return xhtml(el);
  const value = mode === 'base64' ? base64Text(el.textContent ?? '') : el.textContent ?? '';
  // Atom 0.3 escapes HTML into text with mode="escaped" and a MIME type.
  return /html/.test(type) || mode === 'escaped' ? value : textToHtml(value);
}

/** An Atom text construct as plain text. */
function constructText(el: Element | undefined): string {
  if (!el) return '';
  const type = el.getAttribute('type') ?? 'text';
  if ((type === 'text' || type === 'text/plain') && !el.hasAttribute('mode')) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return htmlToText(constructHtml(el));
}

/** The `rel` link of `el` (alternate by default), preferring an HTML page. */
function linkOf(el: Element, rel: string): Element | null {
  const links = atom(el, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === rel);
  return links.find((l) => /html/.test(l.getAttribute('type') ?? 'text/html')) ?? links[0] ?? null;
}

function href(link: Element | null, feedUrl: string | null): string | null {
  return link ? httpUrl(link.getAttribute('href'), baseOf(link, feedUrl)) : null;
}

function authorOf(el: Element | null): string {
  return atom(el, 'author')
    .map((a) => atom(a, 'name')[0]?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(', ');
}

/** An image link rel=enclosure; its URL resolves through its own xml:base chain from the feed URL. */
function enclosureImage(entry: Element, feedUrl: string | null): FeedImage | null {
  for (const link of atom(entry, 'link')) {
    if (link.getAttribute('rel') === 'enclosure' && isImage(link.getAttribute('type'), link.getAttribute('href'))) {
      const image = makeImage(link.getAttribute('href'), baseOf(link, feedUrl));
      if (image) return image;
    }
  }
  return null;
}

/** Parses Atom 1.0, Atom 0.3 and the drafts between (their namespaces, date names and content modes). */
export function parseAtom(doc: Document, feedUrl: string | null, limit: number): Feed {
  const root = doc.documentElement;
  const feedAuthor = authorOf(root);
  const items = [];
  for (const entry of atom(root, 'entry').slice(0, limit)) {
    const link = href(linkOf(entry, 'alternate'), feedUrl);
    const contentEl = atom(entry, 'content')[0];
    const summaryEl = atom(entry, 'summary')[0];
    const content = constructHtml(contentEl);
    const summary = summaryEl ? constructHtml(summaryEl) : null;
    const base = baseOf(contentEl ?? summaryEl ?? entry, feedUrl);
    const date = (name: string) => atom(entry, name)[0]?.textContent ?? null;
    const finished = finishItem({
      id: atom(entry, 'id')[0]?.textContent?.trim() || null,
      title: constructText(atom(entry, 'title')[0]),
      link,
      date: parseDate(date('published') ?? date('issued') ?? date('created')) ?? parseDate(date('updated') ?? date('modified')),
      author: authorOf(entry) || feedAuthor || null,
      categories: atom(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || ''),
      // YouTube's channel feeds describe each video only in media:group.
      summary: summarize(summary ?? content ??
        (text(entry, 'media:description') || children(entry, 'media:group').map((g) => text(g, 'media:description')).find(Boolean))),
      content,
      description: summary ?? undefined,
      base,
      image: mediaImage(entry, baseOf(entry, feedUrl)) ?? enclosureImage(entry, feedUrl),
      media: itemMedia(entry, baseOf(entry, feedUrl)),
    });
    if (finished) items.push(finished);
  }
  return {
    title: constructText(atom(root, 'title')[0]),
    link: href(linkOf(root, 'alternate'), feedUrl),
    format: 'atom',
    items,
  };
}

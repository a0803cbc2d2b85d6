import type {FeedImage} from './types.js';
import {parseHtml} from './inert.js';
import {htmlToText} from './text.js';
import {httpUrl} from './url.js';
import {children, text} from './xml.js';

function size(value: string | number | null | undefined): number | undefined {
  const n = typeof value === 'number' ? value : parseInt(value ?? '', 10);
  return n > 0 && n < 100_000 ? Math.round(n) : undefined;
}

/** How far into a story's HTML its first picture is looked for: a story never freezes the page. */
const SCAN = 100_000;

/**
 * Builds a FeedImage, or null when the URL is not http(s) or the picture is not the story's:
 * tracking pixels (1 or 2 pixels either way) and WordPress emoji (…/images/core/emoji/…), whether
 * the feed names them in media:content, an enclosure or an <img>.
 */
export function makeImage(
  url: string | null | undefined,
  base: string | null,
  alt?: string | null,
  width?: string | number | null,
  height?: string | number | null,
): FeedImage | null {
  const href = httpUrl(url, base);
  const w = size(width);
  const h = size(height);
  if (!href || (w ?? 3) <= 2 || (h ?? 3) <= 2 || /\/emoji\//.test(href)) return null;
  const image: FeedImage = {url: href, alt: htmlToText(alt)};
  if (w && h) {
    image.width = w;
    image.height = h;
  }
  return image;
}

/**
 * A `srcset` with only its well-formed http(s) candidates (`url 640w` or `url 2x`), or undefined
 * when none is left. Candidates are separated by a comma and white space, as WordPress writes them.
 */
export function cleanSrcset(value: unknown, base: string | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = value.slice(0, 10_000).split(/,\s+/).map((candidate) => {
    const [url, descriptor, extra] = candidate.trim().split(/\s+/);
    const href = httpUrl(url, base);
    return href && !extra && /^(?:\d{1,5}w|\d{1,2}(?:\.\d+)?x)$/.test(descriptor ?? '') && !/[\s,]/.test(href) ? `${href} ${descriptor}` : '';
  }).filter(Boolean);
  return kept.length ? kept.join(', ') : undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Whether a media:content, enclosure or link with this type and URL is a picture. */
export function isImage(type: string | null, url: string | null, medium?: string | null): boolean {
  if (medium) return medium === 'image';
  if (type) return type.startsWith('image/');
  return IMAGE_FILE.test(url ?? '');
}

/** The first real picture in a story's HTML, as the last place to look for one. */
export function firstImage(html: string | null, base: string | null): FeedImage | null {
  if (!html) return null;
  // Parse only the first <img> tags, not the whole (possibly huge) story. A scan with indexOf
  // rather than one regular expression, so an unclosed `<img` costs one pass, not one per tag.
  const head = html.slice(0, SCAN);
  const open = /<img\b/gi;
  const tags: string[] = [];
  for (let m = open.exec(head); m && tags.length < 8; m = open.exec(head)) {
    const end = head.indexOf('>', m.index);
    if (end < 0) break;
    tags.push(head.slice(m.index, end + 1));
    open.lastIndex = end + 1;
  }
  if (!tags.length) return null;
  for (const img of parseHtml(tags.join('')).querySelectorAll('img')) {
    const image = makeImage(img.getAttribute('src') || img.getAttribute('data-src'), base, img.getAttribute('alt'),
      img.getAttribute('width'), img.getAttribute('height'));
    if (image) return image;
  }
  return null;
}

/**
 * The picture Media RSS names, for RSS and Atom: media:content that is a picture, media:thumbnail,
 * and the thumbnail of a video or audio media:content; at the item's level first, then in each
 * media:group (as YouTube's channel feeds have it).
 */
export function mediaImage(item: Element, base: string | null): FeedImage | null {
  for (const scope of [item, ...children(item, 'media:group')]) {
    const contents = children(scope, 'media:content');
    const pictures = contents.filter((m) => isImage(m.getAttribute('type'), m.getAttribute('url'), m.getAttribute('medium')));
    const nested = contents.filter((m) => !pictures.includes(m)).flatMap((m) => children(m, 'media:thumbnail'));
    for (const media of [...pictures, ...children(scope, 'media:thumbnail'), ...nested]) {
      const alt = text(media, 'media:description', 'media:title') || text(scope, 'media:description', 'media:title');
      const image = makeImage(media.getAttribute('url'), base, alt, media.getAttribute('width'), media.getAttribute('height'));
      if (image) return image;
    }
  }
  return null;
}

import type {FeedImage} from './types.js';
import {parseHtml} from './inert.js';
import {htmlToText} from './text.js';
import {httpUrl} from './url.js';
import {children, text} from './xml.js';

function size(value: string | number | null | undefined): number | undefined {
  const n = typeof value === 'number' ? value : parseInt(value ?? '', 10);
  return n > 0 && n < 100_000 ? Math.round(n) : undefined;
}

/** Builds a FeedImage, or null when the URL is not http(s). */
export function makeImage(
  url: string | null | undefined,
  base: string | null,
  alt?: string | null,
  width?: string | number | null,
  height?: string | number | null,
): FeedImage | null {
  const href = httpUrl(url, base);
  if (!href) return null;
  const image: FeedImage = {url: href, alt: htmlToText(alt)};
  const w = size(width);
  const h = size(height);
  if (w && h) {
    image.width = w;
    image.height = h;
  }
  return image;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Whether a media:content, enclosure or link with this type and URL is a picture. */
export function isImage(type: string | null, url: string | null, medium?: string | null): boolean {
  if (medium) return medium === 'image';
  if (type) return type.startsWith('image/');
  return IMAGE_FILE.test(url ?? '');
}

/** Pictures that are not the story's picture: tracking pixels, emoji, share buttons. */
function decorative(img: Element): boolean {
  const w = parseInt(img.getAttribute('width') ?? '', 10);
  const h = parseInt(img.getAttribute('height') ?? '', 10);
  // Tracking pixels are 1×1; WordPress emoji come from …/images/core/emoji/….
  return w <= 2 || h <= 2 || /\/emoji\//.test(img.getAttribute('src') ?? '');
}

/** The first real picture in a story's HTML, as the last place to look for one. */
export function firstImage(html: string | null, base: string | null): FeedImage | null {
  if (!html || !/<img\b/i.test(html)) return null;
  // Parse only the <img> tags, not the whole (possibly huge) story.
  const tags = html.match(/<img\b[^>]*>/gi)?.slice(0, 8).join('') ?? '';
  for (const img of parseHtml(tags).querySelectorAll('img')) {
    if (decorative(img)) continue;
    const image = makeImage(img.getAttribute('src') || img.getAttribute('data-src'), base, img.getAttribute('alt'),
      img.getAttribute('width'), img.getAttribute('height'));
    if (image) return image;
  }
  return null;
}

/** The picture Media RSS names (media:content, media:thumbnail, inside media:group too), for RSS and Atom. */
export function mediaImage(item: Element, base: string | null): FeedImage | null {
  for (const scope of [item, ...children(item, 'media:group')]) {
    for (const media of [...children(scope, 'media:content'), ...children(scope, 'media:thumbnail')]) {
      const url = media.getAttribute('url');
      if (media.localName === 'content' && !isImage(media.getAttribute('type'), url, media.getAttribute('medium'))) {
        continue;
      }
      const alt = text(media, 'media:description', 'media:title') || text(scope, 'media:description', 'media:title');
      const image = makeImage(url, base, alt, media.getAttribute('width'), media.getAttribute('height'));
      if (image) return image;
    }
  }
  return null;
}

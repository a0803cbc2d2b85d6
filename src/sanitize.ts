import DOMPurify, {type Config} from 'dompurify';
import {httpUrl, videoOf} from './feed/url.js';
import {cleanSrcset} from './feed/image.js';
import {REFERRER, inertDocument, trustedTypes} from './page.js';

// The one place untrusted HTML becomes DOM. Story HTML arrives here from the feed and leaves as a
// DocumentFragment of allowed elements; no HTML string is ever written into the page.

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption',
  'img', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'cite', 'q', 'abbr', 'time',
  'code', 'pre', 'br', 'hr', 'div', 'span', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers',
  'datetime', 'lang', 'dir', 'start', 'reversed', 'srcset', 'sizes',
];
/** A `sizes` value: media conditions and lengths, nothing that could be a URL or break out. */
const SIZES = /^[\w\s().,:%-]{1,300}$/;
const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/** A link's address: http(s) through the one URL gate, or a mailto: address. */
function linkUrl(value: string | null, base: string | undefined): string | null {
  if (/^\s*mailto:/i.test(value ?? '')) return value!.trim();
  return httpUrl(value, base);
}

/**
 * What a story's embedded frame becomes, made by our code from the frame's address and title (see
 * src/embed.ts); null leaves nothing. Without one, frames go like any element outside the allowlist.
 */
export type Embed = (src: string | null, title: string) => Node | null;

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | undefined;
let currentBase: string | undefined;
let currentTarget = '_blank';
/** With an Embed: the frames of the story being sanitized, a placeholder each, and the frame's address and title. */
let frames: [Element, string | null, string][] | undefined;

function create(): Purifier {
  // A private instance: hooks added here must not reach a host page's own DOMPurify. It works in an
  // inert document of its own, given the constructors straight from the window, so that elements
  // the host page names `implementation` or `createElement` cannot stand in for the document's.
  const purify = DOMPurify({
    document: inertDocument(), DocumentFragment, HTMLTemplateElement, Node, Element, NodeFilter, NamedNodeMap,
    HTMLFormElement, DOMParser, trustedTypes: trustedTypes(),
  } as unknown as Window & typeof globalThis);
  purify.addHook('uponSanitizeElement', (node, {tagName}) => {
    // A frame is removed as always; an empty span, which the allowlist keeps, holds its place.
    if (tagName === 'iframe' && frames && node.parentNode) {
      const mark = node.ownerDocument!.createElement('span');
      node.parentNode.insertBefore(mark, node);
      frames.push([mark, httpUrl((node as Element).getAttribute('src'), currentBase), (node as Element).getAttribute('title') ?? '']);
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Other sizes of a picture, each candidate through the URL gate; only pictures have them.
    const srcset = node.nodeName === 'IMG' && cleanSrcset(node.getAttribute('srcset'), currentBase ?? null);
    if (srcset) node.setAttribute('srcset', srcset);
    else node.removeAttribute('srcset');
    if (!srcset || !SIZES.test(node.getAttribute('sizes') ?? '')) node.removeAttribute('sizes');
    if (node.nodeName === 'A') {
      const safe = linkUrl(node.getAttribute('href'), currentBase);
      if (safe) {
        node.setAttribute('href', safe);
        node.setAttribute('target', currentTarget);
        node.setAttribute('rel', 'noopener');
        node.setAttribute('referrerpolicy', REFERRER);
      } else {
        node.removeAttribute('href');
      }
    } else if (node.nodeName === 'IMG') {
      const src = httpUrl(node.getAttribute('src'), currentBase);
      if (!src) {
        node.remove();
        return;
      }
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  return purify;
}

/**
 * Sanitizes a story's HTML into a DocumentFragment that is safe to put in the page: an allowlist of
 * news elements, no style or event attributes, links only to http(s) or mailto (opening in a new
 * tab unless `target` is `_self`, without opener, sending at most the page's origin), pictures only
 * from http(s), loading lazily and sending no referrer, with their `srcset` (each candidate checked as
 * `src` is) so a phone loads the size it needs. Relative URLs resolve against `base`. With `embed`,
 * each frame, and each paragraph that is only a YouTube or Vimeo address (as WordPress leaves an
 * embed), becomes what `embed` makes of it, after the markup is clean.
 */
export function sanitize(html: string, base?: string | null, target = '_blank', embed?: Embed): DocumentFragment {
  purifier ??= create();
  currentBase = base ?? undefined;
  currentTarget = target === '_self' ? target : '_blank';
  frames = embed && [];
  try {
    const fragment = purifier.sanitize(html, CONFIG);
    if (embed) {
      for (const [mark, src, title] of frames!) mark.replaceWith(embed(src, title) ?? '');
      for (const block of fragment.querySelectorAll('p, div')) {
        // Only its own text, or one link with only text: reading it costs no more than the block's children.
        const link = block.firstElementChild;
        if (block.childElementCount > 1 || (link && (link.localName !== 'a' || link.childElementCount))) continue;
        const url = block.textContent!.trim();
        if (!/\s/.test(url) && videoOf(url)) block.replaceWith(embed(url, '') ?? '');
      }
    }
    return fragment;
  } finally {
    currentBase = frames = undefined;
  }
}

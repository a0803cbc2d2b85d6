import DOMPurify, {type Config} from 'dompurify';

// The one place untrusted HTML becomes DOM. Story HTML arrives here from the feed and leaves as a
// DocumentFragment of allowed elements; no HTML string is ever written into the page.

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption',
  'img', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'cite', 'q', 'abbr', 'time',
  'code', 'pre', 'br', 'hr', 'div', 'span', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers',
  'datetime', 'lang', 'dir', 'start', 'reversed',
];
const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/** Resolves `value` against `base`; returns it only if its scheme is one of `schemes`. */
function safeUrl(value: string | null, base: string | undefined, schemes: string[]): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const HTTP = ['http:', 'https:'];
const LINK = [...HTTP, 'mailto:'];

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | undefined;
let currentBase: string | undefined;
let currentTarget = '_blank';

function create(): Purifier {
  // A private instance: hooks added here must not reach a host page's own DOMPurify.
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const safe = safeUrl(node.getAttribute('href'), currentBase, LINK);
      if (safe) {
        node.setAttribute('href', safe);
        node.setAttribute('target', currentTarget);
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('href');
      }
    } else if (node.nodeName === 'IMG') {
      const src = safeUrl(node.getAttribute('src'), currentBase, HTTP);
      if (!src) {
        node.remove();
        return;
      }
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purify;
}

/**
 * Sanitizes a story's HTML into a DocumentFragment that is safe to put in the page: an allowlist of
 * news elements, no style or event attributes, links only to http(s) or mailto (opening in a new
 * tab unless `target` is `_self`, without opener or referrer), pictures only from http(s), loading
 * lazily. `srcset` is not kept: every candidate would be another URL to check, and a story's
 * pictures only load once a reader expands it. Relative URLs resolve against `base`.
 */
export function sanitize(html: string, base?: string | null, target = '_blank'): DocumentFragment {
  purifier ??= create();
  currentBase = base ?? undefined;
  currentTarget = target === '_self' ? target : '_blank';
  try {
    return purifier.sanitize(html, CONFIG);
  } finally {
    currentBase = undefined;
  }
}

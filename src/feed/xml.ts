/**
 * Namespaces by the prefix feeds conventionally give them. Elements are matched by namespace URI,
 * never by prefix or local name alone: `media:title` or a `<title xmlns="…other">` is never the
 * item's title. The first URI of each is also what repair declares for an undeclared prefix.
 */
export const NAMESPACES: Record<string, string[]> = {
  atom: ['http://www.w3.org/2005/Atom'],
  content: ['http://purl.org/rss/1.0/modules/content/'],
  dc: ['http://purl.org/dc/elements/1.1/'],
  dcterms: ['http://purl.org/dc/terms/'],
  itunes: ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'http://www.itunes.com/DTDs/Podcast-1.0.dtd'],
  media: ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'],
  rdf: ['http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  xhtml: ['http://www.w3.org/1999/xhtml'],
};
/** RSS's own elements: no namespace (RSS 0.9x and 2.0), RSS 1.0's, RSS 0.90's, and two RSS 2.0 URIs some feeds declare. */
const RSS = [null, 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/', 'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss'];
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Atom 1.0's namespace, Atom 0.3's and the pre-1.0 drafts' (`http://purl.org/atom/ns#draft-…`), or none. */
export function isAtom(namespace: string | null): boolean {
  return !namespace || namespace === NAMESPACES.atom[0] || namespace.startsWith('http://purl.org/atom/ns#');
}

/** Namespace URI → the prefix `children` spells it with ('dc:'), '' for RSS's own elements. */
const PREFIXES = new Map<string | null, string>(RSS.map((uri) => [uri, '']));
for (const [prefix, uris] of Object.entries(NAMESPACES)) for (const uri of uris) PREFIXES.set(uri, `${prefix}:`);

/** Each element's children by name, built on first look: a story's fields cost one pass, not one per name. */
const indexes = new WeakMap<Element, Map<string, Element[]>>();

function index(el: Element): Map<string, Element[]> {
  let found = indexes.get(el);
  if (found) return found;
  const byName = (found = new Map<string, Element[]>());
  const add = (name: string, c: Element) => {
    const list = byName.get(name);
    if (list) list.push(c);
    else byName.set(name, [c]);
  };
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const prefix = PREFIXES.get(c.namespaceURI);
    if (prefix !== undefined) add(prefix + c.localName, c);
    // Atom's elements in any of its namespaces, for `atom()`.
    if (isAtom(c.namespaceURI)) add(`~${c.localName}`, c);
  }
  indexes.set(el, found);
  return found;
}

const NONE: readonly Element[] = [];

/**
 * The child elements of `el` called `name` ('title', or with a conventional prefix, 'dc:creator'),
 * matched by namespace URI. Read only: the list is shared.
 */
export function children(el: Element | null, name: string): readonly Element[] {
  return (el && index(el).get(name)) || NONE;
}

/** The first child element of `el` called `name`, or null. */
export function child(el: Element | null, name: string): Element | null {
  return children(el, name)[0] ?? null;
}

/** The child elements of `el` called `name` in any Atom namespace, or in none. */
export function atom(el: Element | null, name: string): readonly Element[] {
  return children(el, `~${name}`);
}

/** The trimmed text of the first of `names` that `el` has and that is not empty. */
export function text(el: Element | null, ...names: string[]): string {
  for (const name of names) {
    for (const c of children(el, name)) {
      const value = c.textContent?.trim();
      if (value) return value;
    }
  }
  return '';
}

/** The markup inside `el` (inline XHTML content), as a string. */
export function innerXml(el: Element): string {
  const serializer = new XMLSerializer();
  return [...el.childNodes].map((node) => serializer.serializeToString(node)).join('');
}

/** The URL that relative references inside `el` resolve against, following every xml:base. */
export function baseOf(el: Element, feedUrl: string | null): string | null {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NS, 'base');
    if (base) bases.push(base);
  }
  let base = feedUrl;
  for (let i = bases.length - 1; i >= 0; i--) {
    try {
      base = new URL(bases[i], base ?? undefined).href;
    } catch {
      // An unusable xml:base is ignored, as a browser ignores an unusable <base>.
    }
  }
  return base;
}

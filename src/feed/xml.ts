import {FeedError} from './error.js';
import {parseDocument, parseHtml} from './inert.js';

/** Namespaces by the prefix feeds conventionally give them, for matching and for repair. */
const NAMESPACES: Record<string, string[]> = {
  atom: ['http://www.w3.org/2005/Atom'],
  content: ['http://purl.org/rss/1.0/modules/content/'],
  dc: ['http://purl.org/dc/elements/1.1/'],
  media: ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'],
  rdf: ['http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
};
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** 'dc:creator' → ['creator', 'dc'], worked out once per name: this runs for every field of every story. */
const names = new Map<string, [local: string, prefix: string]>();

function matches(el: Element, name: string): boolean {
  let split = names.get(name);
  if (!split) {
    const colon = name.indexOf(':');
    names.set(name, (split = [name.slice(colon + 1), colon < 0 ? '' : name.slice(0, colon)]));
  }
  const [local, prefix] = split;
  if (el.localName !== local) return false;
  if (!prefix) return !el.prefix;
  return el.prefix === prefix || (NAMESPACES[prefix]?.includes(el.namespaceURI ?? '') ?? false);
}

/** The child elements of `el` called `name` ('title', or with a conventional prefix, 'dc:creator'). */
export function children(el: Element | null, name: string): Element[] {
  const found: Element[] = [];
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling) if (matches(c, name)) found.push(c);
  return found;
}

/** The first child element of `el` called `name`, or null. */
export function child(el: Element | null, name: string): Element | null {
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling) if (matches(c, name)) return c;
  return null;
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

function failed(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement?.localName === 'parsererror';
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const decodedEntities = new Map<string, string>();

/** Decodes one HTML entity reference with the browser's HTML parser, so no entity table ships. */
function decodeEntity(ref: string): string {
  let decoded = decodedEntities.get(ref);
  if (decoded === undefined) {
    decoded = parseHtml(ref).textContent ?? ref;
    decodedEntities.set(ref, decoded);
  }
  return decoded;
}

/** Replaces HTML named entities with numeric ones and escapes bare ampersands, outside CDATA. */
function repairEntities(part: string): string {
  return part.replace(/&(?:([a-z][a-z0-9]*);|#(?:\d+|x[0-9a-f]+);)?/gi, (ref, name?: string) => {
    if (ref.length > 1 && !name) return ref;
    if (!name) return '&amp;';
    if (XML_ENTITIES.has(name)) return ref;
    const decoded = decodeEntity(ref);
    if (decoded === ref) return `&amp;${name};`;
    return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}

/** Declares the usual namespace prefixes when a feed uses them without declaring them. */
function declarePrefixes(xml: string): string {
  const missing = Object.keys(NAMESPACES)
    .filter((prefix) => xml.includes(`<${prefix}:`) && !xml.includes(`xmlns:${prefix}=`))
    .map((prefix) => ` xmlns:${prefix}="${NAMESPACES[prefix][0]}"`)
    .join('');
  return xml.replace(/<(?![?!])[^\s>/]+/, `$&${missing}`);
}

/** Repairs the faults real feeds have most often, leaving CDATA sections and comments alone. */
function repair(xml: string): string {
  const cleaned = xml
    // Characters XML 1.0 forbids.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)
    .map((part, i) => (i % 2 ? part : repairEntities(part)))
    .join('');
  return declarePrefixes(cleaned);
}

const LIFTED = /^\uE000(\d+)\uE001$/;

/**
 * Parses XML, lifting long CDATA sections (the story HTML, mostly) out first and putting them back
 * after: the browser's parser then builds a document a fraction of the size, which halves the
 * parse of a WordPress feed.
 */
function parseLifted(xml: string): Document {
  const lifted: string[] = [];
  const small = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (section, data: string) =>
    data.length < 256 ? section : `<![CDATA[\uE000${lifted.push(data) - 1}\uE001]]>`);
  const doc = parseDocument(small, 'application/xml');
  if (lifted.length && !failed(doc)) {
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_CDATA_SECTION);
    for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
      const index = LIFTED.exec(node.data)?.[1];
      if (index) node.data = lifted[Number(index)];
    }
  }
  return doc;
}

/**
 * Parses XML with the browser's own parser. When that rejects the document, it repairs HTML
 * entities, bare ampersands, forbidden control characters and undeclared prefixes, and tries once
 * more; what still fails is a `malformed` FeedError.
 */
export function parseXml(xml: string): Document {
  let doc = parseLifted(xml);
  if (!failed(doc)) return doc;
  doc = parseLifted(repair(xml));
  if (!failed(doc)) return doc;
  throw new FeedError('malformed', 'The feed is not well-formed XML, even after repair.');
}

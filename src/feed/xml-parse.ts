import {FeedError} from './error.js';
import {parseDocument, parseHtml} from './inert.js';
import {NAMESPACES} from './xml.js';
import {ESCAPES} from './text.js';

// Parsing a feed's XML with the browser's own parser, as leniently as real feeds need: repairs of
// the faults they have most often, the stories of a damaged or still-arriving feed closed again.

function failed(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement?.localName === 'parsererror';
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Entity references (named or numeric) and bare ampersands. Linear: no nested repetition. */
const ENTITY = /&(?:([a-z][a-z0-9]*);|#(?:\d+|x[0-9a-f]+);)?/gi;
/** The longest HTML entity name has 31 letters; a longer name is never one. */
const MAX_ENTITY = 32;
/** HTML entities seen so far, decoded. Only real ones are kept, so it never outgrows HTML's table. */
const entities = new Map<string, string>();
/** Names that turned out not to be entities, so they are not parsed again; bounded. */
const notEntities = new Set<string>();

/**
 * Decodes the HTML entity names in `names` with the browser's HTML parser (so no entity table
 * ships), all in one parse: 60,000 distinct names cost one parse, not 60,000.
 */
function learnEntities(names: Set<string>): void {
  if (notEntities.size > 10_000) notEntities.clear();
  const list = [...names];
  const decoded = parseHtml(list.map((name) => `<b>&${name};</b>`).join('')).children;
  list.forEach((name, i) => {
    const text = decoded[i]?.textContent ?? '';
    if (text && text !== `&${name};`) entities.set(name, text);
    else notEntities.add(name);
  });
}

/** Replaces HTML named entities with numeric ones and escapes bare ampersands, outside CDATA. */
function repairEntities(part: string): string {
  const unknown = new Set<string>();
  for (const [, name] of part.matchAll(ENTITY)) {
    if (name && name.length <= MAX_ENTITY && !XML_ENTITIES.has(name) && !entities.has(name) && !notEntities.has(name)) {
      unknown.add(name);
    }
  }
  if (unknown.size) learnEntities(unknown);
  return part.replace(ENTITY, (ref, name?: string) => {
    if (ref.length > 1 && !name) return ref;
    if (!name) return '&amp;';
    if (XML_ENTITIES.has(name)) return ref;
    const decoded = entities.get(name);
    if (decoded === undefined) return `&amp;${name};`;
    return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}

/** Declares the usual namespace prefixes when a feed uses them without declaring them. */
function declarePrefixes(xml: string): string {
  const missing = Object.keys(NAMESPACES)
    .filter((prefix) => xml.includes(`<${prefix}:`) && !xml.includes(`xmlns:${prefix}=`))
    .map((prefix) => ` xmlns:${prefix}="${NAMESPACES[prefix][0]}"`)
    .join('');
  return xml.replace(/<(?![?!])[^\s>/<]+/, `$&${missing}`);
}

/**
 * `xml` in runs: even indexes lie outside CDATA sections and comments, odd ones are a whole section
 * or comment. A scan with indexOf, each position read a bounded number of times: an opener with no
 * closer ends the scan (the rest is plain text), so 50,000 unclosed `<![CDATA[` cost one pass.
 */
export function sections(xml: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let cdata = xml.indexOf('<![CDATA[');
  let comment = xml.indexOf('<!--');
  while (cdata >= 0 || comment >= 0) {
    const isCdata = cdata >= 0 && (comment < 0 || cdata < comment);
    const start = isCdata ? cdata : comment;
    const end = xml.indexOf(isCdata ? ']]>' : '-->', start + (isCdata ? 9 : 4));
    if (end < 0) break;
    parts.push(xml.slice(from, start), xml.slice(start, end + 3));
    from = end + 3;
    if (cdata >= 0 && cdata < from) cdata = xml.indexOf('<![CDATA[', from);
    if (comment >= 0 && comment < from) comment = xml.indexOf('<!--', from);
  }
  parts.push(xml.slice(from));
  return parts;
}

/**
 * The document without its DOCTYPE. Feeds need none, and an internal subset can define an entity
 * of 20,000 characters used 20,000 times: a parser bomb that takes the tab down. Only a DOCTYPE
 * before the first element counts (a story's `<!DOCTYPE html>` in CDATA is the story's).
 */
function stripDoctype(xml: string): string {
  const at = xml.search(/<!doctype\b/i);
  if (at < 0 || /<[a-z_]/i.test(xml.slice(0, at))) return xml;
  let quote = '';
  let depth = 0;
  for (let i = at + 9; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '<' && xml.startsWith('<!--', i)) {
      i = xml.indexOf('-->', i + 4);
      if (i < 0) break;
    } else if (ch === '[') {
      depth++;
    } else if (ch === ']') {
      depth--;
    } else if (ch === '>' && depth <= 0) {
      return xml.slice(0, at) + xml.slice(i + 1);
    }
  }
  return xml.slice(0, at);
}

/**
 * `sections` with the comments emptied, the short CDATA sections made text, the processing
 * instructions (the XML declaration among them) dropped, and the text cut where a comment opens that
 * never closes (it would hide the rest anyway; a CDATA section never closed fails the parse either
 * way). A feed carries nothing in comments or instructions, and the browsers' parsers read all three
 * in quadratic time: WebKit a comment with `--` in it (50,000 unclosed `<!--` held the page 8 s),
 * 50,000 instructions (4 s) and 40,000 short CDATA sections with text between (13 s); Chromium
 * 50,000 instructions after the root element (7 s).
 */
function bare(xml: string): string[] {
  const parts = sections(xml);
  parts.push(parts.pop()!.split('<!--')[0]);
  return parts.map((part, i) => {
    // Long CDATA sections stay, for parseLifted to lift.
    if (i % 2) return part[2] === '-' ? '' : part.length < 268 ? part.slice(9, -3).replace(/[&<>]/g, (ch) => ESCAPES[ch]) : part;
    // Each instruction ends at the first `?>` after its `<?`; one never closed is left to the parser.
    const ends = part.split('?>');
    const rest = ends.pop();
    return ends.map((text) => {
      const pi = text.indexOf('<?');
      return pi < 0 ? `${text}?>` : text.slice(0, pi);
    }).join('') + rest;
  });
}

/** Repairs the faults real feeds have most often, in what `bare` leaves, CDATA sections aside. */
function repair(xml: string): string {
  const cleaned = bare(xml.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''))
    .map((part, i) => (i % 2 ? part : repairEntities(part)))
    .join('');
  return declarePrefixes(cleaned);
}

const LIFTED = /^\uE000(\d+)\uE001$/;

/**
 * Parses what `bare` leaves of `xml`, lifting the long CDATA sections (the story HTML, mostly) out
 * first and putting them back after: the browser's parser then builds a document a fraction of the
 * size, which halves the parse of a WordPress feed.
 */
function parseLifted(xml: string): Document {
  const lifted: string[] = [];
  const small = bare(xml)
    .map((part, i) => (i % 2 && part[0] === '<' ? `<![CDATA[\uE000${lifted.push(part.slice(9, -3)) - 1}\uE001]]>` : part))
    .join('');
  // Chromium's parser works per element for each namespace declared in scope: 1,000 declarations and
  // 10,000 elements held it 4 s. Feeds come nowhere near (20 declarations, a few thousand elements);
  // XHTML's, declared on each story of an Atom feed, are never in scope together.
  if (small.split(/<\w/).length * small.split(/\sxmlns(?!="http:\/\/www\.w3\.org\/1999\/xhtml")/).length > 2e6) {
    throw new FeedError('malformed', 'Too many XML namespaces.');
  }
  const doc = parseDocument(small, 'application/xml');
  if (lifted.length && !failed(doc)) {
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_CDATA_SECTION);
    for (let node = walker.nextNode() as CharacterData | null; node; node = walker.nextNode() as CharacterData | null) {
      const index = LIFTED.exec(node.data)?.[1];
      if (index && +index < lifted.length) node.data = lifted[+index];
    }
  }
  return doc;
}

/** Where the parser gave up, as an offset into `xml`; the end when its message names no line. */
function errorOffset(doc: Document, xml: string): number {
  const message = doc.getElementsByTagName('parsererror')[0]?.textContent ?? doc.documentElement?.textContent ?? '';
  // Chromium and WebKit: "error on line 4 at column 17"; Firefox: "Line Number 4, Column 17".
  const at = /line(?: number)?\s*(\d+)\D{1,12}?(\d+)/i.exec(message);
  if (!at) return xml.length;
  let offset = 0;
  for (let line = 1; line < +at[1] && offset >= 0; line++) offset = xml.indexOf('\n', offset) + 1 || -1;
  return offset < 0 ? xml.length : offset + +at[2];
}

const STORY_START = /<(?:[\w.-]+:)?(?:item|entry)[\s>]/;
/** The end tag of a story, RSS or Atom, with any prefix. Shared with the cut in parse.ts. */
export const STORY_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;
const TAG = /<(\/?)([\w.:-]+)[^<>]*?(\/?)>/g;

/**
 * `xml` cut at `end` (just after a story's end tag), with the tags still open before the first
 * story (`</channel></rss>`, `</feed>`) closed again; null when no story starts before `end`.
 */
export function closeAfter(xml: string, end: number): string | null {
  const first = xml.search(STORY_START);
  if (end < 0 || first < 0 || first > end) return null;
  const open: string[] = [];
  sections(xml.slice(0, first)).forEach((part, i) => {
    if (i % 2) return;
    for (const [, closing, name, empty] of part.matchAll(TAG)) {
      if (empty) continue;
      if (!closing) open.push(name);
      else if (open[open.length - 1] === name) open.pop();
    }
  });
  return xml.slice(0, end) + open.reverse().map((name) => `</${name}>`).join('');
}

/**
 * The offset just after the `count`-th story's end tag (or the last one before `before`), or -1.
 * A stream's first stories, or a damaged feed's complete ones, end there.
 */
export function storyEnd(xml: string, count: number, before = xml.length): number {
  STORY_END.lastIndex = 0;
  let end = -1;
  for (let n = 0; n < count && STORY_END.exec(xml) && STORY_END.lastIndex <= before; n++) end = STORY_END.lastIndex;
  return end;
}

/**
 * A damaged feed (cut off inside its closing tags, a stray end tag, an element never closed) cut
 * after the last story that ended before the damage, closed again: every complete story is kept,
 * as lenient parsers keep them. Null when no story ended before the damage.
 */
const salvage = (xml: string, failedDoc: Document) => closeAfter(xml, storyEnd(xml, Infinity, errorOffset(failedDoc, xml)));

/**
 * Parses XML with the browser's own parser. When that rejects the document, it repairs HTML
 * entities, bare ampersands, forbidden control characters and undeclared prefixes, and tries once
 * more; then it keeps the complete stories before any damage. What still fails is a `malformed`
 * FeedError.
 */
export function parseXml(source: string): Document {
  const xml = stripDoctype(source);
  let doc = parseLifted(xml);
  if (!failed(doc)) return doc;
  const repaired = repair(xml);
  doc = parseLifted(repaired);
  if (!failed(doc)) return doc;
  // Unlifted, so that the parser's line and column point into `repaired`.
  const salvaged = salvage(repaired, parseDocument(repaired, 'application/xml'));
  if (salvaged) {
    doc = parseLifted(salvaged);
    if (!failed(doc)) return doc;
  }
  throw new FeedError('malformed', 'The feed is not well-formed XML, even after repair.');
}

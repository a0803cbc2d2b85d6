import type {Feed} from './types.js';
import {FeedError} from './error.js';
import {isAtom} from './xml.js';
import {STORY_END, parseXml} from './xml-parse.js';
import {parseRss} from './rss.js';
import {parseAtom} from './atom.js';
import {parseJsonFeed} from './json-feed.js';
import {parseWordPress} from './wordpress.js';
import {isObject, str} from './json.js';
import {finishFeed} from './item.js';

/** Options for `parseFeed`. */
export interface ParseOptions {
  /** The most stories to return. */
  limit?: number;
}

/**
 * Whether `body` is a web page: after any comments, an HTML doctype or `<html>`, `<head>`, `<body>`.
 * The comments are skipped with indexOf: as one regular expression (comments, repeated) 27 empty
 * comments before `<rss>` took over 20 seconds.
 */
function isHtmlPage(body: string): boolean {
  let at = 0;
  while (body.startsWith('<!--', at)) {
    const end = body.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
    while (/\s/.test(body[at] ?? '')) at++;
  }
  return /^<(?:!doctype\s+html|html|head|body)\b/i.test(body.slice(at, at + 20));
}

function parseJson(body: string, feedUrl: string | null, limit: number): Feed {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new FeedError('malformed', 'The feed is not valid JSON.');
  }
  if (Array.isArray(data)) return parseWordPress(data, feedUrl, limit);
  if (isObject(data)) {
    if (str(data, 'version').includes('jsonfeed.org') || Array.isArray(data.items)) return parseJsonFeed(data, feedUrl, limit);
    // A WordPress REST error: {"code": "rest_no_route", "message": "…"}.
    if (str(data, 'code') && str(data, 'message')) {
      throw new FeedError('not-a-feed', `The server answered: ${str(data, 'message')}`);
    }
  }
  throw new FeedError('not-a-feed', 'This JSON is not a JSON Feed or WordPress posts.');
}


/**
 * The feed cut after its `limit`-th story, followed by whatever comes after its last story (the
 * closing tags), so the browser parses five stories rather than five thousand. Null when the feed
 * holds no more than `limit` stories. A cut inside CDATA or a comment is not well formed, and the
 * caller then parses the whole body.
 */
function prefix(body: string, limit: number): string | null {
  STORY_END.lastIndex = 0;
  let cut = 0;
  for (let n = 0; n < limit; n++) {
    if (!STORY_END.exec(body)) return null;
    cut = STORY_END.lastIndex;
  }
  // The last story ends near the end: search only the tail rather than the whole body again.
  STORY_END.lastIndex = Math.max(cut, body.length - 65_536);
  let last = cut;
  while (STORY_END.exec(body)) last = STORY_END.lastIndex;
  return last > cut ? body.slice(0, cut) + body.slice(last) : null;
}

function parseXmlFeed(body: string, feedUrl: string | null, limit: number): Feed {
  if (isHtmlPage(body)) throw new FeedError('not-a-feed', 'The address returned a web page, not a feed.');
  let doc: Document | undefined;
  const cut = limit < Infinity ? prefix(body, limit) : null;
  try {
    if (cut) doc = parseXml(cut);
  } catch {
    // Cut in a bad place: parse it all.
  }
  doc ??= parseXml(body);
  switch (doc.documentElement.localName) {
    case 'rss':
      return parseRss(doc, feedUrl, limit);
    case 'RDF':
      return parseRss(doc, feedUrl, limit, true);
    case 'feed':
      // A <feed> in another vocabulary is no Atom: an error, never an empty success.
      if (isAtom(doc.documentElement.namespaceURI)) return parseAtom(doc, feedUrl, limit);
      break;
  }
  throw new FeedError('not-a-feed', `<${doc.documentElement.nodeName}> is not RSS or Atom.`);
}

/**
 * Parses an RSS 2.0, RSS 1.0, Atom 1.0, JSON Feed or WordPress REST body into one normalized
 * model. The format is detected from the content. Relative URLs resolve against `feedUrl`.
 * Throws a `FeedError` only when nothing usable can be extracted; a feed with no stories is not an
 * error. `limit` stops after that many stories: a widget showing 5 has no reason to clean up 5,000.
 */
export function parseFeed(body: string, feedUrl?: string, {limit = Infinity}: ParseOptions = {}): Feed {
  const text = body.replace(/^[\uFEFF\s]+/, '');
  const base = feedUrl ?? null;
  if (!text) throw new FeedError('empty', 'The feed is empty.');
  if (text[0] === '{' || text[0] === '[') return finishFeed(parseJson(text, base, limit));
  if (text[0] === '<') return finishFeed(parseXmlFeed(text, base, limit));
  throw new FeedError('not-a-feed', 'The response is not a feed.');
}

import type {Feed} from './types.js';
import {FeedError} from './error.js';
import {parseXml} from './xml.js';
import {parseRss} from './rss.js';
import {parseAtom} from './atom.js';
import {parseJsonFeed} from './json-feed.js';
import {parseWordPress} from './wordpress.js';
import {isObject, str} from './json.js';

/** Options for `parseFeed`. */
export interface ParseOptions {
  /** The most stories to return. */
  limit?: number;
}

const HTML_PAGE = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

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

function parseXmlFeed(body: string, feedUrl: string | null, limit: number): Feed {
  if (HTML_PAGE.test(body)) throw new FeedError('not-a-feed', 'The address returned a web page, not a feed.');
  const doc = parseXml(body);
  switch (doc.documentElement.localName) {
    case 'rss':
      return parseRss(doc, feedUrl, limit);
    case 'RDF':
      return parseRss(doc, feedUrl, limit, true);
    case 'feed':
      return parseAtom(doc, feedUrl, limit);
    default:
      throw new FeedError('not-a-feed', `<${doc.documentElement.nodeName}> is not RSS or Atom.`);
  }
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
  if (text[0] === '{' || text[0] === '[') return parseJson(text, base, limit);
  if (text[0] === '<') return parseXmlFeed(text, base, limit);
  throw new FeedError('not-a-feed', 'The response is not a feed.');
}

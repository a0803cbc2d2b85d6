/** The feed formats `parseFeed` recognises. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json-feed' | 'wordpress';

/** A story's picture. `url` is always an absolute http(s) URL. */
export interface FeedImage {
  url: string;
  /** Alternative text from the feed; empty when the feed gives none. */
  alt: string;
  width?: number;
  height?: number;
  /** A `srcset` of other sizes of the same picture, when the feed lists them. */
  srcset?: string;
}

/** A story's sound or video (a sermon, a podcast episode). `url` is always an absolute http(s) URL. */
export interface FeedMedia {
  url: string;
  /** `audio/…` or `video/…`. */
  type: string;
  /** In bytes. */
  size?: number;
  /** In seconds. */
  duration?: number;
}

/** One story, the same shape whatever format it came from. */
export interface FeedItem {
  /** Stable identity: guid, id or link. */
  id: string;
  /** Plain text. */
  title: string;
  /** Absolute http(s) URL of the story, or null. */
  link: string | null;
  /** ISO 8601 in UTC, or null when the feed has no valid date. */
  date: string | null;
  /** Plain text, or null. */
  author: string | null;
  /** Plain-text category names. */
  categories: string[];
  /** Plain-text summary, boilerplate removed. */
  summary: string;
  /** The full story as published (untrusted HTML), or null. Sanitize before display. */
  content: string | null;
  /** The URL that relative links in `content` resolve against, or null. */
  base: string | null;
  image: FeedImage | null;
  /** With several sources: the name of the one this story came from. */
  source?: string;
  /** Its sound or video, when it has one. */
  media?: FeedMedia;
}

/** A parsed feed. */
export interface Feed {
  /** Plain text; empty when the feed has no title. */
  title: string;
  /** Absolute http(s) URL of the publisher's site, or null. */
  link: string | null;
  format: FeedFormat;
  items: FeedItem[];
  /** With several sources: each one's name and site, most wanted first (and no title or link of its own). */
  sources?: {title: string; link: string | null}[];
}

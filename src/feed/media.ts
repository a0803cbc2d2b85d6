import type {FeedMedia} from './types.js';
import {httpUrl} from './url.js';
import {atom, children, text} from './xml.js';

// A story's sound or video: a sermon's recording, a podcast episode. Only its address and what the
// player needs are kept; the widget's own code makes the <audio> or <video> for it, never the feed.

const AV_TYPE = /^(?:audio|video)\/\S+$/;
/** A sound file's extension (the first group) or a video file's. */
const AV_FILE = /\.(?:(mp3|m4a|aac|oga|ogg|opus|wav|flac)|mp4|m4v|webm|mov|ogv)(?:[?#]|$)/i;

const positive = (value: unknown, max: number) => {
  const n = Number(value);
  return n > 0 && n < max ? Math.round(n) : undefined;
};

/**
 * A duration in seconds from the three forms `itunes:duration` takes ("3600", "60:00", "1:00:00",
 * with or without fractions of a second), or undefined.
 */
export function seconds(value: unknown): number | undefined {
  const match = /^\s*(?:(?:(\d{1,3}):)?(\d{1,4}):)?(\d{1,7})(?:\.\d+)?\s*$/.exec(String(value ?? ''));
  return match ? positive(((+(match[1] ?? 0) * 60) + +(match[2] ?? 0)) * 60 + +match[3], 1e6) : undefined;
}

/**
 * A FeedMedia, or null when the address is not http(s) or it is neither sound nor video: by its
 * type, else by its Media RSS `medium`, else (no type, or a generic one) by the file's extension.
 */
export function makeMedia(url: unknown, type: unknown, base: string | null, size?: unknown, duration?: unknown, medium?: string | null): FeedMedia | null {
  const href = httpUrl(url, base);
  const named = typeof type === 'string' ? type.trim().toLowerCase() : '';
  const file = AV_FILE.exec(href ?? '');
  const kind = AV_TYPE.test(named) ? named : named && named !== 'application/octet-stream' ? ''
    : medium ? `${medium}/*` : file ? (file[1] ? 'audio/*' : 'video/*') : '';
  if (!href || !kind) return null;
  const media: FeedMedia = {url: href, type: kind};
  const bytes = positive(size, 1e11);
  const time = typeof duration === 'number' ? positive(duration, 1e6) : seconds(duration);
  if (bytes) media.size = bytes;
  if (time) media.duration = time;
  return media;
}

/**
 * The first sound or video of an RSS item or Atom entry: an enclosure (RSS's, or Atom's link), or a
 * media:content that is audio or video (also in a media:group), with its length in
 * `itunes:duration` or the media's `duration`.
 */
export function itemMedia(item: Element, base: string | null): FeedMedia | null {
  const duration = text(item, 'itunes:duration');
  const enclosures = [...children(item, 'enclosure'), ...atom(item, 'link').filter((l) => l.getAttribute('rel') === 'enclosure')];
  const contents = [item, ...children(item, 'media:group')].flatMap((scope) => children(scope, 'media:content'));
  for (const e of [...enclosures, ...contents]) {
    const medium = e.getAttribute('medium');
    const media = (!medium || medium === 'audio' || medium === 'video') && makeMedia(e.getAttribute('url') ?? e.getAttribute('href'), e.getAttribute('type'), base,
      e.getAttribute('length') ?? e.getAttribute('fileSize'), e.getAttribute('duration') || duration, medium);
    if (media) return media;
  }
  return null;
}

import type {Feed} from './feed/index.js';
import {reviveFeed} from './feed/revive.js';

// The persistent cache: the stories a widget showed, kept in localStorage so the next page view
// shows them at once and, while they are fresh, without a request. It stores the normalized
// stories rather than the response (a few KB, not the whole feed). Storage that is full, disabled
// or holds something unexpected is never an error: the widget just fetches.

/** Bump when the stored shape changes. Only keys under this prefix are ever read, written or evicted. */
const PREFIX = 'news-widget:1:';
/** Characters (localStorage counts UTF-16 units): one entry, and all of ours together. */
const MAX_ENTRY = 250_000;
const MAX_TOTAL = 1_000_000;

export interface Cached {
  /** When the stories were fetched (milliseconds since the epoch). */
  time: number;
  /** How many stories were asked for; a widget that wants more must fetch. */
  limit: number;
  feed: Feed;
}

/**
 * The entry stored for `key`, or null when there is none or it is not one we wrote: every field is
 * checked (src/feed/revive.ts). An entry dated in the future, which only tampering or a clock set
 * back can make, counts as fetched long ago: it shows, and is fetched again.
 */
export function readCache(key: string): Cached | null {
  try {
    const cached: unknown = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null');
    const {time, limit} = (cached ?? {}) as Partial<Cached>;
    const feed = reviveFeed((cached as Partial<Cached> | null)?.feed);
    if (!feed || typeof time !== 'number' || !Number.isFinite(time) || typeof limit !== 'number') return null;
    return {time: time > Date.now() ? 0 : time, limit, feed};
  } catch {
    return null;
  }
}

/** Stores `cached` under `key`, evicting our oldest entries beyond the size cap. Never throws. */
export function writeCache(key: string, cached: Cached): void {
  try {
    // A 10 MB story would cost a long task to stringify only to be refused: count its texts first.
    const texts = cached.feed.items.reduce((n, item) => n + (item.content?.length ?? 0) + item.summary.length, 0);
    if (texts > MAX_ENTRY) return;
    const value = JSON.stringify(cached);
    if (value.length > MAX_ENTRY) return;
    const others: {key: string; time: number; size: number}[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const other = localStorage.key(i)!;
      // Only keys under our own versioned prefix: a host's `news-widget:settings` is not ours.
      if (!other?.startsWith(PREFIX) || other === PREFIX + key) continue;
      const stored = localStorage.getItem(other) ?? '';
      // A time that does not parse sorts as oldest.
      const time = Number(/^\{"time":(\d{1,15})/.exec(stored)?.[1] ?? 0);
      others.push({key: other, time, size: stored.length});
    }
    others.sort((a, b) => b.time - a.time);
    let total = value.length;
    for (const other of others) {
      total += other.size;
      if (total > MAX_TOTAL) localStorage.removeItem(other.key);
    }
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Full, disabled (private mode, sandboxed iframe) or blocked by the page: not caching is fine.
  }
}

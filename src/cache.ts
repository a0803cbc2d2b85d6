import type {Feed, FeedItem} from './feed/index.js';

// The persistent cache: the stories a widget showed, kept in localStorage so the next page view
// shows them at once and, while they are fresh, without a request. It stores the normalized
// stories rather than the response (a few KB, not the whole feed). Storage that is full, disabled
// or holds something unexpected is never an error: the widget just fetches.

/** Bump when the stored shape changes; entries of other versions are evicted. */
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

const isHttp = (value: unknown) => value === null || (typeof value === 'string' && /^https?:\/\//i.test(value));

function validItem(item: FeedItem): boolean {
  return typeof item?.id === 'string' && typeof item.title === 'string' && isHttp(item.link) &&
    Array.isArray(item.categories) && typeof item.summary === 'string' &&
    (item.image === null || isHttp(item.image?.url));
}

/** The entry stored for `key`, or null when there is none or it is not one we wrote. */
export function readCache(key: string): Cached | null {
  try {
    const cached = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null') as Cached | null;
    return typeof cached?.time === 'number' && typeof cached.limit === 'number' && typeof cached.feed?.title === 'string' &&
      Array.isArray(cached.feed.items) && cached.feed.items.every(validItem) ? cached : null;
  } catch {
    return null;
  }
}

/** Stores `cached` under `key`, evicting our oldest entries beyond the size cap. Never throws. */
export function writeCache(key: string, cached: Cached): void {
  try {
    const value = JSON.stringify(cached);
    if (value.length > MAX_ENTRY) return;
    const others: {key: string; time: number; size: number}[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const other = localStorage.key(i)!;
      if (!other.startsWith('news-widget:') || other === PREFIX + key) continue;
      const stored = localStorage.getItem(other) ?? '';
      // Older versions go first; a time that does not parse sorts as oldest.
      const time = other.startsWith(PREFIX) ? Number(/"time":(\d+)/.exec(stored)?.[1] ?? 0) : -1;
      others.push({key: other, time, size: stored.length});
    }
    others.sort((a, b) => b.time - a.time);
    let total = value.length;
    for (const other of others) {
      total += other.size;
      if (total > MAX_TOTAL || other.time < 0) localStorage.removeItem(other.key);
    }
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Full, disabled (private mode, sandboxed iframe) or blocked by the page: not caching is fine.
  }
}

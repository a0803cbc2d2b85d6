import {loadSource, type LoadOptions, type Source} from './load.js';

// One request per source per page: every widget that asks for the same address through the same
// proxy, with the same server-side categories, shares it.

/** What identifies a request: the address, the proxy it goes through, the categories a server filters. */
export const requestKey = (address: string, proxy?: string, categories?: string[]): string =>
  [address, proxy, categories?.join()].filter(Boolean).join(' ');

interface Shared {
  source: Promise<Source>;
  abort: AbortController;
  /** Widgets still waiting for the request. */
  waiting: number;
  time?: number;
}

const shared = new Map<string, Shared>();

/**
 * `loadSource`, shared by every widget on the page that asks for the same address through the same
 * proxy: one request in flight, one parsed result, reused while younger than `maxAge` ms. The request
 * is aborted only when every widget waiting for it has given up.
 */
export function sharedSource(address: string, options: LoadOptions, maxAge: number): Promise<Source> {
  const key = requestKey(address, options.proxy, options.categories);
  let entry = shared.get(key);
  if (!entry || (entry.time !== undefined && Date.now() - entry.time >= maxAge)) {
    const abort = new AbortController();
    const fresh: Shared = {abort, waiting: 0, source: loadSource(address, {...options, signal: abort.signal})};
    fresh.source.then((s) => (fresh.time = s.time), () => shared.get(key) === fresh && shared.delete(key));
    shared.set(key, (entry = fresh));
  }
  const mine = entry;
  mine.waiting++;
  options.signal.addEventListener('abort', () => {
    if (--mine.waiting || mine.time !== undefined) return;
    mine.abort.abort();
    if (shared.get(key) === mine) shared.delete(key);
  }, {once: true});
  // Downloaded only as far as the widgets that asked first needed: a widget that needs more asks again.
  return mine.source.then((source) => {
    if (!source.cut || (!options.keep && source.feed(options.limit).items.length >= options.limit)) return source;
    if (shared.get(key) === mine) shared.delete(key);
    return sharedSource(address, options, maxAge);
  });
}

import type {ReactiveController} from 'lit';
import {FeedError, type Feed} from './feed/index.js';
import {loadSource, sharedSource, type Fetcher, type Source} from './load.js';
import {readCache, writeCache} from './cache.js';
import type {NewsWidget} from './news-widget.js';
import {baseUri, listen, pageHidden, unlisten} from './page.js';
import {httpUrl} from './feed/url.js';

// Where a widget's stories come from: the persistent cache, the request it shares with the other
// widgets on the page, the response kept in memory for "More stories" and category changes, and
// the background refresh. The element renders whatever `view` says.

type View =
  | {status: 'loading'}
  /** `time`: when the stories were fetched. `failed`: the latest attempt to update them failed. */
  | {status: 'ready'; feed: Feed; time: number; failed?: boolean}
  | {status: 'error'; error: FeedError};

/** Sources whose stories are already in the persistent cache. */
const cachedSources = new WeakSet<Source>();

/** What decides whether a refresh changed anything a reader sees. */
const signature = (feed: Feed) => JSON.stringify(feed.items.map((i) => [i.id, i.title, i.date, i.summary, i.content?.length]));

/** "World News" and "world-news" name the same category. */
const slug = (name: string) => name.trim().toLowerCase().replace(/[\s_]+/g, '-');

/** The fragment that names a story on the detail page: `#news-widget=<id>`. */
export const STORY = 'news-widget=';

export class StoriesController implements ReactiveController {
  view: View = {status: 'loading'};
  /** How many stories are shown: `limit`, plus `limit` for each "More stories". */
  shown = 5;
  /** The story the address names, on the detail page. */
  story = '';
  /** What the live region says: the number of stories loaded, or that loading failed (-1). */
  said = 0;

  #source?: Source;
  #abort?: AbortController;
  /** Whether the widget has come near the viewport (always, for `loading="eager"`). */
  #near = false;
  #observer?: IntersectionObserver;
  #timer?: ReturnType<typeof setInterval>;
  /** The proxy template of the last load: "More stories" goes through it too. */
  #proxy?: string;

  constructor(private readonly host: NewsWidget, private readonly fetch: Fetcher) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#schedule();
    this.#onHash();
    listen(window, 'hashchange', this.#onHash);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#unschedule();
    unlisten(window, 'hashchange', this.#onHash);
  }

  /** `loading` or `refresh` changed on a widget already in the page: apply them now, not at the next connect. */
  reschedule(): void {
    if (!this.host.isConnected) return;
    this.#unschedule();
    this.#schedule();
  }

  /** The viewport gate (for `loading="lazy"`) and the refresh timer, as the attributes now say. */
  #schedule(): void {
    const {host} = this;
    if (host.loading === 'eager' || !window.IntersectionObserver) this.#near = true;
    if (!this.#near) {
      // About one screen ahead, so the stories are there by the time the reader is.
      this.#observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#near = true;
        void this.load();
      }, {rootMargin: '100% 0px'});
      this.#observer.observe(host);
    } else if (host.hasUpdated && this.view.status === 'loading' && !this.#abort) {
      // Reconnected after a disconnect cut the load short, or made eager before it came near: start now.
      void this.load();
    }
    if (host.refresh > 0) {
      this.#timer = setInterval(this.#refresh, host.refresh * 60_000);
      listen(document, 'visibilitychange', this.#refreshIfMissed);
    }
  }

  #unschedule(): void {
    this.#observer?.disconnect();
    clearInterval(this.#timer);
    unlisten(document, 'visibilitychange', this.#refreshIfMissed);
  }

  /** The address, proxy or categories changed: fetch again (once the widget is near the viewport). */
  restart(): void {
    this.#source = undefined;
    if (this.#near) void this.load();
  }

  /** Whether the source is a WordPress REST API, which filters categories on the server. */
  get filtersOnServer(): boolean {
    return this.#source?.feed(1).format === 'wordpress';
  }

  /** Shows more, or differently filtered, stories from the response already in memory. */
  reshow(): void {
    const {view} = this;
    if (view.status !== 'ready') return;
    if (this.#source) this.#set({...view, feed: this.#feed(this.#source)});
    // Stories from the cache, and more wanted than it holds: fetch them.
    else if (view.feed.items.length < this.shown) void this.load(true);
  }

  /** Whether "More stories" has more to show. */
  get hasMore(): boolean {
    const {view} = this;
    const source = this.#source;
    if (view.status !== 'ready') return false;
    // Stories from the cache, with nothing fetched yet: there may be more.
    return !source || view.feed.items.length > this.shown || !!source?.next || (!!source && source.feed(this.shown + 1).items.length > this.shown);
  }

  get #limit(): number {
    return Math.min(50, Math.max(1, Math.round(this.host.limit) || 5));
  }

  get #categories(): string[] {
    const {categories} = this.host;
    return typeof categories === 'string' ? categories.split(',').map(slug).filter(Boolean) : [];
  }

  #set(view: View): void {
    this.view = view;
    this.host.requestUpdate();
  }

  #onHash = (): void => {
    const hash = decodeURIComponent(location.hash);
    const story = hash.startsWith(`#${STORY}`) ? hash.slice(STORY.length + 1) : '';
    if (story === this.story) return;
    this.story = story;
    // The story may be further down the feed than the list shows.
    this.reshow();
    this.host.requestUpdate();
  };

  /** The stories to show from `source`: filtered by category, and as many as are shown. */
  #feed(source: Source): Feed {
    const categories = this.#categories;
    const filter = categories.length > 0 && !source.filtered;
    // Filtering, or looking for the story in the address, needs the whole feed; otherwise only what is shown.
    const feed = source.feed(filter || this.story ? Infinity : this.shown);
    if (filter) feed.items = feed.items.filter((item) => item.categories.some((c) => categories.includes(slug(c))));
    return feed;
  }

  /** Refresh is on: update the stories in the background while the page is visible. */
  #refresh = (): void => {
    if (!pageHidden() && this.#near && !this.#abort && this.view.status === 'ready') void this.load(true);
  };

  /** Back from a hidden tab: update only if a refresh was missed meanwhile. */
  #refreshIfMissed = (): void => {
    const {view} = this;
    if (view.status === 'ready' && Date.now() - view.time >= this.host.refresh * 60_000) this.#refresh();
  };

  /** Shows the stories: from the cache at once when it has them, then from the network unless they are fresh. */
  async load(background = false): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const {host} = this;
    // A script may set `feed` to anything; only a non-empty string is an address.
    const address = typeof host.feed === 'string' ? host.feed.trim() : '';
    const proxy = typeof host.proxy === 'string' && host.proxy.includes('{url}') && httpUrl(host.proxy, baseUri()) ? host.proxy : undefined;
    const categories = this.#categories;
    this.#proxy = proxy;
    const ttl = host.cache * 1000;
    // The feed's address, plus whatever else changes what it returns.
    const key = [address, proxy, categories.join()].filter(Boolean).join(' ');
    if (!background) {
      const cached = ttl && address ? readCache(key) : null;
      this.#set(cached ? {status: 'ready', feed: cached.feed, time: cached.time} : {status: 'loading'});
      // The live region speaks on the first load only; background updates stay quiet.
      this.said = cached ? Math.min(cached.feed.items.length, this.shown) : 0;
      if (cached && cached.limit >= this.shown && Date.now() - cached.time < ttl && !this.story) {
        this.#abort = undefined;
        return;
      }
    }
    try {
      if (!address) throw new FeedError('not-a-feed', 'The feed attribute is missing: set it to the address of a feed.');
      const source = await sharedSource(address, {
        limit: this.#limit,
        signal: abort.signal,
        fetch: this.fetch,
        timeout: host.timeout * 1000,
        proxy,
        categories,
      }, background ? 0 : ttl);
      if (abort.signal.aborted) return;
      const feed = this.#feed(source);
      this.#source = source;
      if (ttl && !cachedSources.has(source)) {
        cachedSources.add(source);
        writeCache(key, {time: source.time, limit: this.shown, feed: {...feed, items: feed.items.slice(0, this.shown)}});
      }
      if (!background && !this.said) this.said = Math.min(feed.items.length, this.shown);
      const {view} = this;
      if (view.status === 'ready' && signature(view.feed) === signature(feed)) {
        this.#set({...view, time: source.time, failed: false});
      } else {
        await this.#keepReaderInPlace(feed, source.time);
      }
    } catch (error) {
      // A newer load or a disconnect replaced this one; its outcome no longer matters.
      if (abort.signal.aborted) return;
      const failure = error instanceof FeedError ? error : new FeedError('malformed', String(error));
      console.warn(`[news-widget] ${failure.message}`);
      // Stories already on screen stay there, marked with their age.
      if (this.view.status === 'ready') {
        this.#set({...this.view, failed: true});
      } else {
        this.said = -1;
        this.#set({status: 'error', error: failure});
      }
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /**
   * Shows new stories without moving what the reader is looking at: the first story in view keeps
   * its place on screen. While focus is inside the widget, new stories wait until it leaves, so a
   * focused button never turns into another story's.
   */
  async #keepReaderInPlace(feed: Feed, time: number): Promise<void> {
    const {view, host} = this;
    if (view.status === 'ready' && host.matches(':focus-within')) {
      host.addEventListener('focusout', () => void this.#keepReaderInPlace(feed, time), {once: true});
      return;
    }
    const shown = view.status === 'ready' ? view.feed.items : [];
    const cards = [...host.renderRoot.querySelectorAll('article')];
    const anchor = host.getBoundingClientRect().top < 0 ? cards.findIndex((card) => card.getBoundingClientRect().bottom > 0) : -1;
    const top = cards[anchor]?.getBoundingClientRect().top;
    this.#set({status: 'ready', feed, time});
    if (top === undefined) return;
    await host.updateComplete;
    const moved = feed.items.findIndex((item) => item.id === shown[anchor].id);
    const card = host.renderRoot.querySelectorAll('article')[moved];
    if (card) window.scrollBy(0, card.getBoundingClientRect().top - top);
  }

  /**
   * "More stories": the next `limit` stories, from the next WordPress page if need be. Every story
   * the current page holds is shown before the next page is asked for, so none is skipped.
   */
  async more(): Promise<void> {
    if (!this.#source) await this.load(true);
    let source = this.#source;
    if (this.view.status !== 'ready' || !source) return;
    const wanted = this.shown + this.#limit;
    if (source.feed(wanted).items.length < wanted && source.next) {
      const have = source.feed(Infinity).items;
      const page = await loadSource(source.next, {
        limit: 100, signal: new AbortController().signal, fetch: this.fetch, timeout: this.host.timeout * 1000, proxy: this.#proxy,
      }).catch((error: unknown) => void console.warn(`[news-widget] More stories: ${error instanceof Error ? error.message : error}`));
      if (!page) return;
      const known = new Set(have.map((item) => item.id));
      const all = [...have, ...page.feed(100).items.filter((item) => !known.has(item.id))];
      // Later pages join the source, so "More stories" can go on.
      const before = source;
      this.#source = source = {...before, next: page.next, feed: (n) => ({...before.feed(n), items: all.slice(0, n)})};
    }
    await source.complete?.(wanted);
    this.shown = wanted;
    this.reshow();
  }
}

import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError, type Feed, type FeedItem} from './feed/index.js';
import {loadMore, type Fetcher, type Source} from './load.js';
import {sleep} from './request.js';
import {requestKey, sharedSource} from './shared.js';
import {readCache, writeCache} from './cache.js';
import {RefreshTimer, StoryRoute, ViewportGate} from './triggers.js';
import {dated, feedOf, select} from './select.js';
import type {StoriesInput} from './attributes.js';

// Where a widget's stories come from: the persistent cache, the requests it shares with the other
// widgets on the page (one per source), the responses kept in memory for "More stories" and filter
// changes, and the background refresh. Like Lit's Task, it reads its inputs through a function and
// decides at each update of its host whether they call for new requests or only a new view.

export type View =
  | {status: 'loading'}
  /**
   * `time`: when the stories were fetched. `failed`: the latest attempt to update them failed.
   * `missing`: how many of `total` sources could not be loaded.
   */
  | {status: 'ready'; feed: Feed; time: number; failed?: boolean; missing?: number; total?: number}
  | {status: 'error'; error: FeedError};

/** Sources whose stories are already in the persistent cache. */
const cachedSources = new WeakSet<Source>();

/** What decides whether a refresh changed anything a reader sees. */
const signature = (feed: Feed) => JSON.stringify(feed.items.map((i) => [i.id, i.title, i.date, i.summary, i.content?.length, i.image?.url]));

const warn = (error: unknown) => console.warn(`[news-widget] ${error instanceof Error ? error.message : error}`);

/** What the element gives the controller. */
export interface StoriesOptions {
  /** The inputs, read at every update. */
  input: () => StoriesInput;
  /** How requests reach the network. */
  fetch: Fetcher;
  /** New requests replace the stories: the element closes what was open. */
  restarted: () => void;
  /** A load brought different stories: the element calls `show` when it can keep the reader in place. */
  replace: (show: () => void) => void;
}

export class StoriesController implements ReactiveController {
  view: View = {status: 'loading'};
  /** How many stories are shown: `limit`, plus `limit` for each "More stories". */
  shown = 5;
  /** What the live region says: the number of stories loaded, or that loading failed (-1). */
  said = 0;

  readonly input: () => StoriesInput;
  readonly #gate: ViewportGate;
  readonly #route: StoryRoute;
  #sources?: Source[];
  #abort?: AbortController;
  /** The request key and the view key the current stories were made for. */
  #request?: string;
  #filters = '';
  /** Whether new stories wait for the element to show them. */
  #waiting = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: StoriesOptions) {
    const {input} = options;
    this.input = input;
    this.#gate = new ViewportGate(host, () => input().eager, () => this.#request !== undefined && void this.load());
    this.#route = new StoryRoute(host, () => {
      this.reshow();
      host.requestUpdate();
    });
    new RefreshTimer(host, () => input().refresh, () => {
      if (this.#gate.near && !this.#abort && this.view.status === 'ready') void this.load('refresh');
    }, () => (this.view.status === 'ready' ? Date.now() - this.view.time : 0));
    host.addController(this);
  }

  /** The story the address names, on the detail page. */
  get story(): string {
    return this.#route.story;
  }

  hostConnected(): void {
    // Reconnected after a disconnect cut the load short: start again.
    if (this.#gate.near && this.#request !== undefined && this.view.status === 'loading' && !this.#abort) void this.load();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** New sources, proxy or server-side categories: new requests. New limit or filters: a new view. */
  hostUpdate(): void {
    const input = this.input();
    const request = this.#requestKey(input);
    const filters = JSON.stringify([input.limit, input.include, input.exclude, input.categories]);
    if (request !== this.#request) {
      this.#request = request;
      this.#filters = filters;
      this.shown = input.limit;
      this.#sources = undefined;
      this.options.restarted();
      if (this.#gate.near) void this.load();
    } else if (filters !== this.#filters) {
      this.#filters = filters;
      this.shown = input.limit;
      this.reshow(true);
    }
  }

  /**
   * What the requests depend on: every source's address and proxy, and the categories where a
   * server filters them (WordPress REST); anywhere else categories only change the view.
   */
  #requestKey({feeds, proxy, categories}: StoriesInput): string {
    const server = this.#sources?.some((source) => source.feed(1).format === 'wordpress') ?? true;
    return [...feeds.map((feed) => requestKey(feed, proxy)), server ? categories.join() : ''].join('\n');
  }

  /** The cache's key: every source's request key, and the filters applied here. */
  #cacheKey({feeds, proxy, categories, include, exclude}: StoriesInput): string {
    return [...feeds.map((feed) => requestKey(feed, proxy, categories)), include.join(), exclude.join()].filter(Boolean).join('\n');
  }

  #set(view: View): void {
    this.view = view;
    this.host.requestUpdate();
  }

  /** New stories to show when the element can keep the reader in place; made from the sources as they are then. */
  #replace(ready = this.view): void {
    if (this.#waiting) return;
    this.#waiting = true;
    this.options.replace(() => {
      this.#waiting = false;
      this.#set(this.#sources && ready.status === 'ready' ? {...ready, feed: this.#feed(this.#sources)} : ready);
    });
  }

  /** Shows more, or differently filtered (`refiltered`), stories from the responses already in memory. */
  reshow(refiltered = false): void {
    const {view} = this;
    if (view.status !== 'ready') return;
    const sources = this.#sources;
    // A source downloaded only as far as its first stories, and more wanted now: download it again.
    const cut = sources?.some((source) => source.cut) && (this.#keep() || this.#items(sources!, this.shown).length < this.shown);
    if (sources && !cut) this.#set({...view, feed: this.#feed(sources)});
    // Stories from the cache, made for other filters, fewer than wanted, or without the story the address names.
    else if (cut || refiltered || view.feed.items.length < this.shown || this.story) void this.load('quiet');
  }

  /** Whether anything may ask for more than the first `limit` stories: then whole feeds are downloaded. */
  #keep(): boolean {
    const {pager, categories, include, exclude} = this.input();
    return pager || !!this.story || categories.length + include.length + exclude.length > 0;
  }

  /** Whether "More stories" has more to show. */
  get hasMore(): boolean {
    const {view} = this;
    const sources = this.#sources;
    if (view.status !== 'ready') return false;
    // Stories from the cache, with nothing fetched yet: there may be more. Asked only with a pager
    // (the view holds only what it shows, so a stream is not parsed again for one more story).
    return !sources || sources.some((source) => source.next) || this.#items(sources, this.shown + 1).length > this.shown;
  }

  #items(sources: Source[], count: number): FeedItem[] {
    return select(sources, count, this.input(), !!this.story);
  }

  /** The stories to show. */
  #feed(sources: Source[]): Feed {
    return {...feedOf(sources), items: this.#items(sources, this.shown)};
  }

  /**
   * Shows the stories: from the cache at once when it has them, then from the network unless they
   * are fresh. `quiet`: the sources, without the cache or a loading state (the stories on screen
   * stay until new ones replace them). `refresh`: the same, asking the network again.
   */
  async load(mode: 'show' | 'quiet' | 'refresh' = 'show'): Promise<void> {
    const background = mode !== 'show';
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const input = this.input();
    const key = this.#cacheKey(input);
    const ttl = input.cache * 1000;
    if (!background) {
      const cached = ttl && input.feeds.length ? readCache(key) : null;
      this.#set(cached ? {status: 'ready', feed: cached.feed, time: cached.time} : {status: 'loading'});
      // The live region speaks on the first load only; background updates stay quiet.
      this.said = cached ? Math.min(cached.feed.items.length, this.shown) : 0;
      if (cached && cached.limit >= this.shown && Date.now() - cached.time < ttl && !this.story) {
        this.#abort = undefined;
        return;
      }
    }
    try {
      if (!input.feeds.length) throw new FeedError('not-a-feed', 'The feed attribute is missing: set it to the address of a feed.');
      const options = {...input, keep: this.#keep(), signal: abort.signal, fetch: this.options.fetch, timeout: input.timeout * 1000};
      const requests = input.feeds.map((feed) => sharedSource(feed, options, mode === 'refresh' ? 0 : ttl));
      // The first sources to arrive show at once, and the others join them as they come: a slow or
      // failing source (retried, or waited for up to `timeout`) never holds up the rest.
      let early = false;
      const arrived: Source[] = [];
      if (requests.length > 1 && !background) {
        requests.forEach((request, i) => request.then((source) => {
          // Only into an empty widget: stories from the cache stay until every source has answered.
          if (this.#abort !== abort || abort.signal.aborted || (this.view.status !== 'loading' && !early)) return;
          arrived[i] = source;
          early = true;
          const feed = this.#feed(arrived.filter(Boolean));
          if (!this.said) this.said = Math.min(feed.items.length, this.shown);
          this.#set({status: 'ready', feed, time: Date.now()});
        }, () => {}));
      }
      const settled = await Promise.allSettled(requests);
      // The stories render in a task of their own, apart from the parse (and from the first date
      // format, made in its own task meanwhile): with the body at hand they were one long task.
      // Not when sources already showed as they came: a filter or "More stories" in that task's
      // wait would find no sources yet, and ask the network again.
      if (!early) await sleep(0, abort.signal);
      if (abort.signal.aborted) return;
      const sources = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const errors = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
      // A failing source never hides the others: one console line each, and a quiet note under the list.
      // The first error is the one the error state shows (and the console line below says).
      errors.slice(sources.length ? 0 : 1).forEach(warn);
      if (!sources.length) throw errors[0];
      const feed = this.#feed(sources);
      this.#sources = sources;
      // The rest of a feed still arriving: shown (the pager, filters) once it is all there.
      for (const source of sources) {
        void source.rest?.then(() => !source.cut && this.#sources?.includes(source) && this.#replace(), () => {});
      }
      // Known now: whether categories are filtered on a server.
      this.#request = this.#requestKey(input);
      const time = Math.min(...sources.map((source) => source.time));
      if (ttl && !sources.every((source) => cachedSources.has(source))) {
        for (const source of sources) cachedSources.add(source);
        writeCache(key, {time, limit: this.shown, feed: {...feed, items: feed.items.slice(0, this.shown)}});
      }
      if (!background && !this.said) this.said = Math.min(feed.items.length, this.shown);
      const {view} = this;
      const ready: View = {status: 'ready', feed, time, missing: errors.length, total: settled.length};
      if (view.status === 'ready' && signature(view.feed) === signature(feed)) this.#set({...ready, feed: view.feed});
      else if (view.status === 'ready' && !early) this.#replace(ready);
      else this.#set(ready);
    } catch (error) {
      // A newer load or a disconnect replaced this one; its outcome no longer matters.
      if (abort.signal.aborted) return;
      const failure = error instanceof FeedError ? error : new FeedError('malformed', String(error));
      warn(failure);
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
   * "More stories": the next `limit` stories. A source with more pages (WordPress REST) is asked for
   * its next page while the stories certain to be in order are fewer than wanted: a story older
   * than the last one such a source has loaded may have newer ones on that source's next page.
   */
  async more(): Promise<void> {
    if (!this.#sources) await this.load('quiet');
    const sources = this.#sources;
    if (this.view.status !== 'ready' || !sources) return;
    const {limit, proxy, timeout} = this.input();
    const wanted = this.shown + limit;
    // A feed still arriving: what it has is what "More stories" can show.
    await Promise.all(sources.map((source) => source.rest?.catch(() => {})));
    for (let page = 0; page < 10; page++) {
      const paged = sources.filter((source) => source.next);
      const last = (source: Source) => Math.min(...source.feed(Infinity).items.map(dated));
      const cutoff = Math.max(...paged.map(last));
      if (!paged.length || this.#items(sources, Infinity).filter((item) => dated(item) >= cutoff).length >= wanted) break;
      const source = paged.find((s) => last(s) === cutoff)!;
      const longer = await loadMore(source, {limit, proxy, timeout: timeout * 1000, fetch: this.options.fetch, signal: new AbortController().signal})
        .catch(warn);
      if (!longer) break;
      sources[sources.indexOf(source)] = longer;
    }
    await Promise.all(sources.map((source) => source.complete?.(wanted)));
    this.shown = wanted;
    this.reshow();
  }
}

import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {FeedError, type Feed, type FeedItem} from './feed/index.js';
import {sharedSource, type Source} from './load.js';
import {readCache, writeCache} from './cache.js';
import {sanitize} from './sanitize.js';
import {integer, oneOf} from './attributes.js';
import {ago, format, strings, type Strings} from './i18n/index.js';
import {styles} from './news-widget.styles.js';

/** What the title of a story does: expand in place, go to the story's site, or nothing. */
export type ExpandMode = 'inline' | 'link' | 'none';
const EXPAND_MODES: readonly ExpandMode[] = ['inline', 'link', 'none'];

/** When the feed is fetched: once the widget nears the viewport, or at once. */
export type LoadingMode = 'lazy' | 'eager';

type View =
  | {status: 'loading'}
  /** `time`: when the stories were fetched. `failed`: the latest attempt to update them failed. */
  | {status: 'ready'; feed: Feed; time: number; failed?: boolean}
  | {status: 'error'; error: FeedError};

/** Sources whose stories are already in the persistent cache. */
const cachedSources = new WeakSet<Source>();

/** What decides whether a refresh changed anything a reader sees. */
const signature = (feed: Feed) => JSON.stringify(feed.items.map((i) => [i.id, i.title, i.date, i.summary, i.content?.length]));

/**
 * Shows the latest stories of a news feed as cards that expand in place into the full,
 * sanitized story.
 *
 * @slot - Fallback content (a link to the news site, say). It shows before the script has run and
 *   again, under the error message, when the feed cannot be loaded.
 * @csspart list - The list of stories.
 * @csspart card - One story (an `article`).
 * @csspart image - A story's picture.
 * @csspart title - A story's title.
 * @csspart meta - The date and author line.
 * @csspart excerpt - A story's summary.
 * @csspart content - The full story, once expanded.
 * @csspart toggle - The button that expands and collapses a story.
 * @csspart source-link - "Continue reading at …", for a story with no full text in the feed.
 * @csspart attribution - "From <feed title>" under the list.
 * @csspart status - The empty and error messages.
 * @csspart skeleton - A placeholder card while loading.
 * @cssprop [--news-widget-accent=#1a5fb4] - Links and buttons.
 * @cssprop [--news-widget-text=inherit] - Text colour.
 * @cssprop [--news-widget-muted=color-mix(in srgb, currentColor 70%, transparent)] - Dates, authors, attribution.
 * @cssprop [--news-widget-card-background=transparent] - Card background.
 * @cssprop [--news-widget-border=color-mix(in srgb, currentColor 18%, transparent)] - Card border.
 * @cssprop [--news-widget-radius=8px] - Card corner radius.
 * @cssprop [--news-widget-gap=1rem] - Space between cards.
 * @cssprop [--news-widget-min-card-width=16rem] - Narrowest a card gets before the grid drops a column.
 * @cssprop [--news-widget-font=inherit] - Body font.
 * @cssprop [--news-widget-title-font=inherit] - Title font.
 */
export class NewsWidget extends LitElement {
  static override styles = styles;

  // Reactive properties are declared here rather than with decorators: the decorator helpers cost
  // about 440 bytes gzip in the IIFE, which every visitor downloads. Multi-word properties will name
  // their kebab-case attribute explicitly (`attribute: 'image-position'`).
  static override properties = {
    feed: {},
    limit: {converter: integer('limit', 5, 1, 50)},
    expand: {converter: oneOf('expand', EXPAND_MODES, 'inline')},
    timeout: {converter: integer('timeout', 10, 1, 120)},
    cache: {converter: integer('cache', 600, 0, 604_800)},
    loading: {converter: oneOf<LoadingMode>('loading', ['lazy', 'eager'], 'lazy')},
    refresh: {converter: integer('refresh', 0, 0, 1440)},
    proxy: {},
    view: {state: true},
    open: {state: true},
  };

  /** Address of the feed: RSS, Atom, JSON Feed, WordPress REST, or a WordPress site's home page. */
  declare feed: string;

  /** How many stories to show, 1 to 50. */
  declare limit: number;

  /** `inline` expands a story in the card, `link` sends the title to the story's site, `none` shows headlines only. */
  declare expand: ExpandMode;

  /** Seconds each request may take before the widget gives up on it. */
  declare timeout: number;

  /** Seconds the stories stay fresh in the browser's storage; 0 turns the cache off. */
  declare cache: number;

  /** `lazy` fetches once the widget is about a screen away from view; `eager` at once. */
  declare loading: LoadingMode;

  /** Minutes between updates while the page is visible; 0 (the default) never updates. */
  declare refresh: number;

  /** A URL template containing `{url}`, for a feed whose server sends no CORS header. */
  declare proxy: string;

  declare private view: View;
  /** The ids of the expanded stories. */
  declare private open: ReadonlySet<string>;

  #abort?: AbortController;
  #source?: Source;
  /** Whether the widget has come near the viewport (always, for `loading="eager"`). */
  #near = false;
  #observer?: IntersectionObserver;
  #timer?: ReturnType<typeof setInterval>;
  #content = new WeakMap<FeedItem, HTMLElement>();
  #dates?: Intl.DateTimeFormat;

  constructor() {
    super();
    this.feed = '';
    this.limit = 5;
    this.expand = 'inline';
    this.timeout = 10;
    this.cache = 600;
    this.loading = 'lazy';
    this.refresh = 0;
    this.proxy = '';
    this.view = {status: 'loading'};
    this.open = new Set();
  }

  /**
   * Every request the widget makes goes through here. Override it to route requests (in tests, or
   * through an app's own fetch layer).
   */
  protected fetchFeed(url: string, init: RequestInit): Promise<Response> {
    return fetch(url, init);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loading === 'eager' || !window.IntersectionObserver) this.#near = true;
    if (!this.#near) {
      // About one screen ahead, so the stories are there by the time the reader is.
      this.#observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#near = true;
        void this.#load();
      }, {rootMargin: '100% 0px'});
      this.#observer.observe(this);
    } else if (this.hasUpdated && this.view.status === 'loading' && !this.#abort) {
      // Reconnected after a disconnect cut the load short: start again.
      void this.#load();
    }
    if (this.refresh > 0) {
      this.#timer = setInterval(() => this.#update(), this.refresh * 60_000);
      document.addEventListener('visibilitychange', this.#update);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#observer?.disconnect();
    clearInterval(this.#timer);
    document.removeEventListener('visibilitychange', this.#update);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('proxy')) {
      this.open = new Set();
      this.#source = undefined;
      if (this.#near) void this.#load();
    } else if (changed.has('limit') && this.view.status === 'ready') {
      // More stories than were parsed: parse more of the response, or fetch if it is gone.
      if (this.#source) this.view = {...this.view, feed: this.#source.feed(this.#limit)};
      else if (this.view.feed.items.length < this.#limit) void this.#load();
    }
  }

  /** Refreshes the stories in the background, when refresh is on and the page is visible. */
  #update = (): void => {
    const {view} = this;
    if (document.hidden || !this.#near || this.#abort || view.status !== 'ready') return;
    // Back from a hidden tab: update only if a refresh was missed meanwhile.
    if (Date.now() - view.time >= this.refresh * 60_000 - 1000) void this.#load(true);
  };

  /** Shows the stories: from the cache at once when it has them, then from the network unless they are fresh. */
  async #load(background = false): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    // A script may set `feed` to anything; only a non-empty string is an address.
    const address = typeof this.feed === 'string' ? this.feed.trim() : '';
    const proxy = typeof this.proxy === 'string' && this.proxy.includes('{url}') ? this.proxy : undefined;
    const limit = this.#limit;
    const ttl = this.cache * 1000;
    const key = `${proxy ?? ''} ${address}`;
    if (!background) {
      const cached = ttl && address ? readCache(key) : null;
      this.view = cached ? {status: 'ready', feed: cached.feed, time: cached.time} : {status: 'loading'};
      if (cached && cached.limit >= limit && Date.now() - cached.time < ttl) {
        this.#abort = undefined;
        return;
      }
    }
    try {
      if (!address) throw new FeedError('not-a-feed', 'The feed attribute is missing: set it to the address of a feed.');
      const source = await sharedSource(address, {
        limit,
        signal: abort.signal,
        fetch: (url, init) => this.fetchFeed(url, init),
        timeout: this.timeout * 1000,
        proxy,
      }, background ? 0 : ttl);
      if (abort.signal.aborted) return;
      const feed = source.feed(limit);
      this.#source = source;
      if (ttl && !cachedSources.has(source)) {
        cachedSources.add(source);
        writeCache(key, {time: source.time, limit, feed});
      }
      const {view} = this;
      if (view.status === 'ready' && signature(view.feed) === signature(feed)) {
        this.view = {...view, time: source.time, failed: false};
      } else {
        await this.#keepReaderInPlace(feed, source.time);
      }
    } catch (error) {
      // A newer load or a disconnect replaced this one; its outcome no longer matters.
      if (abort.signal.aborted) return;
      const failure = error instanceof FeedError ? error : new FeedError('malformed', String(error));
      console.warn(`[news-widget] ${failure.message}`);
      // Stories already on screen stay there, marked with their age.
      this.view = this.view.status === 'ready' ? {...this.view, failed: true} : {status: 'error', error: failure};
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
    const {view} = this;
    if (view.status === 'ready' && this.matches(':focus-within')) {
      this.addEventListener('focusout', () => void this.#keepReaderInPlace(feed, time), {once: true});
      return;
    }
    const shown = view.status === 'ready' ? view.feed.items : [];
    const cards = [...this.renderRoot.querySelectorAll('article')];
    const anchor = this.getBoundingClientRect().top < 0 ? cards.findIndex((card) => card.getBoundingClientRect().bottom > 0) : -1;
    const top = cards[anchor]?.getBoundingClientRect().top;
    this.view = {status: 'ready', feed, time};
    if (top === undefined) return;
    await this.updateComplete;
    const moved = feed.items.findIndex((item) => item.id === shown[anchor].id);
    const card = this.renderRoot.querySelectorAll('article')[moved];
    if (card) window.scrollBy(0, card.getBoundingClientRect().top - top);
  }

  get #limit(): number {
    return Math.min(50, Math.max(1, Math.round(this.limit) || 5));
  }

  get #locale(): string {
    const lang = this.closest('[lang]')?.getAttribute('lang') || navigator.language;
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  override render(): TemplateResult {
    const t = strings(this.#locale);
    const {view} = this;
    if (view.status === 'error') {
      const code = view.error.code;
      return html`<div part="status error" role="alert">
        <p class="message">${t.error}</p>
        <p class="detail">${format(t[`error.${code === 'empty' ? 'malformed' : code}`], {status: view.error.status ?? ''})}</p>
        <slot></slot>
      </div>`;
    }
    if (view.status === 'loading') {
      return html`<ul part="list" aria-busy="true" aria-label=${t.loading}>
        ${Array.from({length: this.#limit}, () => html`<li part="skeleton" class="card skeleton" aria-hidden="true"></li>`)}
      </ul>`;
    }
    const {feed} = view;
    const items = feed.items.slice(0, this.#limit);
    if (!items.length) return html`<p part="status empty">${t.empty}</p>`;
    this.#dates ??= new Intl.DateTimeFormat(this.#locale, {dateStyle: 'medium'});
    return html`<ul part="list" aria-busy="false">
        ${items.map((item, i) => html`<li class=${this.open.has(item.id) ? 'open' : ''}>${this.#card(item, i, t)}</li>`)}
      </ul>
      ${view.failed ? html`<p part="status stale" class="meta">${format(t.updated, {time: ago(view.time, this.#locale)})}</p>` : nothing}
      ${this.#attribution(feed, t)}`;
  }

  #attribution(feed: Feed, t: Strings) {
    const name = feed.title || (feed.link ? new URL(feed.link).hostname : '');
    if (!name) return nothing;
    return html`<p part="attribution">${t.from}
      ${feed.link ? html`<a href=${feed.link} target="_blank" rel="noopener">${name}</a>` : name}</p>`;
  }

  #card(item: FeedItem, index: number, t: Strings): TemplateResult {
    const id = `story-${index}`;
    const open = this.open.has(item.id);
    const expandable = this.expand === 'inline' && !!item.content;
    const title = this.expand !== 'none' && item.link
      ? html`<a href=${item.link} target="_blank" rel="noopener">${item.title}</a>`
      : item.title;
    return html`<article part="card" class="card" aria-labelledby="${id}-title">
      ${item.image
        ? html`<img part="image" class="image" src=${item.image.url} alt=${item.image.alt}
            srcset=${item.image.srcset ?? nothing} sizes="(min-width: 40rem) 33vw, 100vw"
            width=${item.image.width ?? nothing} height=${item.image.height ?? nothing}
            loading="lazy" decoding="async" @error=${hideBroken}>`
        : nothing}
      <div class="body">
        <div part="title" class="title" role="heading" aria-level="3" id="${id}-title">${title}</div>
        ${this.#meta(item, t)}
        ${open
          ? html`<div part="content" class="content" id="${id}-content" role="region" aria-labelledby="${id}-title">
              ${this.#story(item)}
            </div>`
          : item.summary ? html`<p part="excerpt" class="excerpt">${item.summary}</p>` : nothing}
        ${expandable
          ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
              aria-controls="${id}-content" @click=${this.#toggle} .item=${item}>
              ${open ? t.readLess : t.readMore}<span class="sr">: ${item.title}</span>
            </button>`
          : this.expand === 'inline' && item.link
            ? html`<a part="source-link" class="toggle" href=${item.link} target="_blank" rel="noopener">
                ${format(t.continueAt, {source: new URL(item.link).hostname.replace(/^www\./, '')})}</a>`
            : nothing}
      </div>
    </article>`;
  }

  #meta(item: FeedItem, t: Strings) {
    if (!item.date && !item.author) return nothing;
    return html`<p part="meta" class="meta">
      ${item.date ? html`<time datetime=${item.date}>${this.#dates!.format(new Date(item.date))}</time>` : nothing}
      ${item.author ? html`<span class="author">${format(t.by, {author: item.author})}</span>` : nothing}
    </p>`;
  }

  /** The sanitized story, made once per item and kept for the next time it is expanded. */
  #story(item: FeedItem): HTMLElement {
    let story = this.#content.get(item);
    if (!story) {
      story = document.createElement('div');
      story.append(sanitize(item.content ?? '', item.base));
      this.#content.set(item, story);
    }
    return story;
  }

  async #toggle(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement & {item: FeedItem};
    const open = new Set(this.open);
    const closing = open.delete(button.item.id);
    if (!closing) open.add(button.item.id);
    this.open = open;
    await this.updateComplete;
    // Collapsing a long story can leave the reader far below its card: bring the card back.
    const card = button.closest('article');
    if (closing && card && card.getBoundingClientRect().top < 0) card.scrollIntoView({block: 'start'});
  }
}

function hideBroken(event: Event): void {
  (event.target as HTMLImageElement).classList.add('broken');
}

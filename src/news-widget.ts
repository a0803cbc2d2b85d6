import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {FeedError, type Feed, type FeedItem} from './feed/index.js';
import {loadSource, sharedSource, type Source} from './load.js';
import {readCache, writeCache} from './cache.js';
import {sanitize} from './sanitize.js';
import {textToHtml} from './feed/text.js';
import {flag, integer, jsonObject, oneOf, validated} from './attributes.js';
import {ago, format, formatDate, isRtl, pickLocale, plural, strings, type Strings} from './i18n/index.js';
import {NewsWidgetCollapseEvent, NewsWidgetErrorEvent, NewsWidgetExpandEvent, NewsWidgetLoadEvent} from './events.js';
import {styles} from './news-widget.styles.js';

/** What the title of a story does: expand in place, go to the story's site, go to `detail-page`, or nothing. */
export type ExpandMode = 'inline' | 'link' | 'page' | 'none';
/** When the feed is fetched: once the widget nears the viewport, or at once. */
export type LoadingMode = 'lazy' | 'eager';
export type Layout = 'cards' | 'list' | 'headlines';
export type ImageMode = 'none' | 'thumbnail' | 'full';
export type ImagePosition = 'top' | 'left' | 'right';
export type DateStyle = 'relative' | 'short' | 'long' | 'none';
export type Theme = 'light' | 'dark' | 'auto';

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

/** The fragment that names a story on the detail page. */
const STORY = 'news-widget=';

/**
 * Shows the latest stories of a news feed as cards that expand in place into the full,
 * sanitized story.
 *
 * @fires news-widget-load - The stories are on screen; `detail.feed` holds them.
 * @fires news-widget-error - The feed could not be shown; `detail.error.code` says why.
 * @fires news-widget-expand - A reader expanded a story; `detail.item` is the story.
 * @fires news-widget-collapse - A reader collapsed a story; `detail.item` is the story.
 * @slot - Fallback content (a link to the news site, say). It shows before the script has run and
 *   again, under the error message, when the feed cannot be loaded.
 * @csspart base - Everything the widget shows.
 * @csspart heading - The heading over the list (the `heading` attribute).
 * @csspart list - The list of stories.
 * @csspart item - One list entry, holding a card.
 * @csspart card - One story (an `article`).
 * @csspart image - A story's picture.
 * @csspart body - The text side of a card.
 * @csspart title - A story's title.
 * @csspart meta - The date and author line.
 * @csspart excerpt - A story's summary.
 * @csspart content - The full story, once expanded.
 * @csspart toggle - The button that expands and collapses a story.
 * @csspart source-link - "Continue reading at …", for a story with no full text in the feed.
 * @csspart back - "Back to all stories" on the detail page.
 * @csspart pager - The "More stories" button.
 * @csspart attribution - "From (feed title)" under the list.
 * @csspart status - The empty, error and "Updated … ago" messages.
 * @csspart skeleton - A placeholder card while loading.
 * @cssprop [--news-widget-accent=#1a5fb4] - Links and buttons (light theme; #99c1f1 in dark).
 * @cssprop [--news-widget-text=inherit] - Text colour.
 * @cssprop [--news-widget-muted=color-mix(in srgb, currentColor 70%, transparent)] - Dates, authors, attribution.
 * @cssprop [--news-widget-background=transparent] - Background behind the cards.
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
  // about 440 bytes gzip in the IIFE, which every visitor downloads.
  static override properties = {
    feed: {},
    limit: {converter: integer('limit', 5, 1, 50)},
    layout: {converter: oneOf<Layout>('layout', ['cards', 'list', 'headlines'], 'cards')},
    image: {converter: oneOf<ImageMode>('image', ['full', 'thumbnail', 'none'], 'full')},
    imagePosition: {attribute: 'image-position', converter: oneOf<ImagePosition>('image-position', ['top', 'left', 'right'], 'top')},
    excerpts: {converter: flag('excerpts', true)},
    excerptLength: {attribute: 'excerpt-length', converter: integer('excerpt-length', 30, 5, 200)},
    categories: {},
    pager: {converter: flag('pager', false)},
    expand: {converter: oneOf<ExpandMode>('expand', ['inline', 'link', 'page', 'none'], 'inline')},
    detailPage: {attribute: 'detail-page'},
    heading: {},
    headingLevel: {attribute: 'heading-level', converter: integer('heading-level', 2, 1, 5)},
    date: {converter: oneOf<DateStyle>('date', ['short', 'long', 'relative', 'none'], 'short')},
    locale: {converter: validated('locale', Intl.getCanonicalLocales, 'a language tag like en or pt-BR')},
    timeZone: {attribute: 'time-zone', converter: validated('time-zone', (timeZone) => new Intl.DateTimeFormat('en', {timeZone}), 'a time zone like America/Chicago')},
    theme: {converter: oneOf<Theme>('theme', ['light', 'dark', 'auto'], 'light')},
    accent: {converter: validated('accent', (color) => CSS.supports('color', color), 'a CSS colour')},
    target: {converter: oneOf('target', ['_blank', '_self'], '_blank')},
    attribution: {converter: flag('attribution', true)},
    timeout: {converter: integer('timeout', 10, 1, 120)},
    cache: {converter: integer('cache', 600, 0, 604_800)},
    loading: {converter: oneOf<LoadingMode>('loading', ['lazy', 'eager'], 'lazy')},
    refresh: {converter: integer('refresh', 0, 0, 1440)},
    proxy: {},
    strings: {converter: jsonObject('strings')},
    view: {state: true},
    open: {state: true},
    shown: {state: true},
  };

  /** Address of the feed: RSS, Atom, JSON Feed, WordPress REST, or a WordPress site's home page. */
  declare feed: string;
  /** How many stories to show (and to add per "More stories"), 1 to 50. */
  declare limit: number;
  /** `cards` (a responsive grid), `list` (picture beside the text) or `headlines` (titles and dates only). */
  declare layout: Layout;
  /** `full`, `thumbnail` (a small square) or `none`. */
  declare image: ImageMode;
  /** Where the picture sits in its card: `top`, `left` or `right` (`list` puts a `top` picture left). */
  declare imagePosition: ImagePosition;
  /** Whether to show each story's summary. */
  declare excerpts: boolean;
  /** The longest summary, in words. */
  declare excerptLength: number;
  /** A comma-separated list of category names or slugs; only stories in one of them are shown. */
  declare categories: string;
  /** Whether to offer a "More stories" button. */
  declare pager: boolean;
  /** `inline` expands a story in its card; `link` sends the title to the story's site; `page` to `detail-page`; `none` shows headlines only. */
  declare expand: ExpandMode;
  /** With `expand="page"`: the church page that shows one story in full (a widget with the same feed). */
  declare detailPage: string;
  /** A heading over the list. */
  declare heading: string;
  /** The level of that heading, 1 to 5; story titles are one level below it (or at it, without a heading). */
  declare headingLevel: number;
  /** How dates show: `short`, `long`, `relative` ("3 hours ago") or `none`. */
  declare date: DateStyle;
  /** The language of the widget's text and dates; by default the page's. */
  declare locale: string;
  /** The time zone dates are shown in; by default the visitor's. */
  declare timeZone: string;
  /** `light` (the default), `dark`, or `auto` (the visitor's preference). */
  declare theme: Theme;
  /** The colour of links and buttons. */
  declare accent: string;
  /** Where links to other sites open: `_blank` (a new tab) or `_self`. */
  declare target: '_blank' | '_self';
  /** Whether to show "From (feed title)" under the list. */
  declare attribution: boolean;
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
  /** Your own wording for any of the widget's texts, as JSON: `{"more": "Older news"}` (keys in the README). */
  declare strings: Partial<Strings> | undefined;

  declare private view: View;
  /** The ids of the expanded stories. */
  declare private open: ReadonlySet<string>;
  /** How many stories are shown: `limit`, plus `limit` for each "More stories". */
  declare private shown: number;

  #abort?: AbortController;
  #source?: Source;
  /** Whether the widget has come near the viewport (always, for `loading="eager"`). */
  #near = false;
  #observer?: IntersectionObserver;
  #timer?: ReturnType<typeof setInterval>;
  #content = new WeakMap<FeedItem, HTMLElement>();
  /** The story named in the address, on the detail page. */
  #story = '';
  /** What the live region says: the number of stories loaded, or that loading failed (-1). */
  #said = 0;

  constructor() {
    super();
    this.feed = '';
    this.limit = 5;
    this.layout = 'cards';
    this.image = 'full';
    this.imagePosition = 'top';
    this.excerpts = true;
    this.excerptLength = 30;
    this.categories = '';
    this.pager = false;
    this.expand = 'inline';
    this.detailPage = '';
    this.heading = '';
    this.headingLevel = 2;
    this.date = 'short';
    this.locale = '';
    this.timeZone = '';
    this.theme = 'light';
    this.accent = '';
    this.target = '_blank';
    this.attribution = true;
    this.timeout = 10;
    this.cache = 600;
    this.loading = 'lazy';
    this.refresh = 0;
    this.proxy = '';
    this.strings = undefined;
    this.view = {status: 'loading'};
    this.open = new Set();
    this.shown = 5;
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
    this.#onHash();
    window.addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#observer?.disconnect();
    clearInterval(this.#timer);
    document.removeEventListener('visibilitychange', this.#update);
    window.removeEventListener('hashchange', this.#onHash);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('limit')) this.shown = this.#limit;
    // A WordPress REST source filters categories on the server; any other is filtered here, from memory.
    const refilter = changed.has('categories') && this.#source?.feed(1).format !== 'wordpress';
    if (changed.has('feed') || changed.has('proxy') || (changed.has('categories') && !refilter)) {
      this.open = new Set();
      this.#source = undefined;
      if (this.#near) void this.#load();
    } else if ((refilter || changed.has('shown')) && this.view.status === 'ready' && this.#source) {
      // More stories than were parsed: parse more of the response already in memory.
      this.view = {...this.view, feed: this.#feed(this.#source)};
    }
  }

  protected override updated(changed: PropertyValues): void {
    // The announcement follows the frame that shows the stories, so it never delays them.
    const said = this.#said;
    const status = this.renderRoot.querySelector('[role="status"]');
    if (status) {
      requestAnimationFrame(() => {
        const t = strings(this.#locale, this.strings);
        const text = said < 0 ? t.error : said ? plural(t.loaded, said, this.#locale) : '';
        // Only a change is written: rewriting the same words would make some screen readers repeat them.
        if (status.textContent !== text) status.textContent = text;
      });
    }
    if (changed.has('view')) {
      const {view} = this;
      const event = view.status === 'ready' ? new NewsWidgetLoadEvent(view.feed) : view.status === 'error' && new NewsWidgetErrorEvent(view.error);
      if (event && (changed.get('view') as View | undefined)?.status !== view.status) this.dispatchEvent(event);
    }
  }

  #onHash = (): void => {
    const hash = decodeURIComponent(location.hash);
    const story = hash.startsWith(`#${STORY}`) ? hash.slice(STORY.length + 1) : '';
    if (story === this.#story) return;
    this.#story = story;
    // The story may be further down the feed than the list shows.
    if (this.view.status === 'ready' && this.#source) this.view = {...this.view, feed: this.#feed(this.#source)};
    this.requestUpdate();
  };

  get #limit(): number {
    return Math.min(50, Math.max(1, Math.round(this.limit) || 5));
  }

  get #categories(): string[] {
    return typeof this.categories === 'string' ? this.categories.split(',').map(slug).filter(Boolean) : [];
  }

  /** The stories to show from `source`: filtered by category, and as many as are shown. */
  #feed(source: Source): Feed {
    const categories = this.#categories;
    const filter = categories.length > 0 && !source.filtered;
    // Filtering, or looking for the story in the address, needs the whole feed; otherwise only what is shown.
    const feed = source.feed(filter || this.#story ? Infinity : this.shown);
    if (filter) feed.items = feed.items.filter((item) => item.categories.some((c) => categories.includes(slug(c))));
    return feed;
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
    const categories = this.#categories;
    const limit = this.#limit;
    const ttl = this.cache * 1000;
    // The feed's address, plus whatever else changes what it returns.
    const key = [address, proxy, categories.join()].filter(Boolean).join(' ');
    if (!background) {
      const cached = ttl && address ? readCache(key) : null;
      this.view = cached ? {status: 'ready', feed: cached.feed, time: cached.time} : {status: 'loading'};
      // The live region speaks on the first load only; background updates stay quiet.
      this.#said = cached ? Math.min(cached.feed.items.length, this.shown) : 0;
      if (cached && cached.limit >= this.shown && Date.now() - cached.time < ttl && !this.#story) {
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
        categories,
      }, background ? 0 : ttl);
      if (abort.signal.aborted) return;
      const feed = this.#feed(source);
      this.#source = source;
      if (ttl && !cachedSources.has(source)) {
        cachedSources.add(source);
        writeCache(key, {time: source.time, limit: this.shown, feed: {...feed, items: feed.items.slice(0, this.shown)}});
      }
      if (!background && !this.#said) this.#said = Math.min(feed.items.length, this.shown);
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
      if (this.view.status === 'ready') {
        this.view = {...this.view, failed: true};
      } else {
        this.#said = -1;
        this.view = {status: 'error', error: failure};
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

  /** "More stories": shows the next `limit` stories, fetching the next WordPress page if need be. */
  async #more(): Promise<void> {
    const {view} = this;
    if (view.status !== 'ready') return;
    const first = this.shown;
    const next = this.#source?.next;
    if (view.feed.items.length < first + 1 && next) {
      const page = await loadSource(next, {
        limit: 100, signal: new AbortController().signal, fetch: (url, init) => this.fetchFeed(url, init), timeout: this.timeout * 1000,
      }).catch(() => undefined);
      if (!page) return;
      const known = new Set(view.feed.items.map((item) => item.id));
      const all = [...view.feed.items, ...page.feed(100).items.filter((item) => !known.has(item.id))];
      // Later pages join the source, so "More stories" can go on.
      const before = this.#source!;
      this.#source = {...before, next: page.next, feed: (n) => ({...before.feed(n), items: all.slice(0, n)})};
      this.view = {...view, feed: {...view.feed, items: all}};
    }
    this.shown = first + this.#limit;
    await this.updateComplete;
    // Focus moves to the first new story, so keyboard and screen-reader users carry on from there.
    const card = this.renderRoot.querySelectorAll('article')[first];
    if (card) {
      card.tabIndex = -1;
      card.focus();
    }
  }

  /** The language: the locale attribute, the nearest lang, the document's, then the browser's; English if none is bundled. */
  get #locale(): string {
    return pickLocale([this.locale, this.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang, ...navigator.languages]);
  }

  override render(): TemplateResult {
    const locale = this.#locale;
    const t = strings(locale, this.strings);
    const {view, heading, headingLevel} = this;
    // One polite live region (filled in by updated()) says "5 stories loaded" or that loading
    // failed. The error box is not role="alert" (as STYLE.md has it): a failed feed is not urgent
    // enough to interrupt the reader, and this region already says it once.
    return html`<div part="base" class="base ${this.layout} ${this.theme}" lang=${locale} dir=${isRtl(locale) ? 'rtl' : nothing}
      .style=${this.accent ? `--_accent:${this.accent}` : ''}>
      <p class="sr" role="status"></p>
      ${heading ? html`<div part="heading" class="heading" role="heading" aria-level=${headingLevel}>${heading}</div>` : nothing}
      ${view.status === 'error'
        ? html`<div part="status error">
            <p class="message">${t.error}</p>
            <p class="detail">${format(t[`error.${view.error.code === 'empty' ? 'malformed' : view.error.code}`], {status: view.error.status ?? ''})}</p>
            <slot></slot>
          </div>`
        : view.status === 'loading'
          ? html`<ul part="list" aria-busy="true" aria-label=${t.loading}>
              ${Array.from({length: this.#limit}, () => html`<li part="skeleton" class="card skeleton" aria-hidden="true"></li>`)}
            </ul>`
          : this.#ready(view.feed, view.failed ? view.time : 0, t)}
    </div>`;
  }

  #ready(feed: Feed, failedAt: number, t: Strings) {
    const story = this.#story && feed.items.find((item) => item.id === this.#story);
    if (story) {
      // The detail page: the one story the address names, in full.
      return html`<a part="back" class="back" href=${location.href.split('#')[0]}>${t.back}</a>
        ${this.#card(story, 0, t, true)}`;
    }
    const items = feed.items.slice(0, this.shown);
    if (!items.length) return html`<p part="status empty">${t.empty}</p>`;
    const more = this.pager && (feed.items.length > items.length || !!this.#source?.next ||
      (!!this.#source && this.#source.feed(this.shown + 1).items.length > items.length));
    const name = feed.title || (feed.link ? new URL(feed.link).hostname : '');
    return html`<ul part="list" aria-busy="false">
        ${items.map((item, i) => html`<li part="item" class=${this.open.has(item.id) ? 'open' : ''}>${this.#card(item, i, t)}</li>`)}
      </ul>
      ${more ? html`<button part="pager" class="toggle pager" type="button" @click=${this.#more}>${t.more}</button>` : nothing}
      ${failedAt ? html`<p part="status stale" class="meta">${format(t.updated, {time: ago(failedAt, this.#locale)})}</p>` : nothing}
      ${this.attribution && name
        ? html`<p part="attribution">${t.from} ${feed.link ? html`<a href=${feed.link} target=${this.target} rel="noopener">${name}</a>` : name}</p>`
        : nothing}`;
  }

  #card(item: FeedItem, index: number, t: Strings, detail = false): TemplateResult {
    const id = `story-${index}`;
    const open = detail || this.open.has(item.id);
    const {expand, layout} = this;
    const headlines = layout === 'headlines';
    const expandable = expand === 'inline' && !!item.content && !headlines && !detail;
    const href = expand === 'page' && this.detailPage
      ? `${this.detailPage.split('#')[0]}#${STORY}${encodeURIComponent(item.id)}`
      : item.link;
    const title = expand !== 'none' && href && !detail
      ? html`<a href=${href} target=${expand === 'page' ? '_self' : this.target} rel="noopener">${item.title}</a>`
      : item.title;
    const image = item.image && this.image !== 'none' && !headlines ? item.image : null;
    const side = this.imagePosition === 'top' ? (layout === 'list' ? 'left' : '') : this.imagePosition;
    return html`<article part="card" class="card ${side} ${image ? this.image : ''}" aria-labelledby="${id}-title">
      ${image
        ? html`<img part="image" class="image" src=${image.url} alt=${image.alt}
            srcset=${image.srcset ?? nothing} sizes=${this.image === 'thumbnail' ? '6rem' : side ? '15rem' : '(min-width: 40rem) 33vw, 100vw'}
            width=${image.width ?? nothing} height=${image.height ?? nothing}
            loading="lazy" decoding="async" @error=${hideBroken}>`
        : nothing}
      <div part="body" class="body">
        <div part="title" class="title" dir="auto" role="heading" aria-level=${Math.min(6, this.headingLevel + (this.heading ? 1 : 0))}
          id="${id}-title">${title}</div>
        ${this.#meta(item, t)}
        ${open
          ? html`<div part="content" class="content" dir="auto" id="${id}-content" role="region" aria-labelledby="${id}-title">
              ${this.#full(item)}
            </div>`
          : item.summary && this.excerpts && !headlines
            ? html`<p part="excerpt" class="excerpt" dir="auto">${words(item.summary, this.excerptLength)}</p>`
            : nothing}
        ${expandable
          ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
              aria-controls="${id}-content" @click=${this.#toggle} .item=${item}>
              ${open ? t.readLess : t.readMore}<span class="sr">: ${item.title}</span>
            </button>`
          : expand === 'inline' && item.link && !headlines || detail && item.link
            ? html`<a part="source-link" class="toggle" href=${item.link} target=${this.target} rel="noopener">
                ${format(t.continueAt, {source: new URL(item.link!).hostname.replace(/^www\./, '')})}</a>`
            : nothing}
      </div>
    </article>`;
  }

  #meta(item: FeedItem, t: Strings) {
    const date = item.date && this.date !== 'none' ? this.#date(item.date) : '';
    const author = this.layout !== 'headlines' && item.author;
    if (!date && !author) return nothing;
    return html`<p part="meta" class="meta">
      ${date ? html`<time datetime=${item.date}>${date}</time>` : nothing}
      ${author ? html`<span class="author">${format(t.by, {author})}</span>` : nothing}
    </p>`;
  }

  #date(iso: string): string {
    const locale = this.#locale;
    return this.date === 'relative' ? ago(Date.parse(iso), locale) : formatDate(iso, locale, this.date === 'long', this.timeZone || undefined);
  }

  /** The sanitized story, made once per item and kept for the next time it is expanded. */
  #full(item: FeedItem): HTMLElement {
    let story = this.#content.get(item);
    if (!story) {
      story = document.createElement('div');
      story.append(sanitize(item.content ?? textToHtml(item.summary), item.base, this.target));
      this.#content.set(item, story);
    }
    return story;
  }

  async #toggle(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement & {item: FeedItem};
    const {item} = button;
    const open = new Set(this.open);
    const closing = open.delete(item.id);
    if (!closing) open.add(item.id);
    this.open = open;
    this.dispatchEvent(closing ? new NewsWidgetCollapseEvent(item) : new NewsWidgetExpandEvent(item));
    await this.updateComplete;
    // Collapsing a long story can leave the reader far below its card: bring the card back.
    const card = button.closest('article');
    if (closing && card && card.getBoundingClientRect().top < 0) card.scrollIntoView({block: 'start'});
  }
}

/** At most `count` words of `text`, with an ellipsis when cut. */
function words(text: string, count: number): string {
  const all = text.split(/\s+/);
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : text;
}

function hideBroken(event: Event): void {
  (event.target as HTMLImageElement).classList.add('broken');
}

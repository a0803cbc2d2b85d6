import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import type {Feed, FeedItem} from './feed/index.js';
import {STORY, StoriesController} from './stories.js';
import {sanitize} from './sanitize.js';
import {textToHtml} from './feed/text.js';
import {hostOf, httpUrl} from './feed/url.js';
import {REFERRER, baseUri, pageDocument, pageLang} from './page.js';
import {flag, integer, jsonObject, oneOf, validated} from './attributes.js';
import {ago, format, formatDate, isRtl, pickLocale, plural, strings, type Strings} from './i18n/index.js';
import {NewsWidgetCollapseEvent, NewsWidgetErrorEvent, NewsWidgetExpandEvent, NewsWidgetLoadEvent} from './events.js';
import {styles} from './news-widget.styles.js';
import {backgroundOf, contrast, hostColours, rgb} from './colours.js';

/** What the title of a story does: expand in place, go to the story's site, go to `detail-page`, or nothing. */
export type ExpandMode = 'inline' | 'link' | 'page' | 'none';
/** When the feed is fetched: once the widget nears the viewport, or at once. */
export type LoadingMode = 'lazy' | 'eager';
export type Layout = 'cards' | 'list' | 'headlines';
export type ImageMode = 'none' | 'thumbnail' | 'full';
export type ImagePosition = 'top' | 'left' | 'right';
export type DateStyle = 'relative' | 'short' | 'long' | 'none';
export type Theme = 'host' | 'light' | 'dark' | 'auto';

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
 * @cssprop [--news-widget-accent=#1a5fb4] - Links and buttons (light theme; #99c1f1 in dark; chosen for the page's background in the default theme).
 * @cssprop [--news-widget-text=inherit] - Text colour.
 * @cssprop [--news-widget-muted=color-mix(in srgb, currentColor 70%, transparent)] - Dates, authors, attribution (in the default theme, chosen for the page's background).
 * @cssprop [--news-widget-background=transparent] - Background behind the cards.
 * @cssprop [--news-widget-card-background=transparent] - Card background.
 * @cssprop [--news-widget-border=color-mix(in srgb, currentColor 18%, transparent)] - Card border.
 * @cssprop [--news-widget-radius=8px] - Card corner radius.
 * @cssprop [--news-widget-gap=1em] - Space between cards.
 * @cssprop [--news-widget-min-card-width=16em] - Narrowest a card gets before the grid drops a column.
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
    detailPage: {attribute: 'detail-page', converter: validated('detail-page', (page) => httpUrl(page, baseUri()), 'an http(s) address')},
    heading: {},
    headingLevel: {attribute: 'heading-level', converter: integer('heading-level', 2, 1, 5)},
    date: {converter: oneOf<DateStyle>('date', ['short', 'long', 'relative', 'none'], 'short')},
    locale: {converter: validated('locale', Intl.getCanonicalLocales, 'a language tag like en or pt-BR')},
    timeZone: {attribute: 'time-zone', converter: validated('time-zone', (timeZone) => new Intl.DateTimeFormat('en', {timeZone}), 'a time zone like America/Chicago')},
    theme: {converter: oneOf<Theme>('theme', ['host', 'light', 'dark', 'auto'], 'host')},
    accent: {converter: validated('accent', (color) => CSS.supports('color', color), 'a CSS colour')},
    target: {converter: oneOf('target', ['_blank', '_self'], '_blank')},
    attribution: {converter: flag('attribution', true)},
    timeout: {converter: integer('timeout', 10, 1, 120)},
    cache: {converter: integer('cache', 600, 0, 604_800)},
    loading: {converter: oneOf<LoadingMode>('loading', ['lazy', 'eager'], 'lazy')},
    refresh: {converter: integer('refresh', 0, 0, 1440)},
    proxy: {},
    strings: {converter: jsonObject('strings')},
    open: {state: true},
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
  /**
   * `host` (the default: links and muted text chosen to be readable on the page's own background),
   * `light`, `dark`, or `auto` (the visitor's preference).
   */
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

  /** The ids of the expanded stories. */
  declare private open: ReadonlySet<string>;

  #stories = new StoriesController(this, (url, init) => this.fetchFeed(url, init));
  #content = new WeakMap<FeedItem, HTMLElement>();
  /** The status last announced in an event, so each change is told once. */
  #told = '';
  /** What the live region was last given to say. */
  #announced = '';
  /** The "host" theme's colours, and the background they were chosen for. */
  #colours = '';
  #background: number[] = [];
  /** The accent last found unreadable on the host, named once in the console. */
  #unreadable = '';

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
    this.theme = 'host';
    this.accent = '';
    this.target = '_blank';
    this.attribution = true;
    this.timeout = 10;
    this.cache = 600;
    this.loading = 'lazy';
    this.refresh = 0;
    this.proxy = '';
    this.strings = undefined;
    this.open = new Set();
  }

  /**
   * Every request the widget makes goes through here. Override it to route requests (in tests, or
   * through an app's own fetch layer).
   */
  protected fetchFeed(url: string, init: RequestInit): Promise<Response> {
    return fetch(url, init);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const stories = this.#stories;
    if (changed.has('limit')) stories.shown = Math.min(50, Math.max(1, Math.round(this.limit) || 5));
    // A WordPress REST source filters categories on the server; any other is filtered here, from memory.
    const refilter = changed.has('categories') && !stories.filtersOnServer;
    if (changed.has('feed') || changed.has('proxy') || (changed.has('categories') && !refilter)) {
      this.open = new Set();
      // A new feed's stories are a new load, even if they come straight from the cache.
      this.#told = '';
      stories.restart();
    } else if (refilter || changed.has('limit')) {
      stories.reshow();
    }
    // The page's colours, read at every render, so a page that switches to dark is followed at the next one.
    this.#colours = '';
    if (this.theme === 'host') {
      this.#background = backgroundOf(this);
      this.#colours = hostColours(this.#background, rgb(getComputedStyle(this).color) ?? [0, 0, 0]);
    }
    // Read when the widget connects; a change afterwards (the configurator's live preview) applies now.
    if (this.hasUpdated && (changed.has('loading') || changed.has('refresh'))) stories.reschedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const {view, said} = this.#stories;
    // The announcement follows the frame that shows the stories, so it never delays them. Only a
    // change is written: rewriting the same words would make some screen readers repeat them.
    const locale = this.#locale;
    const announce = `${said} ${locale} ${JSON.stringify(this.strings)}`;
    if (announce !== this.#announced) {
      this.#announced = announce;
      const status = this.renderRoot.querySelector('[role="status"]');
      requestAnimationFrame(() => {
        const t = strings(locale, this.strings);
        if (status) status.textContent = said < 0 ? t.error : said ? plural(t.loaded, said, locale) : '';
      });
    }
    // An accent the page or the attribute sets is kept, but said once when it is hard to read here.
    const base = (changed.has('theme') || changed.has('accent')) && this.renderRoot.querySelector('.host');
    const used = base && getComputedStyle(base).caretColor;
    const color = used && rgb(used);
    if (color && used !== this.#unreadable && contrast(color, this.#background) < 4.5) {
      this.#unreadable = used;
      console.warn(`[news-widget] The accent ${used} has a contrast of ${contrast(color, this.#background).toFixed(1)}:1 on this ` +
        'page\'s background; links and buttons need 4.5:1 to be readable.');
    }
    if (view.status !== this.#told) {
      this.#told = view.status;
      if (view.status === 'ready') this.dispatchEvent(new NewsWidgetLoadEvent(view.feed));
      if (view.status === 'error') this.dispatchEvent(new NewsWidgetErrorEvent(view.error));
    }
  }

  /** "More stories": focus moves to the first new story, so keyboard and screen-reader users carry on from there. */
  async #more(): Promise<void> {
    const first = this.#stories.shown;
    await this.#stories.more();
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll('article')[first];
    if (card) {
      card.tabIndex = -1;
      card.focus();
    }
  }

  /** The language: the locale attribute, the nearest lang, the document's, then the browser's; English if none is bundled. */
  get #locale(): string {
    return pickLocale([this.locale, this.closest('[lang]')?.getAttribute('lang'), pageLang(), ...navigator.languages]);
  }

  override render(): TemplateResult {
    const locale = this.#locale;
    const t = strings(locale, this.strings);
    const {heading, headingLevel} = this;
    const {view} = this.#stories;
    // One polite live region (filled in by updated()) says "5 stories loaded" or that loading
    // failed. The error box is not role="alert" (as STYLE.md has it): a failed feed is not urgent
    // enough to interrupt the reader, and this region already says it once.
    return html`<div part="base" class="base ${this.layout} ${this.theme}" lang=${locale} dir=${isRtl(locale) ? 'rtl' : nothing}
      .style=${`${this.#colours};${accent(this.accent)}`}>
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
              ${Array.from({length: this.#stories.shown}, () => html`<li part="skeleton" class="card skeleton" aria-hidden="true"></li>`)}
            </ul>`
          : this.#ready(view.feed, view.failed ? view.time : 0, t)}
    </div>`;
  }

  #ready(feed: Feed, failedAt: number, t: Strings) {
    const {story: named, shown} = this.#stories;
    const story = named && feed.items.find((item) => item.id === named);
    if (story) {
      // The detail page: the one story the address names, in full.
      return html`<a part="back" class="back" href=${location.href.split('#')[0]}>${t.back}</a>
        ${this.#card(story, 0, t, true)}`;
    }
    const items = feed.items.slice(0, shown);
    if (!items.length) return html`<p part="status empty">${t.empty}</p>`;
    const more = this.pager && this.#stories.hasMore;
    const name = feed.title || hostOf(feed.link);
    return html`<ul part="list" aria-busy="false">
        ${items.map((item, i) => html`<li part="item" class=${this.open.has(item.id) ? 'open' : ''}>${this.#card(item, i, t)}</li>`)}
      </ul>
      ${more ? html`<button part="pager" class="toggle pager" type="button" @click=${this.#more}>${t.more}</button>` : nothing}
      ${failedAt ? html`<p part="status stale" class="meta">${format(t.updated, {time: ago(failedAt, this.#locale)})}</p>` : nothing}
      ${this.attribution && name
        ? html`<p part="attribution">${t.from} ${feed.link ? html`<a href=${feed.link} target=${this.target} rel="noopener" referrerpolicy=${REFERRER}>${name}</a>` : name}</p>`
        : nothing}`;
  }

  #card(item: FeedItem, index: number, t: Strings, detail = false): TemplateResult {
    const id = `story-${index}`;
    const open = detail || this.open.has(item.id);
    const {expand, layout} = this;
    const headlines = layout === 'headlines';
    // Expands when there is more to read than the card shows: the story's HTML (full content, or a
    // description richer than its excerpt), or a plain summary the card cuts short or hides.
    const expandable = expand === 'inline' && !headlines && !detail &&
      (!!item.content || (!!item.summary && (!this.excerpts || words(item.summary, this.excerptLength) !== item.summary)));
    // The detail page passes the same http(s) gate as every feed URL: `javascript:` never becomes a link.
    const page = expand === 'page' && httpUrl(this.detailPage, baseUri());
    const href = page ? `${page.split('#')[0]}#${STORY}${encodeURIComponent(item.id)}` : item.link;
    const title = expand !== 'none' && href && !detail
      ? html`<a href=${href} target=${page ? '_self' : this.target} rel="noopener" referrerpolicy=${REFERRER}>${item.title}</a>`
      : item.title;
    const image = item.image && this.image !== 'none' && !headlines ? item.image : null;
    const side = this.imagePosition === 'top' ? (layout === 'list' ? 'left' : '') : this.imagePosition;
    return html`<article part="card" class="card ${side} ${image ? this.image : ''}" aria-labelledby="${id}-title">
      ${image
        ? html`<img part="image" class="image" src=${image.url} alt=${image.alt}
            srcset=${image.srcset ?? nothing} sizes=${this.image === 'thumbnail' ? '6rem' : side ? '15rem' : '(min-width: 40rem) 33vw, 100vw'}
            width=${image.width ?? nothing} height=${image.height ?? nothing}
            loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${hideBroken}>`
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
            ? html`<a part="source-link" class="toggle" href=${item.link} target=${this.target} rel="noopener" referrerpolicy=${REFERRER}>
                ${format(t.continueAt, {source: hostOf(item.link)})}</a>`
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
    try {
      return this.date === 'relative' ? ago(Date.parse(iso), locale) : formatDate(iso, locale, this.date === 'long', this.timeZone || undefined);
    } catch {
      // A time zone set by script, unchecked by the attribute's converter: show no date rather than throw.
      return '';
    }
  }

  /** The sanitized story, made once per item and kept for the next time it is expanded. */
  #full(item: FeedItem): HTMLElement {
    let story = this.#content.get(item);
    if (!story) {
      story = pageDocument.createElement('div') as HTMLDivElement;
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

/** The accent as a CSS custom property, only if it is a colour (a script may set anything). */
function accent(color: unknown): string {
  return typeof color === 'string' && color && CSS.supports('color', color) ? `--_accent:${color}` : '';
}

/** At most `count` words of `text`, with an ellipsis when cut. */
function words(text: string, count: number): string {
  const all = text.split(/\s+/);
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : text;
}

function hideBroken(event: Event): void {
  (event.target as HTMLImageElement).classList.add('broken');
}

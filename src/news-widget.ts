import {LitElement, html, nothing, type TemplateResult} from 'lit';
import type {FeedItem} from './feed/index.js';
import {StoriesController, type View} from './stories.js';
import {hostOf} from './feed/url.js';
import {REFERRER, pageLang} from './page.js';
import {RULES, defaults, inputOf, list, properties, type Settings} from './attributes.js';
import {blurred} from './select.js';
import {ago, format, isRtl, pickLocale, plural, strings, type Strings} from './i18n/index.js';
import {card, dateText, reveal, type CardContext} from './card.js';
import {fullStory} from './embed.js';
import {NewsWidgetCollapseEvent, NewsWidgetErrorEvent, NewsWidgetExpandEvent, NewsWidgetLoadEvent} from './events.js';
import {styles} from './news-widget.styles.js';
import {HostColours, accent} from './colours.js';
import {keepReaderInPlace} from './anchor.js';

/** What the title of a story does: expand in place, go to the story's site, go to `detail-page`, or nothing. */
export type ExpandMode = Settings['expand'];
/** When the feed is fetched: once the widget nears the viewport, or at once. */
export type LoadingMode = Settings['loading'];
export type Layout = Settings['layout'];
export type ImageMode = Settings['image'];
export type ImagePosition = Settings['imagePosition'];
export type DateStyle = Settings['date'];
export type Theme = Settings['theme'];

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
 * @csspart source - With several feeds: the name of the one the story came from.
 * @csspart meta - The date and author line.
 * @csspart duration - A sermon's or episode's length ("46 min"), in the meta line.
 * @csspart media - The player (`audio` or `video`) of a story's recording.
 * @csspart video - A video's picture and play button in a story, until pressed (then its player).
 * @csspart excerpt - A story's summary.
 * @csspart content - The full story, once expanded.
 * @csspart toggle - The button that expands and collapses a story.
 * @csspart reveal - "Show picture (…)", on a story whose pictures `blur-images` keeps blurred.
 * @csspart source-link - "Continue reading at …", for a story with no full text in the feed.
 * @csspart back - "Back to all stories" on the detail page.
 * @csspart pager - The "More stories" button.
 * @csspart attribution - "From (feed title)" under the list; with several feeds, each one's.
 * @csspart status - The empty, error, "Updated … ago" and "1 of 3 sources could not be loaded" messages.
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

  // Reactive properties and their defaults come from one table (src/attributes.ts), rather than
  // decorators: the decorator helpers cost about 440 bytes gzip in the IIFE, which every visitor downloads.
  static override properties = properties(RULES);

  /** Every attribute's default and the values it takes; the configurator builds its controls from it. */
  static rules = RULES;

  /**
   * Address of the feed: RSS, Atom, JSON Feed, WordPress REST, or a WordPress site's home page.
   * Several addresses, separated by spaces, are merged into one list, newest first.
   */
  declare feed: string;
  /** How many stories to show (and to add per "More stories"), 1 to 50. */
  declare limit: number;
  /** `cards` (a responsive grid), `list` (picture beside the text) or `headlines` (titles and dates only). */
  declare layout: Layout;
  /** `full`, `thumbnail` (a small square) or `none`. */
  declare image: ImageMode;
  /** Where the picture sits in its card: `top`, `left` or `right` (`list` puts a `top` picture left). */
  declare imagePosition: ImagePosition;
  /** The address of a picture for stories without one, or whose picture fails to load. */
  declare fallbackImage: string;
  /** Whether to show each story's summary. */
  declare excerpts: boolean;
  /** The longest summary, in words. */
  declare excerptLength: number;
  /** A comma-separated list of category names or slugs; only stories in one of them are shown. */
  declare categories: string;
  /** Comma-separated words or phrases: only stories whose title, summary or categories contain one are shown (`pray*` also matches "prayer"). */
  declare include: string;
  /** Comma-separated words or phrases: stories whose title, summary or categories contain one are not shown. */
  declare exclude: string;
  /** `all`, or comma-separated categories or words: those stories' pictures stay blurred until the visitor shows them. */
  declare blurImages: string;
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

  /** The ids of the expanded stories, and of those whose blurred pictures the visitor chose to see. */
  #open = new Set<string>();
  #shown = new Set<string>();
  #stories = new StoriesController(this, {
    input: () => inputOf(this),
    fetch: (url, init) => this.fetchFeed(url, init),
    restarted: () => {
      this.#open = new Set();
      // A new feed's stories are a new load, even if they come straight from the cache.
      this.#told = '';
    },
    replace: (show) => void keepReaderInPlace(this, () => {
      const {view} = this.#stories;
      return view.status === 'ready' ? view.feed.items.map((item) => item.id) : [];
    }, show),
  });
  #content = new WeakMap<FeedItem, HTMLElement>();
  /** The status last announced in an event, so each change is told once. */
  #told = '';
  /** What the live region was last given to say. */
  #announced = '';
  #colours = new HostColours(this);

  constructor() {
    super();
    Object.assign(this, defaults(RULES));
  }

  /**
   * Every request the widget makes goes through here. Override it to route requests (in tests, or
   * through an app's own fetch layer).
   */
  protected fetchFeed(url: string, init: RequestInit): Promise<Response> {
    return fetch(url, init);
  }

  protected override updated(): void {
    const {view, said} = this.#stories;
    // The announcement follows the frame that shows the stories (a task after it: the first number
    // format costs milliseconds), so it never delays them. Only a change is written: rewriting the
    // same words would make some screen readers repeat them.
    const locale = this.#locale;
    const announce = `${said} ${locale} ${JSON.stringify(this.strings)}`;
    if (announce !== this.#announced) {
      this.#announced = announce;
      const status = this.renderRoot.querySelector('[role="status"]');
      requestAnimationFrame(() => setTimeout(() => {
        const t = strings(locale, this.strings);
        if (status) status.textContent = said < 0 ? t.error : said ? plural(t.loaded, said, locale) : '';
      }));
    }
    if (view.status !== this.#told) {
      this.#told = view.status;
      if (view.status === 'ready') this.dispatchEvent(new NewsWidgetLoadEvent({...view.feed, items: view.feed.items.slice(0, this.#stories.shown)}));
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
    // While the stories load, the first date format is made in a task of its own: tens of
    // milliseconds in a fresh page, off the first card's path and out of this one. The placeholders
    // hold the title's font, hidden, so the cards' first layout does not also load it.
    if (view.status === 'loading') setTimeout(() => dateText(this, locale, new Date().toISOString()));
    // One polite live region (filled in by updated()) says "5 stories loaded" or that loading
    // failed. The error box is not role="alert" (as STYLE.md has it): a failed feed is not urgent
    // enough to interrupt the reader, and this region already says it once.
    return html`<div part="base" class="base ${this.layout} ${this.theme}" lang=${locale} dir=${isRtl(locale) ? 'rtl' : nothing}
      .style=${`${this.#colours.style};${accent(this.accent)}`}>
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
              ${Array.from({length: this.#stories.shown}, () => html`<li part="skeleton" class="card skeleton" aria-hidden="true"><p class="title">${t.loading}</p></li>`)}
            </ul>`
          : this.#ready(view, t, locale)}
    </div>`;
  }

  #ready({feed, failed, time, missing, total}: Extract<View, {status: 'ready'}>, t: Strings, locale: string) {
    const blur = blurred(list(this.blurImages));
    const context: CardContext = {
      settings: this, t, locale, open: (item) => this.#open.has(item.id), full: (item) => this.#full(item, t), toggle: this.#toggle,
      hidden: (item) => (this.#shown.has(item.id) ? undefined : blur(item)),
      reveal: (event) => reveal(event, this.#shown, () => (this.requestUpdate(), this.updateComplete)),
    };
    const {story: named, shown} = this.#stories;
    const story = named && feed.items.find((item) => item.id === named);
    if (story) {
      // The detail page: the one story the address names, in full.
      return html`<a part="back" class="back" href=${location.href.split('#')[0]}>${t.back}</a>
        ${card(context, story, 0, true)}`;
    }
    const items = feed.items.slice(0, shown);
    const more = this.pager && this.#stories.hasMore;
    const link = (title: string, href: string | null) => (href
      ? html`<a href=${href} target=${this.target} rel="noopener" referrerpolicy=${REFERRER}>${title}</a>` : title);
    const sources = feed.sources ?? (feed.title || feed.link ? [{title: feed.title || hostOf(feed.link), link: feed.link}] : []);
    return html`${items.length
        ? html`<ul part="list" aria-busy="false">
            ${items.map((item, i) => html`<li part="item" class=${this.#open.has(item.id) ? 'open' : ''}>${card(context, item, i)}</li>`)}
          </ul>`
        : html`<p part="status empty">${t.empty}</p>`}
      ${more ? html`<button part="pager" class="toggle pager" type="button" @click=${this.#more}>${t.more}</button>` : nothing}
      ${failed ? html`<p part="status stale" class="meta">${format(t.updated, {time: ago(time, locale)})}</p>` : nothing}
      ${missing ? html`<p part="status partial" class="meta">${format(t.partial, {failed: missing, total: total!})}</p>` : nothing}
      ${this.attribution && sources.length
        ? html`<p part="attribution">${t.from} ${sources.map((source, i) => html`${i ? ', ' : ''}${link(source.title, source.link)}`)}</p>`
        : nothing}`;
  }

  /** The sanitized story, made once per item and kept for the next time it is expanded. */
  #full(item: FeedItem, t: Strings): HTMLElement {
    let story = this.#content.get(item);
    if (!story) this.#content.set(item, (story = fullStory(item, this.target, t)));
    return story;
  }

  #toggle = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement & {item: FeedItem};
    const {item} = button;
    const closing = this.#open.delete(item.id);
    if (!closing) this.#open.add(item.id);
    this.requestUpdate();
    this.dispatchEvent(closing ? new NewsWidgetCollapseEvent(item) : new NewsWidgetExpandEvent(item));
    await this.updateComplete;
    // Collapsing a long story can leave the reader far below its card: bring the card back.
    const card = button.closest('article');
    if (closing && card && card.getBoundingClientRect().top < 0) card.scrollIntoView({block: 'start'});
  };
}

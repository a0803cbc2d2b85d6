import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {FeedError, type Feed, type FeedItem} from './feed/index.js';
import {loadFeed} from './load.js';
import {sanitize} from './sanitize.js';
import {integer, oneOf} from './attributes.js';
import {format, strings, type Strings} from './i18n/index.js';
import {styles} from './news-widget.styles.js';

/** What the title of a story does: expand in place, go to the story's site, or nothing. */
export type ExpandMode = 'inline' | 'link' | 'none';
const EXPAND_MODES: readonly ExpandMode[] = ['inline', 'link', 'none'];

type View =
  | {status: 'loading'}
  | {status: 'ready'; feed: Feed; limit: number}
  | {status: 'error'; error: FeedError};

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
    view: {state: true},
    open: {state: true},
  };

  /** Address of the feed: RSS, Atom, JSON Feed, WordPress REST, or a WordPress site's home page. */
  declare feed: string;

  /** How many stories to show, 1 to 50. */
  declare limit: number;

  /** `inline` expands a story in the card, `link` sends the title to the story's site, `none` shows headlines only. */
  declare expand: ExpandMode;

  declare private view: View;
  declare private open: ReadonlySet<FeedItem>;

  #abort?: AbortController;
  #content = new WeakMap<FeedItem, HTMLElement>();
  #dates?: Intl.DateTimeFormat;

  constructor() {
    super();
    this.feed = '';
    this.limit = 5;
    this.expand = 'inline';
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
    // Reconnected after a disconnect cut the load short: start again.
    if (this.hasUpdated && this.view.status === 'loading' && !this.#abort) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const {view} = this;
    // Only as many stories as are shown get parsed, so showing more than that means loading again.
    if (changed.has('feed') || (view.status === 'ready' && this.#limit > view.limit && view.feed.items.length === view.limit)) {
      this.open = new Set();
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    // A script may set `feed` to anything; only a non-empty string is an address.
    const address = typeof this.feed === 'string' ? this.feed.trim() : '';
    this.view = {status: 'loading'};
    try {
      if (!address) throw new FeedError('not-a-feed', 'The feed attribute is missing: set it to the address of a feed.');
      const limit = this.#limit;
      const feed = await loadFeed(address, {
        limit,
        signal: abort.signal,
        fetch: (url, init) => this.fetchFeed(url, init),
        timeout: 10_000,
      });
      if (abort.signal.aborted) return;
      this.view = {status: 'ready', feed, limit};
    } catch (error) {
      // A newer load or a disconnect replaced this one; its outcome no longer matters.
      if (abort.signal.aborted) return;
      const failure = error instanceof FeedError ? error : new FeedError('malformed', String(error));
      console.warn(`[news-widget] ${failure.message}`);
      this.view = {status: 'error', error: failure};
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
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
        ${items.map((item, i) => html`<li class=${this.open.has(item) ? 'open' : ''}>${this.#card(item, i, t)}</li>`)}
      </ul>
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
    const open = this.open.has(item);
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
    const closing = open.delete(button.item);
    if (!closing) open.add(button.item);
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

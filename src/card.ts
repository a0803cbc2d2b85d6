import {html, nothing, type TemplateResult} from 'lit';
import type {FeedItem, FeedMedia} from './feed/index.js';
import type {Settings} from './attributes.js';
import {hostOf, httpUrl, videoOf} from './feed/url.js';
import {REFERRER, baseUri} from './page.js';
import {STORY} from './triggers.js';
import {ago, format, formatDate, minutes, type Strings} from './i18n/index.js';

// One story as a card: picture, title, source, date, author, excerpt or full story, and the button
// or link that opens it. A function of the widget's settings and the story; the element owns the state.

/** What a card needs from its widget besides the settings. */
export interface CardContext {
  settings: Settings;
  t: Strings;
  locale: string;
  /** Whether the story is expanded. */
  open: (item: FeedItem) => boolean;
  /** The sanitized story. */
  full: (item: FeedItem) => HTMLElement;
  toggle: (event: Event) => void;
  /** Why the story's pictures are blurred (`blur-images`; '' for all), or undefined. */
  hidden: (item: FeedItem) => string | undefined;
  reveal: (event: Event) => void;
}

export function card(c: CardContext, item: FeedItem, index: number, detail = false): TemplateResult {
  const {settings: s, t} = c;
  const id = `story-${index}`;
  const open = detail || c.open(item);
  const {expand, layout} = s;
  const headlines = layout === 'headlines';
  // Expands when there is more to read than the card shows: the story's HTML (full content, or a
  // description richer than its excerpt), or a plain summary the card cuts short or hides.
  // A story with a sound or video shows its player expanded (in the list layout, on the card).
  const list = layout === 'list';
  const expandable = expand === 'inline' && !headlines && !detail && (!!item.content || (!!item.media && !list) ||
    (!!item.summary && (!s.excerpts || words(item.summary, s.excerptLength) !== item.summary)));
  // The detail page passes the same http(s) gate as every feed URL: `javascript:` never becomes a link.
  const page = expand === 'page' && httpUrl(s.detailPage, baseUri());
  const href = page ? `${page.split('#')[0]}#${STORY}${encodeURIComponent(item.id)}` : item.link;
  const title = expand !== 'none' && href && !detail
    ? html`<a href=${href} target=${page ? '_self' : s.target} rel="noopener" referrerpolicy=${REFERRER}>${item.title}</a>`
    : item.title;
  // A story without a picture, or whose picture fails to load, shows the fallback picture if there is one.
  const fallback = httpUrl(s.fallbackImage, baseUri());
  // A video's story opens on its player's picture: the card's own would show it twice.
  const video = open && (videoOf(item.link) || item.media?.type.startsWith('video'));
  const image = s.image !== 'none' && !headlines && !video ? item.image ?? (fallback ? {url: fallback, alt: ''} : null) : null;
  const side = s.imagePosition === 'top' ? (list ? 'left' : '') : s.imagePosition;
  const hidden = c.hidden(item);
  const blur = hidden === undefined ? '' : 'blur';
  return html`<article part="card" class="card ${side} ${image ? s.image : ''}" aria-labelledby="${id}-title">
    ${image
      ? html`<img part="image" class="image ${blur}" src=${image.url} alt=${image.alt}
          srcset=${image.srcset ?? nothing} sizes=${s.image === 'thumbnail' ? '6rem' : side ? '15rem' : '(min-width: 40rem) 33vw, 100vw'}
          width=${image.width ?? nothing} height=${image.height ?? nothing}
          loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${broken} .fallback=${fallback}>`
      : nothing}
    <div part="body" class="body">
      ${blur && (image || open)
        ? html`<button part="reveal" class="toggle reveal" type="button" @click=${c.reveal} .item=${item}>
            ${t.show}${hidden ? ` (${hidden})` : ''}</button>`
        : nothing}
      <div part="title" class="title" dir="auto" role="heading" aria-level=${Math.min(6, s.headingLevel + (s.heading ? 1 : 0))}
        id="${id}-title">${title}</div>
      ${meta(c, item)}
      ${open
        ? html`<div part="content" class="content ${blur}" dir="auto" id="${id}-content" role="region" aria-labelledby="${id}-title">
            ${c.full(item)}
          </div>`
        : item.summary && s.excerpts && !headlines
          ? html`<p part="excerpt" class="excerpt" dir="auto">${words(item.summary, s.excerptLength)}</p>`
          : nothing}
      ${item.media && (open || list) && !headlines ? player(item.media, item) : nothing}
      ${expandable
        ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${id}-content" @click=${c.toggle} .item=${item}>
            ${open ? t.readLess : t.readMore}<span class="sr">: ${item.title}</span>
          </button>`
        : expand === 'inline' && item.link && !headlines || detail && item.link
          ? html`<a part="source-link" class="toggle" href=${item.link} target=${s.target} rel="noopener" referrerpolicy=${REFERRER}>
              ${format(t.continueAt, {source: hostOf(item.link)})}</a>`
          : nothing}
    </div>
  </article>`;
}

/**
 * A story's date as the settings show it. Called once while the stories are on their way, so the
 * date formatter (whose first use costs milliseconds) is ready before the first card.
 */
export function dateText(s: Settings, locale: string, iso: string | null): string {
  try {
    return !iso || s.date === 'none' ? ''
      : s.date === 'relative' ? ago(Date.parse(iso), locale) : formatDate(iso, locale, s.date === 'long', s.timeZone || undefined);
  } catch {
    // A time zone set by script, unchecked by the attribute's converter: show no date rather than throw.
    return '';
  }
}

function meta({settings: s, t, locale}: CardContext, item: FeedItem) {
  const date = dateText(s, locale, item.date);
  const author = s.layout !== 'headlines' && item.author;
  const duration = item.media?.duration;
  if (!date && !author && !item.source && !duration) return nothing;
  return html`<p part="meta" class="meta">
    ${item.source ? html`<span part="source" dir="auto">${item.source}</span>` : nothing}
    ${date ? html`<time datetime=${item.date}>${date}</time>` : nothing}
    ${duration ? html`<span part="duration">${minutes(duration, locale)}</span>` : nothing}
    ${author ? html`<span class="author">${format(t.by, {author})}</span>` : nothing}
  </p>`;
}

/**
 * The player for a story's sound or video, made by the widget (never by feed markup). It loads
 * nothing until the visitor presses play; a video shows the story's picture until then.
 */
function player({url, type}: FeedMedia, item: FeedItem): TemplateResult {
  return type.startsWith('video')
    ? html`<video part="media" class="media" controls preload="none" playsinline src=${url} poster=${item.image?.url ?? nothing}
        aria-label=${item.title}></video>`
    : html`<audio part="media" class="media" controls preload="none" src=${url} aria-label=${item.title}></audio>`;
}

/**
 * Shows a story's blurred pictures: `shown` gains the story, and once `update` has drawn it without
 * the button, focus goes to the story's first link or button rather than to the top of the page.
 */
export async function reveal(event: Event, shown: Set<string>, update: () => Promise<unknown>): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement & {item: FeedItem};
  const article = button.closest('article');
  shown.add(button.item.id);
  await update();
  article?.querySelector<HTMLElement>('a, button')?.focus();
}

/** At most `count` words of `text`, with an ellipsis when cut. */
export function words(text: string, count: number): string {
  const all = text.split(/\s+/);
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : text;
}

/**
 * A picture that fails to load (hotlinking protection is common) gives way to the fallback picture,
 * once; without one, or if that fails too, it is hidden rather than left as an empty box.
 */
export function broken(event: Event): void {
  const img = event.target as HTMLImageElement & {fallback: string | null};
  if (img.fallback && img.getAttribute('src') !== img.fallback) {
    img.removeAttribute('srcset');
    img.src = img.fallback;
  } else {
    img.classList.add('broken');
  }
}

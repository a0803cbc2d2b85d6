import {format, type Strings} from './i18n/index.js';
import {hostOf, httpUrl, videoOf} from './feed/url.js';
import {REFERRER, pageDocument} from './page.js';
import {broken} from './card.js';
import {sanitize} from './sanitize.js';
import {textToHtml} from './feed/text.js';
import type {FeedItem} from './feed/index.js';

// What a story's embedded frames become. Feed markup never makes a frame: a YouTube or Vimeo video
// becomes a facade (its picture and a play button) and only a press on it makes the player, from
// youtube-nocookie.com or player.vimeo.com; any other frame becomes a link to what it showed.

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(pageDocument.createElement(tag) as HTMLElementTagNameMap[K], props);

/**
 * What the frame at `src` becomes in a story: a video's facade, a link to anything else at an
 * http(s) address, or nothing. `title` names the video (the frame's title, else the story's);
 * `picture`, the story's own when the video is the story (a YouTube channel's feed), comes before
 * the video's (YouTube's is known from its address; Vimeo's would need a request to find).
 */
export function embed(src: string | null, title: string, t: Strings, picture?: string | null): Node | null {
  const video = videoOf(src);
  const href = httpUrl(src);
  if (!video) {
    return href ? make('a', {href, target: '_blank', rel: 'noopener', referrerPolicy: REFERRER,
      textContent: format(t.embed, {host: hostOf(href)})}) : null;
  }
  // `part` forwards a text to its token list.
  const button = make('button', {type: 'button', className: 'video', part: 'video' as never});
  button.setAttribute('aria-label', format(t.play, {title}));
  const image = picture ?? video.picture;
  // A picture that cannot load (offline, or a page's img-src) leaves the play button on black.
  if (image) button.append(make('img', {src: image, alt: '', loading: 'lazy', referrerPolicy: 'no-referrer', onerror: broken as OnErrorEventHandler}));
  button.addEventListener('click', () => {
    const frame = make('iframe', {src: video.player, title, allowFullscreen: true, referrerPolicy: 'strict-origin-when-cross-origin',
      allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture', className: 'video'});
    button.replaceWith(frame);
    frame.focus();
  }, {once: true});
  return button;
}

/**
 * The story in full, sanitized, its videos as facades: the feed's HTML, or its summary as paragraphs.
 */
export function fullStory(item: FeedItem, target: string, t: Strings): HTMLElement {
  const story = pageDocument.createElement('div');
  story.append(sanitize(item.content ?? textToHtml(item.summary), item.base, target,
    (src, title) => embed(src, title || item.title, t, src === item.link ? item.image?.url : null)));
  return story;
}

import type {Feed, FeedImage} from './types.js';
import {finishItem} from './item.js';
import {makeImage} from './image.js';
import {htmlToText, summarize} from './text.js';
import {parseDate} from './date.js';
import {httpUrl} from './url.js';
import {arr, isObject, obj, str, type Json} from './json.js';

/** `{rendered: "…"}`, the shape of every WordPress REST text field. */
function rendered(post: Json, key: string): string {
  return str(obj(post, key), 'rendered');
}

/**
 * The featured image from `_embed`, with the sizes WordPress generated in its shape as a srcset (a
 * square thumbnail cropped from a wide picture is not the same picture), so a phone or a thumbnail
 * loads the smallest that is sharp enough.
 */
export function featuredImage(post: Json, base: string | null): FeedImage | null {
  const media = arr(obj(post, '_embedded'), 'wp:featuredmedia')[0];
  if (isObject(media) && !media.code) {
    const details = obj(media, 'media_details');
    const image = makeImage(str(media, 'source_url'), base, str(media, 'alt_text'),
      str(details, 'width'), str(details, 'height'));
    if (image) {
      const ratio = image.width && image.height ? image.width / image.height : 0;
      const sizes = [...Object.values(obj(details, 'sizes') ?? {}), {...details, source_url: image.url}]
        .map((s) => {
          const url = httpUrl(str(s, 'source_url'), base);
          const width = parseInt(str(s, 'width'), 10);
          const height = parseInt(str(s, 'height'), 10);
          const sameShape = !ratio || !(height > 0) || Math.abs(width / height - ratio) < 0.02 * ratio;
          return url && width > 0 && sameShape && !/[\s,]/.test(url) ? `${url} ${width}w` : '';
        })
        .filter(Boolean);
      if (sizes.length) image.srcset = [...new Set(sizes)].join(', ');
      return image;
    }
  }
  // Sites without _embed often still name the picture (Jetpack, Yoast).
  const og = arr(obj(post, 'yoast_head_json'), 'og_image')[0];
  return makeImage(str(post, 'jetpack_featured_media_url'), base) ??
    makeImage(str(og, 'url'), base, '', str(og, 'width'), str(og, 'height'));
}

function categories(post: Json): string[] {
  return arr(obj(post, '_embedded'), 'wp:term')
    .flat()
    // Tags too, as WordPress's own feeds list them, so `categories` shows the same stories from both.
    .filter((term) => /^(?:category|post_tag)$/.test(str(term, 'taxonomy')))
    .map((term) => htmlToText(str(term, 'name')));
}

/** Parses the array `/wp-json/wp/v2/posts` returns, with or without `_embed`. */
export function parseWordPress(posts: unknown[], feedUrl: string | null, limit: number): Feed {
  const items = [];
  for (const post of posts.slice(0, limit)) {
    if (!isObject(post)) continue;
    const link = httpUrl(str(post, 'link'), feedUrl);
    const author = arr(obj(post, '_embedded'), 'author')[0];
    const content = obj(post, 'content');
    const html = content?.protected ? '' : rendered(post, 'content');
    const finished = finishItem({
      id: rendered(post, 'guid') || str(post, 'id') || null,
      title: htmlToText(rendered(post, 'title')),
      link,
      // date_gmt has no zone and is UTC; date is the site's local time, a fallback only.
      date: parseDate(str(post, 'date_gmt')) ?? parseDate(str(post, 'date')),
      author: (isObject(author) && !author.code && htmlToText(str(author, 'name'))) || null,
      categories: categories(post),
      summary: summarize(rendered(post, 'excerpt') || html),
      content: html || null,
      base: feedUrl,
      image: featuredImage(post, feedUrl),
    });
    if (finished) items.push(finished);
  }
  const first = items.find((item) => item.link)?.link;
  return {
    title: '',
    link: first ? new URL(first).origin + '/' : null,
    format: 'wordpress',
    items,
  };
}

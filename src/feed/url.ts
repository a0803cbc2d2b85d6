/**
 * Resolves `value` against `base` and returns it only if it is an absolute http(s) URL, without
 * any `user:password@`. This is the one gate every link and picture URL passes, whether it comes
 * from a feed, the cache or an attribute: `javascript:`, `data:` and anything unparsable become null.
 */
export function httpUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || !value) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base || undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.username = url.password = '';
  return url.href;
}

/** The host name of an http(s) URL, without `www.`; empty for anything else. Never throws. */
export function hostOf(value: string | null | undefined): string {
  const url = httpUrl(value);
  return url ? new URL(url).hostname.replace(/^www\./, '') : '';
}

const YOUTUBE = /^https:\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed\/|shorts\/|live\/|watch\?(?:[^#]*&)?v=)|youtu\.be\/)([\w-]{11})(?![\w-])/;
const VIMEO = /^https:\/\/(?:player\.|www\.)?vimeo\.com\/(?:video\/)?(\d{5,12})(?!\w)/;

/**
 * The player's address and the video's picture for a YouTube or Vimeo address, or null.
 * Only our code makes the player, from youtube-nocookie.com or player.vimeo.com (src/embed.ts).
 */
export function videoOf(url: string | null | undefined): {player: string; picture?: string} | null {
  const href = httpUrl(url)?.replace(/^http:/, 'https:') ?? '';
  const youtube = YOUTUBE.exec(href)?.[1];
  if (youtube) return {player: `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1`, picture: `https://i.ytimg.com/vi/${youtube}/hqdefault.jpg`};
  const vimeo = VIMEO.exec(href)?.[1];
  return vimeo ? {player: `https://player.vimeo.com/video/${vimeo}?autoplay=1`} : null;
}

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

/**
 * Resolves `value` against `base` and returns it only if it is an absolute http(s) URL.
 * This is the gate every link and image URL in the model passes: `javascript:`, `data:` and
 * anything unparsable become null.
 */
export function httpUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base || undefined);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** Labels TextDecoder understands for the encodings feeds declare. Unknown ones fall back to UTF-8. */
function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder();
  }
}

/**
 * The decoder for a feed, from its first bytes (512 are enough). A byte-order mark wins; then the
 * encoding named in the XML declaration (read as ASCII, so it must not claim UTF-16 there); then
 * the charset of the Content-Type header; then UTF-8. Reading bytes rather than `Response.text()`
 * is what keeps ISO-8859-1 and windows-1252 feeds from turning into replacement characters.
 */
export function feedDecoder(head: Uint8Array, contentType?: string | null): TextDecoder {
  const bom = head[0] === 0xfe ? 'utf-16be' : head[0] === 0xff ? 'utf-16le' : head[0] === 0xef ? 'utf-8' : '';
  if (bom) return decoderFor(bom);
  const ascii = String.fromCharCode(...head.subarray(0, 512));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii)?.[1];
  const charset = declared && !/^utf-?16/i.test(declared)
    ? declared
    : /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  return decoderFor(charset ?? 'utf-8');
}

/** Decodes a feed's bytes, all at once; see `feedDecoder`. */
export const decodeFeed = (bytes: Uint8Array, contentType?: string | null): string => feedDecoder(bytes, contentType).decode(bytes);

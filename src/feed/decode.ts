/** Labels TextDecoder understands for the encodings feeds declare. Unknown ones fall back to UTF-8. */
function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder();
  }
}

/**
 * Decodes a feed's bytes. A byte-order mark wins; then the encoding named in the XML declaration
 * (read as ASCII, so it must not claim UTF-16 there); then the charset of the Content-Type header;
 * then UTF-8. Reading bytes rather than `Response.text()` is what keeps ISO-8859-1 and
 * windows-1252 feeds from turning into replacement characters.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoderFor('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoderFor('utf-16le').decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoderFor('utf-8').decode(bytes);
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  const charset = declared && !/^utf-?16/i.test(declared)
    ? declared
    : /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  return decoderFor(charset ?? 'utf-8').decode(bytes);
}

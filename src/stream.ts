import {decodeFeed, feedDecoder} from './feed/decode.js';
import {STORY_END, closeAfter} from './feed/xml-parse.js';
import {parseFeed} from './feed/parse.js';

// A response body read as it arrives, so the first stories show as soon as their bytes are here
// rather than when the whole feed is: a WordPress feed with full text is 1–3 MB, and the five
// stories a widget shows sit in its first tenth.

/**
 * Characters below which a feed is read to its end even when nothing asks for more: the rest of a
 * small feed costs less than asking for it again if `limit` grows.
 */
const SMALL = 262_144;

/** A body still arriving, or all there. */
export interface Body {
  /** The text decoded so far. */
  text: string;
  /** Whether the body has been read to its end. */
  done: boolean;
  /** Whether the rest of the download was cancelled. */
  cut: boolean;
  /** Settles when the body is all there (or cut); rejects when the stream breaks. */
  rest: Promise<void>;
  /** Stops the download once past `SMALL`: nothing will ask for more than what has arrived. */
  cancel(): void;
}

/**
 * Reads `response` as it arrives, decoding in the encoding its first bytes and Content-Type name
 * (a character split across chunks is decoded whole). Resolves once the body is all there or, for
 * a feed in XML, once `limit` stories have arrived; the rest keeps coming in `rest` until
 * `cancel()`, which calls `stop` (to abort the request). `chunk` is called for every chunk (the
 * caller's timeout counts from the last one).
 * JSON (JSON Feed, WordPress REST) needs the whole document, and is read to its end.
 */
export async function readBody(response: Response, limit: number, chunk: () => void, stop: () => void): Promise<Body> {
  const type = response.headers.get('content-type');
  const reader = response.body?.getReader();
  let decoder: TextDecoder | undefined;
  let head = new Uint8Array(0);
  let stories = 0;
  let scanned = 0;
  let stopping = false;
  let warm: unknown;
  const body: Body = {
    text: '', done: !reader, cut: false, rest: Promise.resolve(),
    cancel() {
      stopping = true;
      if (body.done || body.text.length < SMALL) return;
      body.cut = true;
      // Aborting the request closes the connection in every engine; cancelling the reader alone may not.
      stop();
    },
  };
  // A response without a body (204, or a test's `new Response(null)`) is an empty feed.
  if (!reader) return body;
  /** Whether the first `limit` stories are here: end tags counted in the new text only. */
  const enough = (from: number) => {
    if (!/^[\s\uFEFF]*</.test(body.text.slice(0, 64))) return false;
    STORY_END.lastIndex = Math.max(scanned, from - 32);
    while (stories < limit && STORY_END.exec(body.text)) {
      stories++;
      scanned = STORY_END.lastIndex;
    }
    if (stories >= limit) return true;
    // Waiting for more stories with one here: parsing those, in a task of its own, readies the
    // parser (compiled, its first document made), which halves the parse the first cards wait for.
    // Not once they are all here: then it would only be in their way.
    warm ||= stories && setTimeout(() => {
      try {
        if (stories < limit) parseFeed(closeAfter(body.text, scanned)!);
      } catch {
        // The stories' own parse says what is wrong.
      }
    });
    return false;
  };
  const pump = async (until: (from: number) => boolean): Promise<void> => {
    for (;;) {
      const {done, value} = await reader.read();
      chunk();
      if (body.cut) return;
      const from = body.text.length;
      if (done) {
        // A body shorter than the sniffing needs is decoded whole.
        body.text += decoder ? decoder.decode() : decodeFeed(head, type);
        body.done = true;
        return;
      }
      if (decoder) {
        body.text += decoder.decode(value, {stream: true});
      } else {
        // The encoding is sniffed from the first 512 bytes.
        const joined = new Uint8Array(head.length + value.length);
        joined.set(head);
        joined.set(value, head.length);
        head = joined;
        if (head.length < 512) continue;
        decoder = feedDecoder(head, type);
        body.text = decoder.decode(head, {stream: true});
      }
      if (until(from)) return;
      if (stopping) body.cancel();
      if (body.cut) return;
    }
  };
  await pump(enough);
  if (!body.done) {
    body.rest = pump(() => false);
    body.rest.catch(() => {});
  }
  return body;
}

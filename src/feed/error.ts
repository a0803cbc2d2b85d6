/** Why a feed could not be shown. */
export type FeedErrorCode =
  /** The server answered with a non-2xx status (`status` is set). */
  | 'http'
  /** The request failed: offline, DNS, a refused connection. */
  | 'network'
  /** A cross-origin request failed while the browser is online: most likely no CORS header. */
  | 'cors'
  /** An https page asked for an http feed, which the browser blocks, and its https address failed too. */
  | 'insecure'
  /** No answer within the time limit. */
  | 'timeout'
  /** The body is empty. */
  | 'empty'
  /** The body is something other than a feed (an HTML page, an unknown JSON shape). */
  | 'not-a-feed'
  /** The body looks like a feed but cannot be parsed. */
  | 'malformed';

/** The one error `parseFeed` and the loader throw; `code` says what went wrong. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    /** The HTTP status, for `code === 'http'`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

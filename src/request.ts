import {FeedError} from './feed/index.js';
import {REFERRER} from './page.js';
import {readBody, type Body} from './stream.js';
import type {LoadOptions} from './load.js';

// One feed request: the timeout, retries of what may pass (network errors, 5xx), and the body
// read as it arrives (src/stream.ts).

/** A response: its body (arriving, or all there), final URL and headers. */
export type Fetched = {body: Body; url: string; headers: Headers};

function networkError(url: string): FeedError {
  if (!navigator.onLine) return new FeedError('network', 'The browser is offline.');
  if (new URL(url, location.href).origin !== location.origin) {
    return new FeedError('cors', 'The browser blocked the response. The likely cause is CORS: the feed\'s server sends no ' +
      'Access-Control-Allow-Origin header. See the README, "Hosting the feed", or set the proxy attribute.');
  }
  return new FeedError('network', 'The server could not be reached.');
}

async function requestOnce(url: string, options: LoadOptions): Promise<Fetched> {
  const timer = new AbortController();
  const abort = () => timer.abort();
  options.signal.addEventListener('abort', abort);
  let timeout = setTimeout(abort, options.timeout);
  let reading: Promise<void> | undefined;
  const timedOut = () => new FeedError('timeout', `No answer within ${options.timeout / 1000} s.`);
  const target = options.proxy ? options.proxy.replace('{url}', encodeURIComponent(url)) : url;
  try {
    let response: Response;
    try {
      response = await options.fetch(target, {signal: timer.signal, credentials: 'omit', referrerPolicy: REFERRER});
    } catch (error) {
      if (options.signal.aborted) throw error;
      throw timer.signal.aborted ? timedOut() : networkError(target);
    }
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}.`, response.status);
    // The timeout counts from the last chunk: a large feed on a slow line is slow, not stuck.
    const body = await readBody(response, options.limit, () => {
      clearTimeout(timeout);
      timeout = setTimeout(abort, options.timeout);
    }, abort);
    if (!body.done) reading = body.rest;
    // Behind a proxy, relative links still belong to the feed's own address.
    return {body, url: options.proxy ? url : response.url || url, headers: response.headers};
  } catch (error) {
    if (timer.signal.aborted && !options.signal.aborted && !(error instanceof FeedError)) throw timedOut();
    throw error;
  } finally {
    // A body still arriving keeps its timeout and its link to the caller's signal until it ends.
    void (reading ?? Promise.resolve()).catch(() => {}).then(() => {
      clearTimeout(timeout);
      options.signal.removeEventListener('abort', abort);
    });
  }
}

/** Waits `ms` (a task, at 0); rejects when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, {once: true});
  });
}

/** Fetches `url`, retrying network errors and 5xx answers `retries` times (after 0.5 s, then 1.5 s), never 4xx. */
export async function request(url: string, options: LoadOptions, retries = 2): Promise<Fetched> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(url, options);
    } catch (error) {
      const transient = error instanceof FeedError &&
        (error.code === 'network' || error.code === 'cors' || (error.code === 'http' && error.status! >= 500));
      if (!transient || attempt >= retries || options.signal.aborted) throw error;
      await sleep(500 * 3 ** attempt, options.signal);
    }
  }
}


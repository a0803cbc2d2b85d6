import {fixture} from '@open-wc/testing';
import type {NewsWidget} from '../../src/news-widget.js';
import {settled, withFetch} from './widget.js';

/**
 * A widget with `attrs` (loading at once, without the persistent cache unless `attrs` say so) that
 * records every URL it requests, once it has loaded. Same-origin URLs are recorded as paths.
 */
export async function recording(attrs: string): Promise<{el: NewsWidget; requested: string[]}> {
  const requested: string[] = [];
  const tag = withFetch((url, init, next) => {
    requested.push(url.startsWith(location.origin) ? url.slice(location.origin.length) : url);
    return next(url, init);
  });
  const host = await fixture(document.createElement('div'));
  host.innerHTML = `<${tag} loading="eager" ${/\bcache=/.test(attrs) ? '' : 'cache="0"'} ${attrs}></${tag}>`;
  return {el: await settled(host.firstElementChild as NewsWidget), requested};
}

import {fixture} from '@open-wc/testing';
import {NewsWidget} from '../../src/news-widget.js';
import {settled} from './widget.js';

let defined = 0;

/**
 * A widget with `attrs` (loading at once, without the persistent cache unless `attrs` say so) that
 * records every URL it requests, once it has loaded. Same-origin URLs are recorded as paths.
 */
export async function recording(attrs: string): Promise<{el: NewsWidget; requested: string[]}> {
  const requested: string[] = [];
  const tag = `recording-news-widget-${++defined}`;
  customElements.define(tag, class extends NewsWidget {
    protected override fetchFeed(url: string, init: RequestInit) {
      requested.push(url.startsWith(location.origin) ? url.slice(location.origin.length) : url);
      return super.fetchFeed(url, init);
    }
  });
  const host = await fixture(document.createElement('div'));
  host.innerHTML = `<${tag} loading="eager" ${/\bcache=/.test(attrs) ? '' : 'cache="0"'} ${attrs}></${tag}>`;
  return {el: await settled(host.firstElementChild as NewsWidget), requested};
}

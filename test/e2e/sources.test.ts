import {expect, waitUntil} from '@open-wc/testing';
import {OTHER_ORIGIN} from '../helpers/widget.js';

// Several sources in one widget, on the built bundle, in a page of its own (an iframe, reloaded
// the way a visitor reloads): a WordPress RSS feed and a JSON Feed on this origin, a WordPress
// REST API on another, one story in two of them, and a fourth source that answers 500. The test
// server counts every request it gets (test/server/middleware.mjs, /sources/).

describe('dist/news-widget.js with several sources', function () {
  this.timeout(60000);
  const run = `r${Date.now()}`;
  const base = `${location.origin}/sources/${run}`;
  const feeds = [`${base}/rss`, `${OTHER_ORIGIN}/sources/${run}/wp-json/wp/v2/posts`, `${base}/json`, `${base}/down`];
  let frame: HTMLIFrameElement;

  const root = () => frame.contentDocument?.querySelector('news-widget')?.shadowRoot;
  const counts = async (): Promise<Record<string, number>> => (await fetch(`${base}/count`)).json();

  async function page(): Promise<ShadowRoot> {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script src="/dist/news-widget.js"></script>
      <news-widget feed="${feeds.join(' ')}" limit="10" cache="600" loading="eager"></news-widget></body></html>`;
    document.body.append(frame);
    await waitUntil(() => root()?.querySelector('[aria-busy="false"]'), 'the stories never showed', {timeout: 20000});
    return root()!;
  }

  after(() => frame?.remove());

  it('merges them newest first, shows a shared story once, names each card\'s source, and notes the failed one', async () => {
    const shadow = await page();
    // The three that answer show at once; the note follows once the fourth has failed its retries.
    await waitUntil(() => shadow.querySelector('[part~="partial"]'), 'no note about the failed source', {timeout: 20000});
    const titles = [...shadow.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal([
      'Advent calendar for families', 'Bishops meet in Rome', 'Parish picnic raises funds for the roof',
      'Relief convoy reaches the border', 'New youth pastor welcomed', 'Seminary opens new library',
    ]);
    const sources = [...shadow.querySelectorAll('[part~="source"]')].map((source) => source.textContent!.trim());
    expect(sources).to.deep.equal(['Diocese News', 'Good News Service', 'St. Mark\'s Parish', 'Good News Service',
      'St. Mark\'s Parish', 'Good News Service']);
    expect(shadow.querySelector('[part~="partial"]')!.textContent).to.contain('1 of 4 sources could not be loaded');
    const attribution = shadow.querySelector('[part~="attribution"]')!;
    expect([...attribution.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Good News Service', 'St. Mark\'s Parish',
      'Diocese News']);
    expect(shadow.querySelector('[part~="status"][part~="error"]')).to.equal(null);
  });

  it('asked each server once per source, the failing one three times (two retries), and nothing on a reload within cache', async () => {
    const after = await counts();
    expect(after).to.deep.equal({
      rss: 1, 'wp-json/wp/v2/posts': 1, 'wp-json/': 1, json: 1, down: 3,
    });
    const shadow = await page();
    expect(shadow.querySelectorAll('[part~="card"]')).to.have.length(6);
    expect(await counts()).to.deep.equal(after);
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {NewsWidget} from '../src/news-widget.js';
import {DEMO, OTHER_ORIGIN, cards, settled, shadow, withFetch} from './helpers/widget.js';

// The widget lives inside pages it does not control. Their CSS must not break it, and it must not
// touch anything of theirs: DOM outside its own element, globals, cookies or storage.

const HOSTILE_CSS = [
  '* { all: unset }',
  'div { display: none !important }',
  'button { font-size: 40px }',
  'img { width: 100% }',
  'html, body { direction: rtl }',
  'body { text-transform: uppercase; letter-spacing: 4px; text-indent: 5em; white-space: nowrap; visibility: hidden }',
];

describe('host page', () => {
  for (const rule of HOSTILE_CSS) {
    it(`stays intact and usable under \`${rule}\``, async () => {
      const style = document.createElement('style');
      style.textContent = rule;
      document.head.append(style);
      // Straight into <body>: the test harness's own wrapper is a div, which the page's CSS may hide.
      const el = Object.assign(document.createElement('news-widget'), {feed: `${DEMO}wordpress-rss.xml`, limit: 2});
      document.body.append(el);
      try {
        await settled(el);
        const [card] = cards(el);
        expect(card.getBoundingClientRect().height, 'card height').to.be.greaterThan(150);
        const img = card.querySelector<HTMLImageElement>('[part~="image"]')!;
        expect(img.getBoundingClientRect().width).to.be.at.most(card.getBoundingClientRect().width + 1);
        const toggle = card.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
        const box = toggle.getBoundingClientRect();
        expect(box.height, 'toggle height').to.be.within(24, 80);
        expect(parseFloat(getComputedStyle(toggle).fontSize), 'toggle font').to.be.below(30);
        toggle.click();
        await el.updateComplete;
        const content = card.querySelector<HTMLElement>('[part~="content"]')!;
        expect(content.getBoundingClientRect().height, 'expanded story').to.be.greaterThan(100);
        if (rule.includes('rtl')) expect(getComputedStyle(card).direction).to.equal('rtl');
        const title = getComputedStyle(card.querySelector('[part~="title"]')!);
        expect([title.textTransform, title.whiteSpace, title.textIndent, title.visibility]).to.deep.equal(['none', 'normal', '0px', 'visible']);
      } finally {
        style.remove();
        el.remove();
      }
    });
  }

  it('requests only the feed and story pictures, without credentials, and stores only the stories', async () => {
    const requests: {url: string; credentials?: RequestCredentials}[] = [];
    withFetch((url, init, next) => {
      requests.push({url, credentials: init.credentials});
      return next(url, init);
    }, 'privacy-news-widget');
    const cookies = document.cookie;
    const stored = {keys: Object.keys(localStorage), session: sessionStorage.length};
    performance.clearResourceTimings();
    const feed = `${OTHER_ORIGIN}/demo/feeds/wordpress-rss.xml`;
    const el = await fixture<NewsWidget>(html`<privacy-news-widget feed=${feed} limit="2"></privacy-news-widget>`);
    await settled(el);
    cards(el)[0].querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).to.deep.equal([{url: feed, credentials: 'omit'}]);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    for (const url of fetched) expect(url).to.match(/\/demo\/(feeds\/wordpress-rss\.xml|images\/[\w-]+\.svg)$/);
    expect(document.cookie).to.equal(cookies);
    // The one thing kept is the stories, in localStorage under the widget's own prefix (cache="0" keeps nothing).
    const added = Object.keys(localStorage).filter((key) => !stored.keys.includes(key));
    expect(added).to.deep.equal([`news-widget:1:${feed}`]);
    expect(sessionStorage.length).to.equal(stored.session);
  });

  it('changes nothing outside its own element', async () => {
    const container = await fixture(html`<section><p>Church news</p><news-widget feed="${DEMO}feed.json"></news-widget></section>`);
    const before = document.documentElement.outerHTML;
    const el = container.querySelector('news-widget')!;
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await el.updateComplete;
    expect(document.documentElement.outerHTML).to.equal(before);
  });
});

import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {NewsWidget} from '../src/news-widget.js';
import {DEMO, FEEDS, shadow, stash, toggle, widget} from './helpers/widget.js';

// A church page printed with the widget on it (issue 20, part 4): no buttons or players, the open
// stories in full, link addresses written out, pictures within the page.

/**
 * Puts the widget on paper: the print media where the browser's driver can emulate it (Chromium),
 * else the stylesheet's own print rules applied as they are (Firefox and WebKit over WebDriver).
 */
async function printed(el: NewsWidget): Promise<'emulated' | 'rules'> {
  try {
    await emulateMedia({media: 'print'});
    if (matchMedia('print').matches) return 'emulated';
  } catch {
    // This driver cannot emulate media: apply the rules themselves.
  }
  const root = shadow(el);
  const print = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
  expect(print, 'a print stylesheet').to.have.length(1);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...print[0].cssRules].map((rule) => rule.cssText).join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return 'rules';
}

describe('print', () => {
  afterEach(async () => {
    try {
      await emulateMedia({media: 'screen'});
    } catch {
      // Nothing was emulated.
    }
  });

  it('hides the controls, shows open stories in full with their link addresses, and keeps pictures within the page', async () => {
    const el = await widget(`${DEMO}wordpress-rss.xml`, 'limit="3" pager');
    await toggle(el, 0);
    await printed(el);
    const root = shadow(el);
    for (const control of root.querySelectorAll('[part~="toggle"], [part~="pager"], [part~="source-link"]')) {
      expect(getComputedStyle(control).display, control.textContent!).to.equal('none');
    }
    const content = root.querySelector<HTMLElement>('[part~="content"]')!;
    expect(getComputedStyle(content).display).not.to.equal('none');
    expect(content.textContent!.length).to.be.greaterThan(500);
    const link = [...content.querySelectorAll('a')].find((a) => a.href.startsWith('http'))!;
    const title = root.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    for (const a of [link, title]) {
      // Firefox gives the computed `content` as written (`attr(href)`); the others, the address itself.
      const after = getComputedStyle(a, '::after').content;
      expect(after.includes(a.getAttribute('href')!) || /attr\(href\)/.test(after), after).to.equal(true);
    }
    const picture = root.querySelector<HTMLImageElement>('[part~="image"]')!;
    expect(parseFloat(getComputedStyle(picture).maxHeight)).to.be.closeTo(innerHeight / 2, 1);
    expect(getComputedStyle(root.querySelector('[part~="excerpt"]')!).display).to.equal('block');
  });

  it('leaves out players, play buttons and videos without a picture, and keeps a video\'s picture', async () => {
    const sermons = await widget(`${FEEDS}podcast.xml`, 'layout="list"');
    await printed(sermons);
    for (const audio of shadow(sermons).querySelectorAll('audio')) expect(getComputedStyle(audio).display).to.equal('none');
    const watch = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
    const feed = await stash(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Videos</title><item><title>Service</title>
      <link>${watch}</link><media:thumbnail url="${new URL('/demo/images/choir.svg', location.href).href}"/>
      <content:encoded><![CDATA[<p>${watch}</p><iframe src="https://player.vimeo.com/video/76979871"></iframe>]]></content:encoded>
      </item></channel></rss>`, 'application/rss+xml');
    const videos = await widget(feed);
    await toggle(videos, 0);
    const [pictured, bare] = shadow(videos).querySelectorAll<HTMLElement>('[part~="video"]');
    await waitUntil(() => pictured.querySelector('img')?.complete, 'the video\'s picture never loaded');
    await printed(videos);
    expect(getComputedStyle(pictured).display).not.to.equal('none');
    expect(getComputedStyle(pictured, '::after').display).to.equal('none');
    expect(getComputedStyle(bare).display).to.equal('none');
  });
});

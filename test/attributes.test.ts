import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import {NewsWidget} from '../src/news-widget.js';
import {recording} from './helpers/recording.js';
import {DEMO, FEEDS, capturingWarnings, cards, settled, shadow, widget, withFetch} from './helpers/widget.js';

// One test per attribute, each with its invalid values: those fall back to the default with one
// [news-widget] console line, and nothing throws.

const RSS = `${DEMO}wordpress-rss.xml`;
const WP = `${DEMO}wp-posts.json`;

const part = (el: NewsWidget, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim();

/** The widget with `attrs`, and the [news-widget] warnings it printed. */
async function configured(attrs: string, feed = RSS) {
  const {result: el, warnings} = await capturingWarnings(() => widget(feed, attrs));
  return {el, warnings: warnings.filter((w) => w.startsWith('[news-widget]'))};
}

describe('attributes', () => {
  it('come from one table: its names are the observed attributes, and the element shares it', async () => {
    const {RULES, attributeOf} = await import('../src/attributes.js');
    expect(NewsWidget.rules).to.equal(RULES);
    expect([...(NewsWidget as unknown as {observedAttributes: string[]}).observedAttributes].sort())
      .to.deep.equal(Object.keys(RULES).map(attributeOf).sort());
    const el = document.createElement('news-widget');
    expect([el.limit, el.layout, el.excerpts, el.strings, el.fallbackImage]).to.deep.equal([5, 'cards', true, undefined, '']);
  });

  it('layout: cards (default), list, headlines; anything else is cards', async () => {
    expect(part((await configured('')).el, 'base')!.classList.contains('cards')).to.equal(true);
    const list = (await configured('layout="list"')).el;
    expect(part(list, 'base')!.classList.contains('list')).to.equal(true);
    expect(cards(list)[0].classList.contains('left'), 'picture beside the text').to.equal(true);
    const headlines = (await configured('layout="headlines"')).el;
    expect(part(headlines, 'image'), 'no pictures').to.equal(null);
    expect(part(headlines, 'excerpt'), 'no excerpts').to.equal(null);
    expect(part(headlines, 'toggle'), 'no toggles').to.equal(null);
    expect(cards(headlines)[0].querySelector('time')).to.exist;
    const {el, warnings} = await configured('layout="grid"');
    expect(el.layout).to.equal('cards');
    expect(warnings).to.deep.equal(['[news-widget] layout="grid" is not one of cards, list, headlines; using cards.']);
  });

  it('image: full (default), thumbnail, none; the best-sized source, with its size reserved', async () => {
    const full = (await configured('', `${FEEDS}wp-rest-embed.json`)).el;
    const img = part(full, 'image') as HTMLImageElement;
    expect(img.srcset, 'every WordPress size').to.contain('w,');
    expect(img.sizes).to.contain('100vw');
    expect(getComputedStyle(img).aspectRatio).to.match(/16 \/ 9/);
    const thumbnail = (await configured('image="thumbnail"', WP)).el;
    expect((part(thumbnail, 'image') as HTMLImageElement).sizes).to.equal('6rem');
    expect(getComputedStyle(part(thumbnail, 'image')!).aspectRatio).to.match(/^1( \/ 1)?$/);
    expect(part((await configured('image="none"', WP)).el, 'image')).to.equal(null);
    const {el, warnings} = await configured('image="huge"', WP);
    expect(part(el, 'image')).to.exist;
    expect(warnings).to.have.length(1);
  });

  it('image-position: top (default), left, right', async () => {
    expect(cards((await configured('')).el)[0].className).not.to.match(/left|right/);
    const left = cards((await configured('image-position="left"')).el)[0];
    expect(getComputedStyle(left).flexDirection).to.equal('row');
    const right = cards((await configured('image-position="right"')).el)[0];
    expect(getComputedStyle(right).flexDirection).to.equal('row-reverse');
    const {el, warnings} = await configured('image-position="bottom"');
    expect(el.imagePosition).to.equal('top');
    expect(warnings).to.have.length(1);
  });

  it('excerpts: on by default; presence, true and false; anything else is the default', async () => {
    expect(part((await configured('')).el, 'excerpt')).to.exist;
    expect(part((await configured('excerpts')).el, 'excerpt')).to.exist;
    expect(part((await configured('excerpts="TRUE"')).el, 'excerpt')).to.exist;
    expect(part((await configured('excerpts="false"')).el, 'excerpt')).to.equal(null);
    const {el, warnings} = await configured('excerpts="no"');
    expect(part(el, 'excerpt')).to.exist;
    expect(warnings).to.deep.equal(['[news-widget] excerpts="no" must be true or false; using true.']);
  });

  it('excerpt-length: the longest summary in words', async () => {
    const excerpt = text(part((await configured('excerpt-length="6"')).el, 'excerpt'))!;
    expect(excerpt).to.equal('CHICAGO (Good News Service) – Dozens…');
    const {el, warnings} = await configured('excerpt-length="lots"');
    expect(el.excerptLength).to.equal(30);
    expect(warnings).to.have.length(1);
  });

  it('categories: names or slugs, any case, filtered on the client for XML feeds', async () => {
    const titles = async (attrs: string) => cards((await configured(attrs)).el).map((c) => text(c.querySelector('[part~="title"]')));
    expect(await titles('categories="community"')).to.have.length(2);
    expect(await titles('categories="Disaster Relief, music"')).to.deep.equal([
      'A year after the flood, volunteers have rebuilt 120 homes', 'Choir festival draws singers from 40 congregations']);
    expect(await titles('categories="disaster-relief"')).to.have.length(1);
    const none = (await configured('categories="sports"')).el;
    expect(text(part(none, 'empty'))).to.contain('No stories');
  });

  it('categories and pager on WordPress REST: filtered and paged by the server', async () => {
    const {el, requested} = await recording(`feed="${location.origin}/" categories="Community,outreach" limit="1" pager`);
    expect(requested).to.deep.equal([
      '/wp-json/?_fields=name%2Chome',
      // Categories and tags alike (this server has no tags).
      '/wp-json/wp/v2/categories?slug=community%2Coutreach&_fields=id',
      '/wp-json/wp/v2/tags?slug=community%2Coutreach&_fields=id',
      '/wp-json/wp/v2/posts?_embed=1&per_page=10&categories=10%2C11',
    ]);
    expect(cards(el)).to.have.length(1);
    part(el, 'pager')!.click();
    await waitUntil(() => cards(el).length === 2);
    // Focus moves to the first new story.
    expect(shadow(el).activeElement).to.equal(cards(el)[1]);
    expect(text(cards(el)[1].querySelector('[part~="title"]'))).to.contain('flood');
  });

  it('pager: "More stories" fetches the next WordPress page', async () => {
    const {el, requested} = await recording('feed="/wp-json/wp/v2/posts?per_page=2" limit="2" pager');
    part(el, 'pager')!.click();
    await waitUntil(() => cards(el).length === 4);
    expect(requested).to.deep.equal(['/wp-json/?_fields=name%2Chome', '/wp-json/wp/v2/posts?per_page=2&_embed=1',
      '/wp-json/wp/v2/posts?per_page=2&_embed=1&page=2']);
    part(el, 'pager')!.click();
    await waitUntil(() => cards(el).length === 6);
    // Page 3 was the last (X-WP-TotalPages): no more button.
    expect(part(el, 'pager')).to.equal(null);
  });

  it('pager behind a proxy: "More stories" asks the proxy for the next WordPress page too', async () => {
    const {el, requested} = await recording('feed="/wp-json/wp/v2/posts?per_page=2" proxy="/proxy?u={url}" limit="2" pager');
    part(el, 'pager')!.click();
    await waitUntil(() => cards(el).length === 4, 'the next page never came');
    const proxied = (path: string) => `/proxy?u=${encodeURIComponent(location.origin + path)}`;
    expect(requested).to.deep.equal([proxied('/wp-json/?_fields=name%2Chome'), proxied('/wp-json/wp/v2/posts?per_page=2&_embed=1'),
      proxied('/wp-json/wp/v2/posts?per_page=2&_embed=1&page=2')]);
  });

  it('pager: shows the next already-parsed stories of an XML feed, and is off by default', async () => {
    expect(part((await configured('limit="2"')).el, 'pager')).to.equal(null);
    const el = (await configured('limit="2" pager="true"')).el;
    part(el, 'pager')!.click();
    await waitUntil(() => cards(el).length === 4);
    expect(shadow(el).activeElement).to.equal(cards(el)[2]);
    part(el, 'pager')!.click();
    await waitUntil(() => cards(el).length === 6);
    expect(part(el, 'pager'), 'all six shown').to.equal(null);
  });

  it('expand="page" links titles to detail-page with the story id in the fragment', async () => {
    const el = (await configured('expand="page" detail-page="/news/"')).el;
    const link = cards(el)[0].querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    expect(link.getAttribute('href')).to.equal(new URL('/news/#news-widget=https%3A%2F%2Fnews.example.org%2F%3Fp%3D1000', location.href).href);
    expect(link.target).to.equal('_self');
    expect(part(el, 'toggle')).to.equal(null);
    const {warnings} = await configured('expand="modal"');
    expect(warnings).to.have.length(1);
  });

  it('heading and heading-level: a heading over the list, story titles one level below', async () => {
    const none = (await configured('')).el;
    expect(part(none, 'heading')).to.equal(null);
    expect(part(none, 'title')!.getAttribute('aria-level')).to.equal('2');
    const el = (await configured('heading="Church news" heading-level="3"')).el;
    expect(text(part(el, 'heading'))).to.equal('Church news');
    expect(part(el, 'heading')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('4');
    const {el: clamped, warnings} = await configured('heading="News" heading-level="9"');
    expect(part(clamped, 'heading')!.getAttribute('aria-level')).to.equal('5');
    expect(warnings).to.have.length(1);
  });

  it('date: short (default), long, relative, none', async () => {
    const date = async (attrs: string) => text(part((await configured(`locale="en-US" time-zone="UTC" ${attrs}`)).el, 'meta')!.querySelector('time'));
    expect(await date('')).to.equal('Nov 26, 2026');
    expect(await date('date="long"')).to.equal('November 26, 2026');
    expect(await date('date="relative"')).to.match(/ago|yesterday|in \d|tomorrow|today|now/);
    expect(await date('date="none"')).to.equal(undefined);
    const {el, warnings} = await configured('date="yesterday"');
    expect(el.date).to.equal('short');
    expect(warnings).to.have.length(1);
  });

  it('locale: the language of dates and text, whatever the page says', async () => {
    const el = (await configured('locale="de" time-zone="UTC"')).el;
    expect(text(cards(el)[0].querySelector('time'))).to.equal('26.11.2026');
    const {el: bad, warnings} = await configured('locale="not a language!"');
    expect(bad.locale).to.equal('');
    expect(warnings).to.deep.equal(['[news-widget] locale="not a language!" is not a language tag like en or pt-BR; ignored.']);
  });

  it('time-zone: dates in that zone', async () => {
    // 14:30 UTC on the 26th is already the 27th on Kiritimati (UTC+14).
    const el = (await configured('locale="en-US" time-zone="Pacific/Kiritimati"')).el;
    expect(text(cards(el)[0].querySelector('time'))).to.equal('Nov 27, 2026');
    const {el: bad, warnings} = await configured('time-zone="Mars/Olympus"');
    expect(bad.timeZone).to.equal('');
    expect(warnings).to.have.length(1);
  });

  it('theme: host (default), light, dark, auto', async () => {
    expect(part((await configured('')).el, 'base')!.classList.contains('host')).to.equal(true);
    const light = part((await configured('theme="light"')).el, 'base')!;
    const dark = part((await configured('theme="dark"')).el, 'base')!;
    expect(light.classList.contains('light')).to.equal(true);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(getComputedStyle(dark).backgroundColor).not.to.equal(getComputedStyle(light).backgroundColor);
    expect(part((await configured('theme="auto"')).el, 'base')!.classList.contains('auto')).to.equal(true);
    const {el, warnings} = await configured('theme="sepia"');
    expect(el.theme).to.equal('host');
    expect(warnings).to.have.length(1);
  });

  it('accent: accepted only if it is a CSS colour', async () => {
    const el = (await configured('accent="#7a1f3d"')).el;
    expect(getComputedStyle(part(el, 'toggle')!).color).to.equal('rgb(122, 31, 61)');
    const {el: bad, warnings} = await configured('accent="red; background: url(x)"');
    expect(bad.accent).to.equal('');
    expect(getComputedStyle(part(bad, 'toggle')!).color).to.equal('rgb(26, 95, 180)');
    expect(warnings).to.have.length(1);
  });

  it('target: _blank (default) or _self for every outbound link, story content included', async () => {
    const el = (await configured('target="_self"')).el;
    expect(cards(el)[0].querySelector<HTMLAnchorElement>('[part~="title"] a')!.target).to.equal('_self');
    expect(part(el, 'attribution')!.querySelector('a')!.target).to.equal('_self');
    part(el, 'toggle')!.click();
    await el.updateComplete;
    for (const a of part(el, 'content')!.querySelectorAll('a')) expect(a.target).to.equal('_self');
    expect(cards((await configured('')).el)[0].querySelector<HTMLAnchorElement>('[part~="title"] a')!.target).to.equal('_blank');
    const {warnings} = await configured('target="_top"');
    expect(warnings).to.have.length(1);
  });

  it('attribution: on by default, attribution="false" hides it', async () => {
    expect(part((await configured('')).el, 'attribution')).to.exist;
    expect(part((await configured('attribution="false"')).el, 'attribution')).to.equal(null);
  });

  it('timeout, cache and refresh: whole numbers in range, else the default', async () => {
    const {el, warnings} = await configured('timeout="soon" refresh="-5"');
    expect(el.timeout).to.equal(10);
    expect(el.refresh).to.equal(0);
    expect(warnings).to.have.length(2);
  });

  it('updates live when any attribute changes, without fetching again', async () => {
    let requests = 0;
    withFetch((url, init, next) => {
      requests++;
      return next(url, init);
    }, 'counting-news-widget');
    const host = await fixture(html`<div><counting-news-widget feed=${RSS} loading="eager" cache="0" limit="2"></counting-news-widget></div>`);
    const el = await settled(host.firstElementChild as NewsWidget);
    const changes: [string, string][] = [['layout', 'list'], ['image', 'none'], ['excerpts', 'false'], ['date', 'long'],
      ['theme', 'dark'], ['heading', 'News'], ['limit', '4'], ['categories', 'community'], ['categories', ''],
      ['locale', 'fr'], ['attribution', 'false'], ['expand', 'link'], ['pager', '']];
    for (const [name, value] of changes) {
      el.setAttribute(name, value);
      await el.updateComplete;
    }
    // The rest of the feed may still be arriving when the limit grows (WebKit reads it in more parts): its stories join then.
    await waitUntil(() => cards(el).length === 4, 'the limit of 4 never showed 4 stories', {timeout: 10000});
    expect(part(el, 'base')!.className).to.contain('list');
    expect(part(el, 'base')!.className).to.contain('dark');
    expect(part(el, 'image')).to.equal(null);
    expect(cards(el)).to.have.length(4);
    expect(text(part(el, 'heading'))).to.equal('News');
    expect(requests).to.equal(1);
  });
});

import {expect, waitUntil} from '@open-wc/testing';
import type {NewsWidget} from '../src/news-widget.js';
import {recording} from './helpers/recording.js';
import {DEMO, capturingWarnings, cards, merged, pager, shadow, stash, widget} from './helpers/widget.js';

// Several sources in one widget (src/stories.ts with src/select.ts), the keyword filters and the
// fallback picture, on the element.

const NEWS = `${DEMO}wordpress-rss.xml`;
const BLOG = `${DEMO}church-blog.xml`;
const titles = (el: NewsWidget) => cards(el).map((card) => card.querySelector('[part~="title"]')!.textContent!.trim());
const part = (el: NewsWidget, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const dates = (el: NewsWidget) => cards(el).map((card) => Date.parse(card.querySelector('time')!.dateTime));

describe('several sources', () => {
  it('merges a publisher\'s news and a parish blog newest first, the shared story once, each card naming its source', async () => {
    const el = await merged(await widget(`${NEWS} ${BLOG}`, 'limit="4"'), 2);
    expect(titles(el)).to.deep.equal(['Advent lessons and carols this Sunday', 'Churches open warming centers as cold snap grips the Midwest',
      'Thank you: 300 Thanksgiving baskets delivered', 'A year after the flood, volunteers have rebuilt 120 homes']);
    expect(cards(el).map((card) => card.querySelector('[part~="source"]')!.textContent)).to.deep.equal(['St. Mark\'s Parish',
      'Good News Service', 'St. Mark\'s Parish', 'Good News Service']);
    expect(part(el, 'attribution')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('From Good News Service, St. Mark\'s Parish');
    expect(part(el, 'partial')).to.equal(null);
  });

  it('asks for each address once, and for at most ten', async () => {
    const many = Array.from({length: 12}, (_, i) => `/faults/feed?key=many-${Date.now()}-${i}`);
    const {el, requested} = await recording(`feed="${NEWS} ${NEWS} ${many.join(' ')}" limit="2"`);
    // Besides the featured-picture lookups /faults/feed earns as a WordPress-style feed address.
    const feeds = requested.filter((url) => !url.includes('/wp-json/'));
    expect(feeds).to.have.length(10);
    expect(feeds.filter((url) => url.endsWith('wordpress-rss.xml'))).to.have.length(1);
    expect(cards(el)).to.have.length(2);
  });

  it('with one source, names no source on the cards, as before', async () => {
    const el = await widget(NEWS, 'limit="2"');
    expect(part(el, 'source')).to.equal(null);
  });

  it('keeps showing the sources that load, says how many failed, and prints one line per failure', async () => {
    const {result: el, warnings} = await capturingWarnings(async () => {
      const loaded = await widget(`${NEWS} /faults/status?status=404 /nowhere.xml`, 'limit="2"');
      // The source that answers shows at once; the note follows once the others have failed.
      await waitUntil(() => part(loaded, 'partial'), 'no note about the failed sources', {timeout: 10000});
      return loaded;
    });
    expect(cards(el)).to.have.length(2);
    expect(part(el, 'partial')!.textContent).to.equal('2 of 3 sources could not be loaded.');
    expect(warnings.filter((w) => w.startsWith('[news-widget]'))).to.have.length(2);
  });

  it('shows the error state only when every source fails', async () => {
    const {result: el, warnings} = await capturingWarnings(() => widget('/faults/status?status=404 /nowhere.xml'));
    expect(part(el, 'error')).to.exist;
    expect(warnings.filter((w) => w.startsWith('[news-widget]'))).to.have.length(2);
  });

  it('pages across a paged WordPress REST source and a feed, in order, each story once, fetching each page once', async () => {
    const {el, requested} = await recording(`feed="/wp-json/wp/v2/posts ${BLOG}" limit="2" pager`);
    await merged(el, 2);
    while (pager(el)) {
      pager(el)!.click();
      const before = cards(el).length;
      await waitUntil(() => cards(el).length > before || !pager(el), 'More stories showed nothing', {timeout: 10000});
    }
    const shown = dates(el);
    expect(shown).to.deep.equal([...shown].sort((a, b) => b - a));
    expect(new Set(titles(el)).size).to.equal(titles(el).length);
    expect(titles(el)).to.have.length(8);
    const posts = requested.filter((url) => url.startsWith('/wp-json/wp/v2/posts'));
    expect(new Set(posts).size).to.equal(posts.length);
  });

  it('applies categories across sources', async () => {
    const el = await merged(await widget(`${NEWS} ${BLOG}`, 'categories="outreach" limit="10"'), 2);
    expect(titles(el)).to.deep.equal(['Churches open warming centers as cold snap grips the Midwest',
      'Thank you: 300 Thanksgiving baskets delivered']);
  });
});

describe('include and exclude', () => {
  it('filter titles, summaries and categories, with categories too, and change live without a request', async () => {
    const {el, requested} = await recording(`feed="${NEWS} ${BLOG}" include="choir, thanksgiving" limit="10"`);
    await merged(el, 2);
    expect(titles(el)).to.deep.equal(['Advent lessons and carols this Sunday', 'Thank you: 300 Thanksgiving baskets delivered',
      'Choir festival draws singers from 40 congregations']);
    el.setAttribute('exclude', 'advent');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Thank you: 300 Thanksgiving baskets delivered', 'Choir festival draws singers from 40 congregations']);
    el.setAttribute('categories', 'worship');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Choir festival draws singers from 40 congregations']);
    el.setAttribute('include', 'oración, PASTOR*');
    el.removeAttribute('exclude');
    el.removeAttribute('categories');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Seminary launches Spanish-language pastoral care course']);
    expect(requested).to.have.length(2);
  });

  it('a filter set the moment the last source shows applies to what arrived, with no new request', async () => {
    const {el, requested} = await recording(`feed="${BLOG} /faults/slow?ms=800&key=last-${Date.now()}" limit="10"`);
    // A MutationObserver runs right after the render that draws the slow source, before any other task.
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (shadow(el).querySelectorAll('[part~="attribution"] a').length < 2) return;
        observer.disconnect();
        el.setAttribute('include', 'pastor*');
        resolve();
      });
      observer.observe(shadow(el), {childList: true, subtree: true});
    });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Seminary launches Spanish-language pastoral care course']);
    expect(requested).to.have.length(2);
  });

  it('on stories from the cache, a new filter fetches the sources again rather than filtering what the cache kept', async () => {
    const feed = `${NEWS} ${BLOG}`;
    localStorage.clear();
    await merged(await widget(feed, 'cache="600" limit="3"'), 2);
    const {el, requested} = await recording(`feed="${feed}" cache="600" limit="3"`);
    expect(requested, 'the second widget starts from the cache').to.deep.equal([]);
    el.setAttribute('include', 'pastor*');
    await waitUntil(() => titles(el).length === 1, 'the filter never applied', {timeout: 10000});
    expect(titles(el)).to.deep.equal(['Seminary launches Spanish-language pastoral care course']);
    localStorage.clear();
  });

  it('shows the empty message when nothing matches', async () => {
    const el = await widget(NEWS, 'include="zzzz"');
    expect(part(el, 'empty')).to.exist;
  });
});

describe('fallback-image', () => {
  const FALLBACK = '/demo/images/parish.svg';

  it('fills the picture of a story without one, in the layouts that show pictures', async () => {
    const el = await widget(NEWS, `fallback-image="${FALLBACK}" limit="6"`);
    const img = cards(el)[4].querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(`${location.origin}${FALLBACK}`);
    expect(img.alt).to.equal('');
    expect(cards(el)[0].querySelector('img')!.src).to.contain('warming.svg');
    el.setAttribute('layout', 'headlines');
    await el.updateComplete;
    expect(part(el, 'image')).to.equal(null);
  });

  it('stands in for a picture that fails to load; without it, the broken picture is hidden, not an empty box', async () => {
    const broken = `${location.origin}/no-such-picture.png`;
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>` +
      `<item><title>One</title><link>https://example.org/1</link>` +
      `<media:content url="${broken}" medium="image" width="1200" height="675"/></item></channel></rss>`;
    const address = await stash(rss, 'application/rss+xml');
    const el = await widget(address, `fallback-image="${FALLBACK}"`);
    const img = cards(el)[0].querySelector('img')!;
    await waitUntil(() => img.getAttribute('src')!.endsWith(FALLBACK), 'the fallback never replaced the broken picture', {timeout: 10000});
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the fallback never loaded', {timeout: 10000});
    expect(img.classList.contains('broken')).to.equal(false);
    const plain = await widget(address);
    const lone = cards(plain)[0].querySelector('img')!;
    await waitUntil(() => lone.classList.contains('broken'), 'the broken picture was not hidden', {timeout: 10000});
    expect(getComputedStyle(lone).display).to.equal('none');
  });

  it('ignores an address that is not http(s), with one console line', async () => {
    const {result: el, warnings} = await capturingWarnings(() => widget(NEWS, 'fallback-image="javascript:alert(1)" limit="6"'));
    expect(cards(el)[4].querySelector('img')).to.equal(null);
    expect(warnings).to.include('[news-widget] fallback-image="javascript:alert(1)" is not an http(s) address; ignored.');
  });
});

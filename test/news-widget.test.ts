import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import {NewsWidget} from '../src/news-widget.js';
import {recording} from './helpers/recording.js';
import {DEMO, FEEDS, OTHER_ORIGIN, capturingWarnings, cards, pending, settled, shadow, stash, widget, withFetch} from './helpers/widget.js';

describe('<news-widget>', () => {
  it('is registered once, as the NewsWidget class', () => {
    expect(customElements.get('news-widget')).to.equal(NewsWidget);
    expect(document.createElement('news-widget')).to.be.instanceOf(NewsWidget);
  });

  describe('ready', () => {
    it('renders one card per story up to the limit, with every field', async () => {
      const el = await widget(`${DEMO}wordpress-rss.xml`, 'limit="3"');
      const list = cards(el);
      expect(list).to.have.length(3);
      const first = list[0];
      expect(first.tagName).to.equal('ARTICLE');
      const title = first.querySelector('[part~="title"]')!;
      expect(title.textContent!.trim()).to.equal('Churches open warming centers as cold snap grips the Midwest');
      expect(title.querySelector('a')!.href).to.equal('https://news.example.org/2026/11/warming-centers/');
      const img = first.querySelector<HTMLImageElement>('[part~="image"]')!;
      expect(img.src).to.equal(new URL('/demo/images/warming.svg', location.href).href);
      expect(img.alt).to.equal('Cots and blankets set up in a church fellowship hall');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-26T14:30:00.000Z');
      expect(first.querySelector('time')!.textContent).to.match(/2026/);
      expect(first.querySelector('[part~="meta"]')!.textContent).to.contain('Maria Alvarez');
      expect(first.querySelector('[part~="excerpt"]')!.textContent).to.match(/^CHICAGO \(Good News Service\) – Dozens/);
      expect(first.querySelector('[part~="excerpt"]')!.textContent).not.to.contain('appeared first on');
      const attribution = shadow(el).querySelector('[part~="attribution"]')!;
      expect(attribution.textContent).to.contain('Good News Service');
      expect(attribution.querySelector('a')!.href).to.equal('https://news.example.org/');
      await expect(el).to.be.accessible();
    });

    it('renders every bundled format', async () => {
      for (const feed of ['wordpress-rss.xml', 'atom.xml', 'feed.json', 'wp-posts.json']) {
        const el = await widget(DEMO + feed);
        expect(cards(el), feed).to.have.length(5);
        expect(cards(el)[0].querySelector('[part~="title"]')!.textContent, feed).to.contain('warming centers');
      }
    });

    it('turns a WordPress site address into a REST request for as many posts as it shows, ten at least', async () => {
      const {el, requested} = await recording(`feed="${OTHER_ORIGIN}/" limit="2"`);
      // With the site's name from the REST index, asked for alongside.
      expect(requested).to.deep.equal([`${OTHER_ORIGIN}/wp-json/?_fields=name%2Chome`, `${OTHER_ORIGIN}/wp-json/wp/v2/posts?_embed=1&per_page=10`]);
      expect(cards(el)).to.have.length(2);
    });
  });

  describe('loading', () => {
    it('shows skeleton cards that reserve space while the feed is on its way', async () => {
      withFetch(pending, 'pending-news-widget');
      const el = await fixture<NewsWidget>(html`<pending-news-widget feed="/never" limit="4"></pending-news-widget>`);
      const list = shadow(el).querySelector('[part~="list"]')!;
      expect(list.getAttribute('aria-busy')).to.equal('true');
      const skeletons = shadow(el).querySelectorAll('[part~="skeleton"]');
      expect(skeletons).to.have.length(4);
      expect((skeletons[0] as HTMLElement).offsetHeight).to.be.greaterThan(200);
      await expect(el).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says there are no stories', async () => {
      const el = await widget(`${FEEDS}zero-items.xml`);
      expect(shadow(el).querySelector('[part~="empty"]')!.textContent).to.equal('No stories right now.');
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    const failures: [string, string, RegExp][] = [
      ['a 404', '/test/fixtures/feeds/missing.xml', /HTTP 404/],
      ['an HTML page', `${FEEDS}html-page.html`, /not point to a news feed/],
      ['malformed XML', `${FEEDS}malformed.xml`, /damaged/],
      ['a feed host without CORS headers', `${OTHER_ORIGIN}/no-cors/demo/feeds/wordpress-rss.xml`, /CORS/],
      ['no feed attribute', '', /not point to a news feed/],
    ];
    for (const [name, feed, detail] of failures) {
      it(`explains ${name} in the widget and in one console line, and shows the fallback`, async () => {
        const {result: el, warnings} = await capturingWarnings(async () => {
          const host = await fixture(html`<div><news-widget feed=${feed}><a href="https://news.example.org/">Read the news</a></news-widget></div>`);
          return settled(host.firstElementChild as NewsWidget);
        });
        const alert = shadow(el).querySelector('[part~="error"]')!;
        expect(alert, 'alert region').to.exist;
        expect(alert.textContent).to.contain('Stories could not be loaded.');
        expect(alert.textContent).to.match(detail);
        const slot = alert.querySelector('slot')!;
        expect(slot.assignedElements()[0].textContent).to.equal('Read the news');
        const ours = warnings.filter((w) => w.startsWith('[news-widget]'));
        expect(ours).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('names the cause in the console line: status, not a feed, or CORS', async () => {
      const {warnings} = await capturingWarnings(async () => {
        await widget('/test/fixtures/feeds/missing.xml');
        await widget(`${FEEDS}html-page.html`);
        await widget(`${OTHER_ORIGIN}/no-cors/demo/feeds/wordpress-rss.xml`);
      });
      expect(warnings[0]).to.match(/HTTP 404/);
      expect(warnings[1]).to.match(/web page, not a feed/);
      expect(warnings[2]).to.match(/CORS/);
    });
  });

  describe('expand', () => {
    it('expands a story in place and collapses it back, keeping focus on the toggle', async () => {
      const el = await widget(`${DEMO}wordpress-rss.xml`, 'limit="2"');
      const card = cards(el)[0];
      const toggle = card.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent).to.contain('Read the full story');
      toggle.focus();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const content = card.querySelector('[part~="content"]')!;
      expect(content.id).to.equal(toggle.getAttribute('aria-controls'));
      expect(content.querySelector('h3')!.textContent).to.equal('A network built over ten winters');
      expect(content.querySelector('blockquote')).to.exist;
      expect(card.querySelector('[part~="excerpt"]')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(toggle);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(card.querySelector('[part~="content"]')).to.equal(null);
      expect(card.querySelector('[part~="excerpt"]')).to.exist;
      expect(shadow(el).activeElement).to.equal(toggle);
    });

    it('links story content safely: new tab, no opener, at most the origin as referrer, pictures lazy and without referrer', async () => {
      const el = await widget(`${DEMO}atom.xml`, 'limit="1"');
      cards(el)[0].querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await el.updateComplete;
      const content = cards(el)[0].querySelector('[part~="content"]')!;
      const link = content.querySelector('a')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      const img = content.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.referrerPolicy).to.equal('no-referrer');
      expect(img.src).to.equal(new URL('/demo/images/warming.svg', location.href).href);
    });

    it('offers "Continue reading" at the source for a story with no full text', async () => {
      const el = await widget(`${FEEDS}rss1-rdf.xml`, 'limit="1"');
      const card = cards(el)[0];
      expect(card.querySelector('[part~="toggle"]')).to.equal(null);
      const source = card.querySelector<HTMLAnchorElement>('[part~="source-link"]')!;
      expect(source.textContent!.trim()).to.equal('Continue reading at diocese.example.net');
      expect(source.href).to.equal('https://diocese.example.net/bulletin/48');
    });

    it('expands a description-only WordPress "Excerpt" story into its HTML, links resolved, without the "appeared first on" footer', async () => {
      const el = await widget(`${FEEDS}wp-excerpt.xml`);
      const [card, short] = cards(el);
      card.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await el.updateComplete;
      const content = card.querySelector('[part~="content"]')!;
      expect(content.textContent).to.contain('school supplies every Saturday morning');
      expect(content.textContent).not.to.contain('appeared first on');
      expect(content.querySelector('a')!.href).to.equal(new URL('/volunteer/', location.href).href);
      // A short plain description the card already shows whole: no toggle, only the way to the source.
      expect(short.querySelector('[part~="toggle"]')).to.equal(null);
      expect(short.querySelector('[part~="source-link"]')).to.exist;
    });

    it('expands a description that carries a whole story: paragraphs, pictures, lists and links, resolved against the feed', async () => {
      const el = await widget(`${FEEDS}description-stories.xml`, 'image="none"');
      const [card] = cards(el);
      card.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await el.updateComplete;
      const content = card.querySelector('[part~="content"]')!;
      expect(content.querySelectorAll('li')).to.have.length(2);
      expect(content.querySelector('em')!.textContent).to.equal('three');
      expect(content.querySelector('img')!.src).to.equal(new URL(`${FEEDS}img/school.jpg`, location.href).href);
      expect(content.querySelector('a')!.href).to.equal(new URL(`${FEEDS}reports/2026.pdf`, location.href).href);
    });

    it('expands a plain summary only when the card cuts it short or shows no excerpt', async () => {
      const toggle = async (attrs: string) =>
        cards(await widget(`${FEEDS}description-stories.xml`, attrs))[1].querySelector('[part~="toggle"]');
      expect(await toggle('excerpt-length="7"'), 'seven words shown whole').to.equal(null);
      expect(await toggle('excerpt-length="5"'), 'cut at five words').to.exist;
      expect(await toggle('excerpts="false"'), 'no excerpt on the card').to.exist;
    });

    it('shows a story with no link as plain text, with no dead links', async () => {
      const el = await widget(`${FEEDS}atom.xml`);
      const card = cards(el)[2];
      expect(card.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Escaped & entity ’ here');
      expect(card.querySelector('a')).to.equal(null);
      expect(card.querySelector('[part~="toggle"]')).to.exist;
    });

    it('expand="link" sends the title to the story and has no toggle', async () => {
      const el = await widget(`${DEMO}wordpress-rss.xml`, 'expand="link" limit="1"');
      expect(cards(el)[0].querySelector('[part~="toggle"]')).to.equal(null);
      expect(cards(el)[0].querySelector('[part~="title"] a')).to.exist;
    });

    it('expand="none" shows headlines without links or toggles', async () => {
      const el = await widget(`${DEMO}wordpress-rss.xml`, 'expand="none" limit="1"');
      expect(cards(el)[0].querySelector('a, button')).to.equal(null);
    });
  });

  describe('huge stories', () => {
    /**
     * The longest HTML any parse was given while `run` ran (DOMParser as text/html, and innerHTML,
     * which the inert template uses): the work a story of megabytes costs before first cards,
     * counted rather than timed. The feed's own XML parse is not counted: escaped Atom content is
     * one text node to it.
     */
    async function longestParse(run: () => Promise<unknown>): Promise<number> {
      let longest = 0;
      const note = (text: unknown) => (longest = Math.max(longest, String(text).length));
      const parse = DOMParser.prototype.parseFromString;
      const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
      DOMParser.prototype.parseFromString = function (this: DOMParser, text: string, type: DOMParserSupportedType) {
        if (type === 'text/html') note(text);
        return parse.call(this, text, type);
      };
      Object.defineProperty(Element.prototype, 'innerHTML', {...inner, set(this: Element, value: string) {
        note(value);
        inner.set!.call(this, value);
      }});
      try {
        await run();
      } finally {
        DOMParser.prototype.parseFromString = parse;
        Object.defineProperty(Element.prototype, 'innerHTML', inner);
      }
      return longest;
    }

    const story = `<p dir="rtl">${'\u0643\u0644\u0645\u0629 '.repeat(10)}</p><p><img src="https://news.example.org/big.jpg" alt="Big"></p><p>${'Word '.repeat(2_000_000)}</p>`;
    const sources: [string, () => Promise<string>][] = [
      ['JSON Feed content_html', () => stash(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Big',
        items: [{id: '1', url: 'https://news.example.org/1', title: 'Big story', content_html: story}]}), 'application/json')],
      ['RSS content:encoded', () => stash(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title>
        <item><title>Big story</title><link>https://news.example.org/1</link><content:encoded><![CDATA[${story}]]></content:encoded></item></channel></rss>`, 'application/rss+xml')],
      ['Atom content', () => stash(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Big</title>
        <entry><id>urn:1</id><title>Big story</title><link href="https://news.example.org/1"/><content type="html">${story.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content></entry></feed>`, 'application/atom+xml')],
    ];
    for (const [name, make] of sources) {
      it(`reaches first cards from a 10 MB ${name} parsing only a bounded prefix, and sanitizes the story only when expanded`, async () => {
        const url = await make();
        let el!: NewsWidget;
        const longest = await longestParse(async () => (el = await widget(url)));
        expect(longest, 'the longest text parsed before first cards').to.be.below(200_000);
        const [card] = cards(el);
        expect(card.querySelector<HTMLImageElement>('[part~="image"]')!.src).to.equal('https://news.example.org/big.jpg');
        expect(card.querySelector('[part~="excerpt"]')!.textContent).to.match(/^\u0643/);
        expect(card.querySelector('[part~="content"]'), 'sanitized before it was asked for').to.equal(null);
        card.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
        await el.updateComplete;
        expect(card.querySelector('[part~="content"]')!.textContent!.length).to.be.above(9_000_000);
      });
    }
  });

  describe('attributes', () => {
    it('clamps limit to 1–50 and falls back to 5 for nonsense, warning once', async () => {
      const {result, warnings} = await capturingWarnings(async () => [
        await widget(`${DEMO}feed.json`, 'limit="0"'),
        await widget(`${DEMO}feed.json`, 'limit="500"'),
        await widget(`${DEMO}feed.json`, 'limit="lots"'),
      ]);
      expect(cards(result[0])).to.have.length(1);
      expect(result[1].limit).to.equal(50);
      expect(cards(result[2])).to.have.length(5);
      expect(warnings.filter((w) => w.includes('limit='))).to.have.length(3);
    });

    it('shows more stories when limit grows, and fewer when it shrinks', async () => {
      const el = await widget(`${DEMO}atom.xml`, 'limit="2"');
      expect(cards(el)).to.have.length(2);
      el.setAttribute('limit', '4');
      await waitUntil(() => cards(el).length === 4, 'did not grow to 4');
      el.setAttribute('limit', '1');
      await el.updateComplete;
      expect(cards(el)).to.have.length(1);
    });

    it('maps an unknown expand value to inline, with a warning', async () => {
      const {result: el, warnings} = await capturingWarnings(() => widget(`${DEMO}feed.json`, 'expand="sideways"'));
      expect(el.expand).to.equal('inline');
      expect(warnings.some((w) => w.includes('expand="sideways"'))).to.equal(true);
    });

    it('treats a feed property that is not a string as missing, without throwing', async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const {result: el} = await capturingWarnings(async () => {
          const widget = await fixture<NewsWidget>(html`<news-widget></news-widget>`);
          (widget as unknown as {feed: unknown}).feed = null;
          return settled(widget);
        });
        expect(shadow(el).querySelector('[part~="error"]')).to.exist;
        await nextFrame();
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('ignores the response of a feed it no longer shows', async () => {
      const el = await fixture<NewsWidget>(html`<news-widget feed="${DEMO}wordpress-rss.xml"></news-widget>`);
      el.feed = `${DEMO}feed.json`;
      await settled(el);
      await nextFrame();
      const title = shadow(el).querySelector('[part~="attribution"]')!.textContent;
      expect(title).to.contain('Good News Service');
      // The JSON Feed's first story links to the same URL; the format tells which response won.
      expect(cards(el)[0].querySelector('[part~="image"]')!.getAttribute('src')).to.equal(
        new URL('/demo/images/warming.svg', location.href).href);
    });

    it('aborts its request when removed from the page', async () => {
      let signal: AbortSignal | undefined;
      withFetch((_url, init) => {
        signal = init.signal ?? undefined;
        return new Promise<Response>(() => {});
      }, 'watching-news-widget');
      const el = await fixture<NewsWidget>(html`<watching-news-widget feed="/slow" cache="0"></watching-news-widget>`);
      await waitUntil(() => signal, 'never fetched');
      expect(signal!.aborted).to.equal(false);
      el.remove();
      expect(signal!.aborted).to.equal(true);
    });
  });
});

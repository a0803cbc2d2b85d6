import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {NewsWidget} from '../src/news-widget.js';
import {writeCache} from '../src/cache.js';
import {parseFeed} from '../src/feed/index.js';
import {capturingWarnings, cards, DEMO, FEEDS, offline, pending, settled, shadow, withFetch} from './helpers/widget.js';

// axe-core (through chai-a11y-axe) in every state the widget can be in, for each layout, in light
// and dark; then a keyboard-only walk through the cards, the toggles and the pager.

/** Never answers: the widget stays in its loading state. */
withFetch(pending, 'pending-news-widget');

/** Fails every request, as if offline. */
withFetch(offline, 'failing-news-widget');

const RSS = new URL(`${DEMO}wordpress-rss.xml`, location.href).href;

type State = 'loading' | 'ready' | 'expanded' | 'empty' | 'error' | 'stale-cache';

async function inState(state: State, attrs: string): Promise<NewsWidget> {
  const tag = state === 'loading' ? 'pending-news-widget' : state === 'stale-cache' ? 'failing-news-widget' : 'news-widget';
  const feed = state === 'empty' ? `${FEEDS}zero-items.xml` : state === 'error' ? `${FEEDS}malformed.xml`
    : state === 'loading' || state === 'stale-cache' ? `${RSS}?${state}` : RSS;
  if (state === 'stale-cache') {
    const body = await (await fetch(RSS)).text();
    writeCache(feed, {time: Date.now() - 7_200_000, limit: 5, feed: parseFeed(body, RSS, {limit: 5})});
  }
  const host = await fixture(html`<main><h1>Parish</h1><div></div></main>`);
  host.querySelector('div')!.innerHTML =
    `<${tag} feed="${feed}" loading="eager" cache="${state === 'stale-cache' ? 600 : 0}" ${attrs}></${tag}>`;
  const el = host.querySelector<NewsWidget>(tag)!;
  if (state === 'loading') {
    await el.updateComplete;
    return el;
  }
  await capturingWarnings(() => settled(el));
  if (state === 'stale-cache') await waitUntil(() => shadow(el).querySelector('[part~="stale"]'), 'no "Updated" line', {timeout: 15000});
  if (state === 'expanded') {
    shadow(el).querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
    await el.updateComplete;
  }
  return el;
}

describe('accessibility', function () {
  this.timeout(60000);

  for (const layout of ['cards', 'list', 'headlines']) {
    for (const theme of ['light', 'dark']) {
      it(`axe: no violations in any state, layout="${layout}" theme="${theme}"`, async () => {
        for (const state of ['loading', 'ready', 'expanded', 'empty', 'error', 'stale-cache'] as State[]) {
          try {
            const el = await inState(state, `layout="${layout}" theme="${theme}" heading="Parish news" pager limit="3"`);
            await expect(el, state).to.be.accessible();
            el.remove();
          } catch (error) {
            throw new Error(`${state}: ${(error as Error).message}`);
          }
          localStorage.clear();
        }
      });
    }
  }

  for (const theme of ['light', 'dark']) {
    it(`axe: no violations with several sources, one failing, and fallback pictures, theme="${theme}"`, async () => {
      for (const layout of ['cards', 'list']) {
        const host = await fixture(html`<main><h1>Parish</h1><div></div></main>`);
        host.querySelector('div')!.innerHTML = `<news-widget feed="${RSS} ${DEMO}church-blog.xml /nowhere.xml" loading="eager" cache="0"
          layout="${layout}" theme="${theme}" fallback-image="/demo/images/parish.svg" heading="Parish news" pager limit="3"></news-widget>`;
        const el = host.querySelector<NewsWidget>('news-widget')!;
        await capturingWarnings(async () => {
          await settled(el);
          await waitUntil(() => shadow(el).querySelector('[part~="partial"]'), 'no note about the failed source', {timeout: 15000});
        });
        expect(shadow(el).querySelectorAll('[part~="source"]').length).to.equal(3);
        await expect(el, layout).to.be.accessible();
        host.remove();
      }
    });
  }

  it('announces the first load politely, and failures, in one status region', async () => {
    const ready = await inState('ready', 'limit="3"');
    const status = shadow(ready).querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === '3 stories loaded', `said "${status.textContent}"`);
    const failed = await inState('error', '');
    const failure = shadow(failed).querySelector('[role="status"]')!;
    await waitUntil(() => failure.textContent === 'Stories could not be loaded.', `said "${failure.textContent}"`);
    expect(shadow(failed).querySelector('[role="alert"]')).to.equal(null);
  });

  it('takes the feed\'s alt text, or an empty alt when it has none', async () => {
    const el = await inState('ready', '');
    const images = cards(el).map((card) => card.querySelector('img')).filter((img) => img !== null);
    expect(images[0].getAttribute('alt')).to.equal('Cots and blankets set up in a church fellowship hall');
    for (const img of images) expect(img.getAttribute('alt')).to.be.a('string');
    // A story whose feed gives no alt text: empty alt, since the title is right there.
    const host = await fixture(html`<div><news-widget feed="${FEEDS}wordpress-rss.xml" loading="eager" cache="0"></news-widget></div>`);
    const other = await settled(host.firstElementChild as NewsWidget);
    const alts = [...shadow(other).querySelectorAll('[part~="image"]')].map((img) => img.getAttribute('alt'));
    expect(alts).to.include('');
  });

  it('labels the expanded region by its title, and names the button with it', async () => {
    const el = await inState('expanded', '');
    const toggle = shadow(el).querySelector('[part~="toggle"]')!;
    const region = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region.getAttribute('role')).to.equal('region');
    const title = shadow(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.contain('warming centers');
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show less: Churches open warming centers as cold snap grips the Midwest');
  });

  it('keyboard only: Tab through the cards, Enter and Space toggle, the pager moves focus to the first new story', async () => {
    const host = await fixture(html`<div><button id="before">Before</button>
      <news-widget feed=${RSS} limit="2" pager loading="eager" cache="0"></news-widget></div>`);
    const el = await settled(host.querySelector('news-widget')!);
    const focused = () => shadow(el).activeElement;
    const part = (node: Element | null) => node?.getAttribute('part');
    host.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({press: 'Tab'});
    expect(part(focused()?.closest('[part]') ?? null), 'first title link').to.equal('title');
    expect(focused()!.textContent).to.contain('warming centers');
    await sendKeys({press: 'Tab'});
    expect(part(focused()), 'first toggle').to.equal('toggle');
    const toggle = focused() as HTMLButtonElement;

    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Enter expands').to.equal('true');
    expect(focused(), 'focus stays on the toggle').to.equal(toggle);

    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Space collapses').to.equal('false');
    expect(focused(), 'focus stays on the toggle').to.equal(toggle);

    await sendKeys({press: 'Tab'});
    expect(focused()!.textContent, 'second title link').to.contain('flood');
    await sendKeys({press: 'Tab'});
    expect(part(focused()), 'second toggle').to.equal('toggle');
    await sendKeys({press: 'Tab'});
    expect(part(focused()), 'pager').to.equal('pager');

    await sendKeys({press: 'Enter'});
    await waitUntil(() => cards(el).length === 4, 'no new stories');
    expect(focused(), 'first new story').to.equal(cards(el)[2]);
    await sendKeys({press: 'Tab'});
    expect(focused()!.textContent, 'then its title link').to.contain('Choir festival');
  });
});

describe('reflow', () => {
  for (const layout of ['cards', 'list', 'headlines']) {
    it(`layout="${layout}" reflows at 320 px, and at 320 px with text at 200 %, without scrolling sideways`, async () => {
      for (const fontSize of ['16px', '32px']) {
        const host = await fixture(html`<div style="width: 320px; font-size: ${fontSize}"></div>`);
        host.innerHTML = `<news-widget feed="${RSS}" layout="${layout}" loading="eager" cache="0" limit="3" pager heading="News"></news-widget>`;
        const el = await settled(host.firstElementChild as NewsWidget);
        shadow(el).querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
        await el.updateComplete;
        for (const node of [el, ...shadow(el).querySelectorAll<HTMLElement>('[part~="card"], [part~="body"], [part~="content"]')]) {
          expect(node.scrollWidth, `${fontSize} ${node.getAttribute('part') ?? 'widget'}`).to.be.at.most(node.clientWidth + 1);
        }
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
    });
  }
});

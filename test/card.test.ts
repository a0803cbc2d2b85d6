import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {card, words, type CardContext} from '../src/card.js';
import {RULES, defaults, type Settings} from '../src/attributes.js';
import {strings} from '../src/i18n/index.js';
import type {FeedItem} from '../src/feed/index.js';

// src/card.ts: one story as a card, a function of the settings and the story.

const item: FeedItem = {
  id: '1', title: 'Choir festival', link: 'https://news.example.org/choir/', date: '2026-11-24T18:15:00Z', author: 'Grace Kim',
  categories: [], summary: 'Singers from 40 congregations.', content: '<p>The whole story.</p>', base: null, image: null,
};

async function show(settings: Partial<Settings>, story: Partial<FeedItem> = {}, open = false) {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  const context: CardContext = {
    settings: {...defaults(RULES), ...settings} as Settings, t: strings('en'), locale: 'en', open: () => open,
    full: () => Object.assign(document.createElement('div'), {textContent: 'FULL'}), toggle: () => {}, hidden: () => undefined, reveal: () => {},
  };
  render(card(context, {...item, ...story}, 0), el);
  return el;
}

describe('card', () => {
  it('names the source of a story from one of several feeds', async () => {
    expect((await show({}, {source: 'St. Mark\'s Parish'})).querySelector('[part~="source"]')!.textContent).to.equal('St. Mark\'s Parish');
    expect((await show({})).querySelector('[part~="source"]')).to.equal(null);
  });

  it('shows the fallback picture for a story without one, decorative, and none in headlines', async () => {
    const img = (await show({fallbackImage: 'https://church.example/logo.png'})).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://church.example/logo.png');
    expect(img.alt).to.equal('');
    expect((await show({fallbackImage: 'https://church.example/logo.png', layout: 'headlines'})).querySelector('img')).to.equal(null);
    expect((await show({fallbackImage: 'javascript:alert(1)'})).querySelector('img')).to.equal(null);
  });

  it('offers the toggle when there is more to read, and the full story when open', async () => {
    expect((await show({})).querySelector('[part~="toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect((await show({}, {content: null})).querySelector('button'), 'the excerpt is the whole summary').to.equal(null);
    expect((await show({}, {}, true)).querySelector('[part~="content"]')!.textContent!.trim()).to.equal('FULL');
  });

  it('cuts the excerpt to `excerpt-length` words', () => {
    expect(words('one two three four', 2)).to.equal('one two…');
    expect(words('one two', 2)).to.equal('one two');
  });
});

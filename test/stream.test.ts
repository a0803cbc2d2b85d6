import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {NewsWidget} from '../src/news-widget.js';
import {capturingWarnings, cards, pager, recordingXmlParses, settled, shadow, widget} from './helpers/widget.js';

// src/stream.ts: a feed read as it arrives. The test server (/stream/, test/server/middleware.mjs)
// sends the first stories at once and holds the rest until the test releases it, so each test looks
// at the widget while the server is still sending, and never waits for time.

let run = 0;
const stream = (query: string) => {
  const id = `s${Date.now()}-${++run}`;
  return {
    feed: `/stream/${id}?${query}`,
    status: async (): Promise<{requests: number; closedEarly: boolean; finished: boolean}> => (await fetch(`/stream/${id}/status`)).json(),
    release: () => fetch(`/stream/${id}/release`),
  };
};
const titles = (el: NewsWidget) => cards(el).map((card) => card.querySelector('[part~="title"]')!.textContent!.trim());

describe('a feed read as it arrives', () => {
  it('shows the first stories before the server has finished sending, and without a pager stops the download there', async () => {
    const {feed, status, release} = stream('items=400&first=5');
    const el = await widget(feed, 'limit="3"');
    expect(titles(el)).to.deep.equal(['Oración 1', 'Oración 2', 'Oración 3']);
    expect((await status()).finished, 'the server is still holding the rest').to.equal(false);
    await release();
    // A 4 MB feed: the widget reads on past 256 KB at most, then closes the connection.
    await waitUntil(async () => (await status()).closedEarly, 'the download was never cancelled', {timeout: 15000});
    expect((await status()).finished).to.equal(false);
  });

  it('with a pager, reads on in the background: "More stories" shows the next ones with no second request', async () => {
    const {feed, status, release} = stream('items=40&first=5');
    const el = await widget(feed, 'limit="3" pager');
    expect(titles(el)).to.have.length(3);
    expect((await status()).finished).to.equal(false);
    await release();
    await waitUntil(async () => (await status()).finished, 'the server never finished');
    await waitUntil(() => pager(el), 'no pager once the rest had come');
    pager(el)!.click();
    await waitUntil(() => cards(el).length === 6, 'More stories showed nothing');
    // The sixth story's "ó" arrived in two chunks.
    expect(titles(el)).to.deep.equal(['Oración 1', 'Oración 2', 'Oración 3', 'Oración 4', 'Oración 5', 'Oración 6']);
    expect((await status()).requests).to.equal(1);
    expect((await status()).closedEarly).to.equal(false);
  });

  it('keeps the first stories when the connection breaks midway', async () => {
    const {feed, release} = stream('items=40&first=5&fail=1');
    const {result: el} = await capturingWarnings(async () => {
      const loaded = await widget(feed, 'limit="3" pager');
      await release();
      // The pager shows once the widget knows there is more: when the rest has come, or failed to.
      await waitUntil(() => pager(loaded), 'no pager', {timeout: 10000}).catch(() => {});
      pager(loaded)?.click();
      await waitUntil(() => cards(loaded).length === 5 || !pager(loaded), 'More stories never answered');
      return loaded;
    });
    expect(titles(el).slice(0, 3)).to.deep.equal(['Oración 1', 'Oración 2', 'Oración 3']);
    expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('parses the first stories once, having readied the parser on the first story while the rest was on its way', () =>
    recordingXmlParses(async (parsed) => {
      // Five stories in the first part, three shown: the third story is parsed once. (An engine that
      // reads the part in pieces may first parse the stories of its first piece, without the third:
      // that is the readying below.)
      const five = stream('items=400&first=5');
      await widget(five.feed, 'limit="3"');
      expect(parsed.filter((text) => text.includes('Oración 3<')), 'the third story parsed twice').to.have.length(1);
      await five.release();
      // One story, then a wait: that story is parsed while the widget waits (the parser made ready),
      // and the first three once the rest has come.
      parsed.length = 0;
      const one = stream('items=400&first=1');
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<news-widget feed="${one.feed}" limit="3" loading="eager" cache="0"></news-widget>`;
      const el = host.firstElementChild as NewsWidget;
      await waitUntil(() => parsed.length === 1, 'the first story was not parsed while the rest was on its way');
      expect(parsed[0]).to.include('Oración 1<').and.not.include('Oración 2<');
      expect(cards(el)).to.have.length(0);
      await one.release();
      await settled(el);
      expect(titles(el)).to.deep.equal(['Oración 1', 'Oración 2', 'Oración 3']);
      expect(parsed).to.have.length(2);
    }));

  it('decodes windows-1252 as it arrives', async () => {
    const {feed, release} = stream('items=10&first=5&charset=windows-1252');
    const el = await widget(feed, 'limit="4"');
    expect(titles(el)).to.deep.equal(['Oración 1', 'Oración 2', 'Oración 3', 'Oración 4']);
    await release();
  });

  it('shares one request between a widget without a pager and one with, asking again only when more is needed', async () => {
    const {feed, status, release} = stream('items=400&first=5');
    localStorage.clear();
    const first = await widget(feed, 'limit="3" cache="600"');
    expect(titles(first)).to.have.length(3);
    const again = await widget(feed, 'limit="2" cache="600"');
    expect(titles(again)).to.have.length(2);
    expect((await status()).requests, 'fewer stories: the same request').to.equal(1);
    await release();
    await waitUntil(async () => (await status()).closedEarly, 'the download was never cancelled', {timeout: 15000});
    const paged = await widget(feed, 'limit="4" pager cache="600"');
    // The cut download cannot serve a pager: asked again.
    await waitUntil(async () => (await status()).requests === 2, 'never asked again');
    await waitUntil(() => cards(paged).length === 4, 'the new request never showed');
    await release();
    localStorage.clear();
  });
});

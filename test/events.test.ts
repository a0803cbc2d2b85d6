import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import {NewsWidgetCollapseEvent, NewsWidgetErrorEvent, NewsWidgetExpandEvent, NewsWidgetLoadEvent} from '../src/events.js';
import {capturingWarnings, DEMO, FEEDS} from './helpers/widget.js';

// Each event reaches the host page: it bubbles out of the shadow root up to document.

async function host(feed: string): Promise<HTMLElement> {
  return fixture(html`<div><news-widget feed=${feed} loading="eager" cache="0" limit="2"></news-widget></div>`);
}

describe('events', () => {
  it('news-widget-load carries the feed', async () => {
    const loaded = oneEvent(document, 'news-widget-load');
    await host(`${DEMO}atom.xml`);
    const event = await loaded;
    expect(event).to.be.instanceOf(NewsWidgetLoadEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.feed.title).to.equal('Good News Service');
    expect(event.detail.feed.items.length).to.be.at.least(2);
  });

  it('news-widget-error carries the error and its code', async () => {
    await capturingWarnings(async () => {
      const failed = oneEvent(document, 'news-widget-error');
      await host(`${FEEDS}malformed.xml`);
      const event = await failed;
      expect(event).to.be.instanceOf(NewsWidgetErrorEvent);
      expect(event.detail.error.code).to.equal('malformed');
    });
  });

  it('news-widget-expand and news-widget-collapse carry the story', async () => {
    const loaded = oneEvent(document, 'news-widget-load');
    const el = (await host(`${DEMO}wordpress-rss.xml`)).firstElementChild!;
    await loaded;
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    const expanded = oneEvent(el.parentElement!, 'news-widget-expand');
    toggle.click();
    const expand = await expanded;
    expect(expand).to.be.instanceOf(NewsWidgetExpandEvent);
    expect(expand.detail.item.title).to.contain('warming centers');
    const collapsed = oneEvent(el.parentElement!, 'news-widget-collapse');
    toggle.click();
    const collapse = await collapsed;
    expect(collapse).to.be.instanceOf(NewsWidgetCollapseEvent);
    expect(collapse.detail.item.id).to.equal(expand.detail.item.id);
  });
});

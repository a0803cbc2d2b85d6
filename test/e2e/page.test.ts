import {expect, waitUntil} from '@open-wc/testing';

// The built bundle in whole pages (same-origin iframes, so the page's storage is this origin's):
// an element already in the page when the script arrives, and a reload within the cache's
// time-to-live.

async function count(key: string): Promise<number> {
  return (await (await fetch(`/faults/count?key=${key}`)).json()).count;
}

/** Loads `body` as a page and resolves with its window once `news-widget` elements have cards. */
async function page(body: string, frame = document.createElement('iframe')): Promise<Window> {
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  frame.srcdoc = body;
  if (!frame.isConnected) document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await waitUntil(() => [...win.document.querySelectorAll('news-widget')].every((el) =>
    el.shadowRoot?.querySelector('[part~="card"]')), 'no cards', {timeout: 15000});
  return win;
}

describe('dist/news-widget.js in a page', () => {
  it('upgrades an element that is in the page before the script loads', async () => {
    const key = `upgrade-${Date.now()}`;
    const win = await page(`<news-widget feed="/faults/feed?key=${key}" limit="2"></news-widget>
      <script src="/dist/news-widget.js"></script>`);
    const el = win.document.querySelector('news-widget')!;
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(2);
    win.frameElement!.remove();
  });

  it('makes no request when the page is reloaded within the time-to-live', async () => {
    const key = `reload-${Date.now()}`;
    const body = `<script src="/dist/news-widget.js" defer></script>
      <news-widget feed="/faults/feed?key=${key}" limit="3"></news-widget>`;
    const frame = document.createElement('iframe');
    await page(body, frame);
    expect(await count(key)).to.equal(1);
    await page(body.replace('limit="3"', 'limit="3" '), frame);
    const titles = [...frame.contentDocument!.querySelector('news-widget')!.shadowRoot!.querySelectorAll('[part~="title"]')]
      .map((title) => title.textContent!.trim());
    expect(titles).to.have.length(3);
    expect(await count(key), 'requests after the reload').to.equal(1);
    frame.remove();
  });
});

describe('expand="page" with detail-page, across two pages', () => {
  it('a title on one page opens the story in full on the detail page, with a way back', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    let loaded = new Promise((resolve) => (frame.onload = resolve));
    frame.src = '/test/fixtures/pages/list.html';
    document.body.append(frame);
    await loaded;
    // Null while a page is loading or before the element upgrades: every wait below waits for the condition.
    const root = () => frame.contentDocument?.querySelector('news-widget')?.shadowRoot ?? null;
    await waitUntil(() => root()?.querySelector('[part~="card"]'), 'list never rendered', {timeout: 15000});
    const link = root()!.querySelectorAll<HTMLAnchorElement>('[part~="title"] a')[1];
    expect(link.textContent).to.contain('flood');
    loaded = new Promise((resolve) => (frame.onload = resolve));
    link.click();
    await loaded;
    expect(frame.contentWindow!.location.pathname).to.equal('/test/fixtures/pages/detail.html');
    await waitUntil(() => root()?.querySelector('[part~="back"]'), 'story never opened', {timeout: 15000});
    expect(root()!.querySelectorAll('[part~="card"]')).to.have.length(1);
    expect(root()!.querySelector('[part~="title"]')!.textContent).to.contain('flood');
    expect(root()!.querySelector('[part~="content"]')!.textContent!.length).to.be.above(200);
    expect(root()!.querySelector('[part~="back"]')!.textContent).to.contain('Back to all stories');
    root()!.querySelector<HTMLAnchorElement>('[part~="back"]')!.click();
    await waitUntil(() => root()?.querySelectorAll('[part~="card"]').length === 3, 'list never came back', {timeout: 15000});
    frame.remove();
  });
});

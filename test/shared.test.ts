import {expect} from '@open-wc/testing';
import {requestKey, sharedSource} from '../src/shared.js';
import type {LoadOptions} from '../src/load.js';
import {recordingXmlParses} from './helpers/widget.js';

// src/shared.ts: one request per source per page, whichever widgets ask for it.

const count = async (key: string) => (await (await fetch(`/faults/count?key=${key}`)).json()).count as number;
const options = (signal = new AbortController().signal): LoadOptions => ({
  limit: 5, signal, fetch: (url, init) => fetch(url, init), timeout: 10_000,
});

describe('shared requests', () => {
  it('names a request by its address, proxy and server-side categories', () => {
    expect(requestKey('https://a.example/feed/')).to.equal('https://a.example/feed/');
    expect(requestKey('https://a.example/feed/', 'https://p.example/?u={url}', ['world', 'church']))
      .to.equal('https://a.example/feed/ https://p.example/?u={url} world,church');
    expect(requestKey('https://a.example/feed/', undefined, [])).to.equal('https://a.example/feed/');
  });

  it('makes one request for widgets asking at once, and reuses it while younger than maxAge', async () => {
    const key = `shared-${Date.now()}`;
    const address = `/faults/feed?key=${key}`;
    const [a, b] = await Promise.all([sharedSource(address, options(), 60_000), sharedSource(address, options(), 60_000)]);
    expect(a).to.equal(b);
    expect(await sharedSource(address, options(), 60_000)).to.equal(a);
    expect(await count(key)).to.equal(1);
    await sharedSource(address, options(), 0);
    expect(await count(key)).to.equal(2);
  });

  it('parses a download stopped after the first stories only as far as the widget shows', async () => {
    const item = (i: number) => `<item><title>Story ${i}</title><link>https://a.example/${i}/</link><description>${'word '.repeat(150)}</description></item>`;
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>${Array.from({length: 400}, (_, i) => item(i + 1)).join('')}</channel></rss>`;
    // 300 KB in one chunk, as a cache or a fast line delivers it: past the 256 KB where a download
    // that nothing asks more of is stopped, so it is stopped at once.
    const fetch: LoadOptions['fetch'] = (_url, init) => Promise.resolve(new Response(new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        init.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
      },
    }), {headers: {'content-type': 'application/rss+xml'}}));
    await recordingXmlParses(async (parsed) => {
      const source = await sharedSource(`https://a.example/cut-${Date.now()}.xml`, {...options(), fetch}, 0);
      expect(source.cut).to.equal(true);
      expect(source.feed(5).items.map((i) => i.title)).to.deep.equal(['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5']);
      expect(parsed.filter((text) => text.includes('Story 7<')), 'stories past the first view were parsed').to.have.length(0);
    });
  });

  it('aborts the request only when every widget waiting for it has given up', async () => {
    const key = `abort-${Date.now()}`;
    const address = `/faults/slow?ms=1500&key=${key}`;
    const first = new AbortController();
    const second = new AbortController();
    const one = sharedSource(address, options(first.signal), 60_000);
    const two = sharedSource(address, options(second.signal), 60_000);
    first.abort();
    const source = await two;
    expect(source.feed(1).items).to.have.length(1);
    expect(await one).to.equal(source);
    const third = new AbortController();
    const alone = sharedSource(`/faults/slow?ms=1500&key=${key}-2`, options(third.signal), 60_000);
    third.abort();
    let failed = false;
    await alone.catch(() => (failed = true));
    expect(failed, 'the only widget gave up: the request is aborted').to.equal(true);
  });
});

import {expect} from '@open-wc/testing';
import {requestKey, sharedSource} from '../src/shared.js';
import type {LoadOptions} from '../src/load.js';

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

import {expect} from '@open-wc/testing';
import {readCache, writeCache, type Cached} from '../src/cache.js';
import {parseFeed} from '../src/feed/index.js';

const feed = parseFeed(`<rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link>
  <item><title>One</title><link>https://news.example.org/1</link><description>First.</description></item>
</channel></rss>`);
const entry = (time = Date.now()): Cached => ({time, limit: 5, feed});

describe('persistent cache', () => {
  beforeEach(() => localStorage.clear());

  it('stores the normalized stories under a versioned key and reads them back', () => {
    writeCache('https://news.example.org/feed/', entry(1000));
    expect(Object.keys(localStorage)).to.deep.equal(['news-widget:1:https://news.example.org/feed/']);
    expect(readCache('https://news.example.org/feed/')).to.deep.equal(entry(1000));
  });

  it('keeps the sources of a merged list, and refuses sources that are not what the widget writes', () => {
    const merged = {...feed, title: '', link: null, sources: [{title: 'A', link: 'https://a.example/'}, {title: 'B', link: null}],
      items: feed.items.map((item) => ({...item, source: 'A'}))};
    writeCache('merged', {time: 1000, limit: 5, feed: merged});
    expect(readCache('merged')!.feed).to.deep.equal(merged);
    for (const sources of [[{title: 'A', link: 'javascript:alert(1)'}], [{title: 5, link: null}], 'A', [{title: 'A'}]]) {
      localStorage.setItem('news-widget:1:bad', JSON.stringify({time: 1000, limit: 5, feed: {...merged, sources}}));
      expect(readCache('bad'), JSON.stringify(sources)).to.equal(null);
    }
    localStorage.setItem('news-widget:1:bad', JSON.stringify({time: 1000, limit: 5, feed: {...merged, items: [{...merged.items[0], source: {}}]}}));
    expect(readCache('bad')).to.equal(null);
  });

  it('ignores corrupted, foreign and tampered entries', () => {
    const key = 'news-widget:1: x';
    for (const stored of ['{not json', 'null', '[]', '{"time":1}', JSON.stringify({...entry(), feed: {title: 'T', items: 'x'}}),
      JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], link: 'javascript:alert(1)'}]}}),
      JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], title: {}}]}}),
      // Each of these threw while rendering, leaving the widget blank.
      JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], date: 'not a date'}]}}),
      JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], link: 'http://'}]}}),
      JSON.stringify({...entry(), feed: {...feed, link: 'http://[::'}}),
      JSON.stringify({...entry(), feed: {...feed, link: ' javascript:alert(1)'}}),
      JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], base: 'javascript:alert(1)//'}]}}),
      JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], image: {url: 5, alt: ''}}]}}),
      JSON.stringify({...entry(), feed: {...feed, format: 'html'}})]) {
      localStorage.setItem(key, stored);
      expect(readCache(' x'), stored).to.equal(null);
    }
  });

  it('keeps only the http(s) candidates of a stored srcset, and caps stored titles', () => {
    const image = {url: 'https://x.org/a.jpg', alt: '', srcset: 'javascript:alert(1) 1x, https://x.org/b.jpg 2x'};
    localStorage.setItem('news-widget:1: s', JSON.stringify({...entry(), feed: {...feed, items: [{...feed.items[0], image, title: 'T '.repeat(5000)}]}}));
    const [story] = readCache(' s')!.feed.items;
    expect(story.image!.srcset).to.equal('https://x.org/b.jpg 2x');
    expect(story.title.length).to.be.at.most(301);
  });

  it('takes an entry dated in the future as fetched long ago, so it is never fresh forever', () => {
    localStorage.setItem('news-widget:1: f', JSON.stringify(entry(Date.now() + 1e12)));
    expect(readCache(' f')!.time).to.equal(0);
  });

  it('never throws when storage is full or blocked', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => writeCache(' a', entry())).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(readCache(' a')).to.equal(null);
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });

  it('keeps its entries under the size cap, evicting its own oldest and nothing else', () => {
    localStorage.setItem('news-widget:0: old', '{}');
    localStorage.setItem('news-widget:settings', 'the host page\'s own');
    localStorage.setItem('church-settings', 'kept');
    const big = {...feed, items: [{...feed.items[0], content: 'x'.repeat(200_000)}]};
    for (let i = 0; i < 6; i++) writeCache(` feed-${i}`, {time: 1000 + i, limit: 5, feed: big});
    const ours = Object.keys(localStorage).filter((key) => key.startsWith('news-widget:')).sort();
    expect(ours).to.deep.equal(['news-widget:0: old', 'news-widget:1: feed-2', 'news-widget:1: feed-3', 'news-widget:1: feed-4', 'news-widget:1: feed-5', 'news-widget:settings']);
    expect(localStorage.getItem('church-settings')).to.equal('kept');
    expect(localStorage.getItem('news-widget:settings')).to.equal('the host page\'s own');
  });

  it('does not store an entry over its own cap', () => {
    writeCache(' huge', {time: 1, limit: 5, feed: {...feed, items: [{...feed.items[0], content: 'x'.repeat(300_000)}]}});
    expect(localStorage.length).to.equal(0);
  });
});

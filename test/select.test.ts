import {expect} from '@open-wc/testing';
import {inCategories, keywords, merge, slug} from '../src/select.js';
import type {FeedItem} from '../src/feed/index.js';

// src/select.ts: which stories show. Merging several sources, each story once, and the keyword filters.

const story = (id: string, title: string, date: string | null, more: Partial<FeedItem> = {}): FeedItem => ({
  id, title, date, link: `https://news.example.org/${id}/`, author: null, categories: [], summary: '', content: null, base: null,
  image: null, ...more,
});

describe('merge', () => {
  it('puts the stories of several sources newest first; undated ones after, in their sources\' order', () => {
    const a = [story('a1', 'A1', '2026-11-30T00:00:00Z'), story('a2', 'A2', null), story('a3', 'A3', '2026-11-20T00:00:00Z')];
    const b = [story('b1', 'B1', '2026-12-01T00:00:00Z'), story('b2', 'B2', null), story('b3', 'B3', '2026-11-25T00:00:00Z')];
    expect(merge([a, b]).map((item) => item.title)).to.deep.equal(['B1', 'A1', 'B3', 'A3', 'A2', 'B2']);
  });

  it('shows a story once: the same guid, the same link once normalized, or the same title on the same day', () => {
    const first = [
      story('https://news.example.org/?p=1', 'Same guid', '2026-11-30T10:00:00Z'),
      story('x2', 'Same link', '2026-11-29T10:00:00Z', {link: 'https://www.news.example.org/2026/story/?utm_source=rss#top'}),
      story('x3', 'Relief Convoy Reaches the Border', '2026-11-28T10:00:00Z'),
    ];
    const second = [
      story('https://news.example.org/?p=1', 'Same guid, other title', '2026-11-30T10:00:00Z', {link: null}),
      story('y2', 'Same link, other title', '2026-11-29T11:00:00Z', {link: 'http://news.example.org/2026/story'}),
      story('y3', 'relief convoy reaches the border', '2026-11-28T23:00:00Z'),
      story('y4', 'relief convoy reaches the border', '2026-11-27T10:00:00Z'),
    ];
    // The copy kept is the first-listed source's; the same title on another day is another story.
    expect(merge([first, second]).map((item) => item.id)).to.deep.equal(['https://news.example.org/?p=1', 'x2', 'x3', 'y4']);
  });
});

describe('merge, within one source', () => {
  it('never merges two stories of the same source, even with the same link', () => {
    const home = {link: 'https://church.example/news/'};
    const one = [story('1', 'Bake sale', '2026-11-30T00:00:00Z', home), story('2', 'Choir', '2026-11-29T00:00:00Z', home)];
    const other = [story('3', 'Choir', '2026-11-29T05:00:00Z', home)];
    expect(merge([one, other]).map((item) => item.id)).to.deep.equal(['1', '2']);
  });
});

describe('keywords', () => {
  const items = [
    story('1', 'Oración por la paz', '2026-11-30T00:00:00Z'),
    story('2', 'Prayer breakfast downtown', '2026-11-30T00:00:00Z'),
    story('3', 'We pray for Nigeria', '2026-11-30T00:00:00Z', {categories: ['Persecution']}),
    story('4', 'Football results', '2026-11-30T00:00:00Z', {summary: 'The church league played religious freedom cup.'}),
    story('5', '教会新闻', '2026-11-30T00:00:00Z'),
  ];
  const shown = (include: string[], exclude: string[] = []) => items.filter(keywords(include, exclude)).map((item) => item.id);

  it('matches without regard to case or accents', () => {
    expect(shown(['oracion'])).to.deep.equal(['1']);
    expect(shown(['ORACIÓN'])).to.deep.equal(['1']);
  });
  it('matches whole words, and a prefix with *', () => {
    expect(shown(['pray'])).to.deep.equal(['3']);
    expect(shown(['pray*'])).to.deep.equal(['2', '3']);
  });
  it('matches phrases, in the summary and the categories too', () => {
    expect(shown(['religious freedom'])).to.deep.equal(['4']);
    expect(shown(['persecution'])).to.deep.equal(['3']);
  });
  it('shows a story that matches any include and no exclude', () => {
    expect(shown([], ['football'])).to.deep.equal(['1', '2', '3', '5']);
    expect(shown(['pray*', 'football'], ['nigeria'])).to.deep.equal(['2', '4']);
  });
  it('matches Chinese without spaces between words', () => {
    expect(shown(['教会'])).to.deep.equal(['5']);
  });
  it('treats regular-expression characters as text', () => {
    expect(shown(['(.*)'])).to.deep.equal([]);
  });
});

describe('inCategories', () => {
  it('compares slugs, and passes everything without categories', () => {
    const item = story('1', 'T', null, {categories: ['World News']});
    expect(inCategories(item, [slug('world news')])).to.equal(true);
    expect(inCategories(item, ['church'])).to.equal(false);
    expect(inCategories(item, [])).to.equal(true);
  });
});

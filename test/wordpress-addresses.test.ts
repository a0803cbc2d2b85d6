import {expect} from '@open-wc/testing';
import {rest, restRoot, wordPressFeed} from '../src/wordpress.js';

describe('WordPress addresses', () => {
  it('reads what a feed address lists, under a subdirectory too, pretty or plain', () => {
    const cases: [string, ReturnType<typeof wordPressFeed>][] = [
      ['https://x.org/feed/', {root: 'https://x.org/wp-json/', narrowed: undefined}],
      ['https://x.org/feed', {root: 'https://x.org/wp-json/', narrowed: undefined}],
      ['https://x.org/feed/atom/', {root: 'https://x.org/wp-json/', narrowed: undefined}],
      ['https://x.org/feed/rss2/?open=1', {root: 'https://x.org/wp-json/', narrowed: undefined}],
      ['https://x.org/news/feed/', {root: 'https://x.org/news/wp-json/', narrowed: undefined}],
      ['https://x.org/category/world/feed/', {root: 'https://x.org/wp-json/', narrowed: {kind: 'categories', slug: 'world'}}],
      ['https://x.org/blog/category/world/africa/feed/atom/', {root: 'https://x.org/blog/wp-json/', narrowed: {kind: 'categories', slug: 'africa'}}],
      ['https://x.org/tag/prayer/feed/', {root: 'https://x.org/wp-json/', narrowed: {kind: 'tags', slug: 'prayer'}}],
      ['https://x.org/author/anna/feed/', {root: 'https://x.org/wp-json/', narrowed: {kind: 'author', slug: 'anna'}}],
      ['https://x.org/?feed=rss2', {root: 'https://x.org/?rest_route=/', narrowed: undefined}],
      ['https://x.org/blog/?feed=atom&category_name=world', {root: 'https://x.org/blog/?rest_route=/', narrowed: {kind: 'categories', slug: 'world'}}],
      ['https://x.org/index.php?feed=rss2&tag=prayer', {root: 'https://x.org/?rest_route=/', narrowed: {kind: 'tags', slug: 'prayer'}}],
      ['https://x.org/rss.xml', null],
      ['https://x.org/feeds/news', null],
      ['https://x.org/?feed=other', null],
    ];
    for (const [address, expected] of cases) expect(wordPressFeed(address), address).to.deep.equal(expected);
  });

  it('builds REST routes under pretty and plain roots, and finds the root of a posts address', () => {
    expect(rest('https://x.org/wp-json/', 'wp/v2/posts', {per_page: 10})).to.equal('https://x.org/wp-json/wp/v2/posts?per_page=10');
    expect(rest('https://x.org/?rest_route=/', 'wp/v2/posts')).to.equal('https://x.org/?rest_route=%2Fwp%2Fv2%2Fposts');
    expect(rest('https://x.org/wp-json/', '', {_fields: 'name'})).to.equal('https://x.org/wp-json/?_fields=name');
    expect(restRoot('https://x.org/blog/wp-json/wp/v2/posts?per_page=3')).to.equal('https://x.org/blog/wp-json/');
    expect(restRoot('https://x.org/index.php?rest_route=/wp/v2/posts&page=2')).to.equal('https://x.org/index.php?rest_route=/');
    expect(restRoot('https://x.org/wp-json/wp/v2/pages')).to.equal(null);
  });
});

import {expect} from '@open-wc/testing';
import {FeedError, parseFeed} from '../../src/feed/index.js';
import {decodeFeed} from '../../src/feed/decode.js';

// Every fixture in test/fixtures/feeds/ is a pair: the feed as a server sends it (bytes), and
// NAME.expected.json saying what parseFeed must make of it. Only the fields named in `expect` are
// compared, so an expectation states exactly what it is about.
interface Case {
  feed: string;
  url?: string;
  itemCount?: number;
  expect?: Record<string, unknown>;
  error?: string;
}

const DIR = '/test/fixtures/feeds/';

function assertMatches(actual: unknown, expected: unknown, path: string): void {
  if (Array.isArray(expected)) {
    expect(actual, path).to.be.an('array');
    const list = actual as unknown[];
    expect(list.length, `${path}.length`).to.be.at.least(expected.length);
    expected.forEach((value, i) => assertMatches(list[i], value, `${path}[${i}]`));
    if (expected.every((v) => typeof v !== 'object' || v === null)) expect(list, path).to.deep.equal(expected);
  } else if (expected && typeof expected === 'object') {
    expect(actual, path).to.be.an('object');
    for (const [key, value] of Object.entries(expected)) {
      assertMatches((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).to.equal(expected);
  }
}

async function load(name: string): Promise<{text: string; contentType: string | null}> {
  const response = await fetch(DIR + name);
  return {
    text: decodeFeed(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type')),
    contentType: response.headers.get('content-type'),
  };
}

const names: string[] = await (await fetch(DIR)).json();

describe('parseFeed fixtures', () => {
  it('has fixtures to run', () => {
    expect(names.length).to.be.greaterThan(15);
  });

  for (const name of names) {
    it(name.replace('.expected.json', ''), async () => {
      const spec: Case = await (await fetch(DIR + name)).json();
      const {text} = await load(spec.feed);
      if (spec.error) {
        let thrown: unknown;
        try {
          parseFeed(text, spec.url);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).to.be.instanceOf(FeedError);
        expect((thrown as FeedError).code).to.equal(spec.error);
        return;
      }
      const feed = parseFeed(text, spec.url);
      if (spec.itemCount !== undefined) expect(feed.items).to.have.length(spec.itemCount);
      assertMatches(feed, spec.expect, 'feed');
      for (const item of feed.items) {
        // Invariants every item keeps, whatever the format.
        expect(item.id, 'id').to.be.a('string').and.not.equal('');
        expect(item.title, 'title').to.be.a('string').and.not.equal('');
        expect(item.categories).to.be.an('array');
        if (item.link) expect(item.link).to.match(/^https?:\/\//);
        if (item.image) expect(item.image.url).to.match(/^https?:\/\//);
        if (item.date) expect(item.date).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(item.summary).not.to.match(/appeared first on|\[…\]|\[&hellip;\]/);
      }
    });
  }
});

describe('parseFeed', () => {
  it('keeps boilerplate out of summaries and collapses white space', () => {
    const feed = parseFeed(`<rss version="2.0"><channel><item><title>T</title>
      <description><![CDATA[<p>Line   one&nbsp;&nbsp;and
      two [&#8230;]</p><p>The post <a href="x">T</a> appeared first on <a href="y">Site</a>.</p>]]></description>
      </item></channel></rss>`);
    expect(feed.items[0].summary).to.equal('Line one and two');
  });

  it('takes the full story from a rich description when there is no content:encoded', () => {
    const story = `<p>${'A long paragraph of the story. '.repeat(30)}</p><p>Second.</p>`;
    const feed = parseFeed(`<rss version="2.0"><channel><item><title>T</title><description><![CDATA[${story}]]></description></item></channel></rss>`);
    expect(feed.items[0].content).to.equal(story);
  });

  it('never lets a javascript: or data: URL into links or images', () => {
    const feed = parseFeed(`<rss version="2.0"><channel><link>javascript:alert(1)</link><item><title>T</title>
      <link>javascript:alert(1)</link><guid>data:text/html,x</guid>
      <enclosure url="javascript:alert(1)" type="image/png"/>
      <media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="data:image/png;base64,AAAA"/>
      </item></channel></rss>`, 'https://example.org/feed');
    expect(feed.link).to.equal(null);
    expect(feed.items[0].link).to.equal(null);
    expect(feed.items[0].image).to.equal(null);
  });

  it('stops after `limit` stories in every format', async () => {
    for (const name of ['wordpress-rss.xml', 'rss1-rdf.xml', 'atom.xml', 'jsonfeed-1.1.json', 'wp-rest-embed.json']) {
      const {text} = await load(name);
      expect(parseFeed(text, 'https://example.org/', {limit: 1}).items, name).to.have.length(1);
    }
  });

  it('applies each relative xml:base once, for links and enclosures alike', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="blog/"><entry xml:base="2026/">
      <id>e</id><title>T</title><link href="post"/><link rel="enclosure" type="image/jpeg" href="pic.jpg"/></entry></feed>`,
    'https://example.org/');
    expect(feed.items[0].link).to.equal('https://example.org/blog/2026/post');
    expect(feed.items[0].image!.url).to.equal('https://example.org/blog/2026/pic.jpg');
  });

  it('resolves a WordPress REST list with nothing in it to an empty feed', () => {
    expect(parseFeed('[]').items).to.deep.equal([]);
  });

  it('drops items with nothing to show and titles untitled ones from their summary', () => {
    const feed = parseFeed(`<rss version="2.0"><channel><item></item><item><description>Only a description here.</description></item></channel></rss>`);
    expect(feed.items).to.have.length(1);
    expect(feed.items[0].title).to.equal('Only a description here.');
  });

  it('reads CDATA sections, short and long, comments and processing instructions as the XML says', () => {
    const story = `<p>${'Long story. '.repeat(30)}</p>`;
    const feed = parseFeed(`<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><!-- a comment --><item><title><![CDATA[!Faith & <Hope>]]> -<!-- -- --> <![CDATA[>]]>?></title><link>https://x.org/1</link>
      <content:encoded><![CDATA[${story}]]></content:encoded></item></channel></rss><!-- unclosed`);
    expect(feed.items[0].title).to.equal('!Faith & <Hope> - >?>');
    expect(feed.items[0].content).to.equal(story);
  });

  it('throws FeedError with a code for bodies that are not feeds', () => {
    for (const [body, code] of [['', 'empty'], ['hello', 'not-a-feed'], ['{"a":1}', 'not-a-feed'], ['{bad json', 'malformed']]) {
      expect(() => parseFeed(body)).to.throw(FeedError).with.property('code', code);
    }
  });
});

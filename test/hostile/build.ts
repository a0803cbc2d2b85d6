// Wraps hostile values into a feed of each format, so one payload can be aimed at every field of
// every format. Text fields are escaped the way each format escapes text and HTML fields are
// placed the way publishers place HTML (CDATA in XML, strings in JSON), unless a case asks for its
// payload to be inserted raw into the XML source.

export type Format = 'rss' | 'rdf' | 'atom' | 'json' | 'wp';

export interface Fields {
  title?: string;
  summary?: string;
  content?: string;
  link?: string;
  image?: string;
  author?: string;
  category?: string;
  feedTitle?: string;
  feedLink?: string;
  guid?: string;
}

export type Field = keyof Fields;

const SAFE: Required<Fields> = {
  title: 'Safe title',
  summary: 'Safe summary',
  content: '<p>Safe content</p>',
  link: 'https://news.example.org/safe',
  image: 'https://news.example.org/safe.jpg',
  author: 'Safe Author',
  category: 'Safe',
  feedTitle: 'Safe Feed',
  feedLink: 'https://news.example.org/',
  guid: 'safe-guid',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;

export function buildFeed(format: Format, hostile: Fields, raw = false): string {
  const f = {...SAFE, ...hostile};
  const text = (field: Field) => (raw && field in hostile ? f[field] : esc(f[field]));
  const html = (field: Field) => (raw && field in hostile ? f[field] : cdata(f[field]));
  switch (format) {
    case 'rss':
      return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>${text('feedTitle')}</title><link>${text('feedLink')}</link>
<item><title>${text('title')}</title><link>${text('link')}</link><guid>${text('guid')}</guid><dc:creator>${text('author')}</dc:creator>
<category>${text('category')}</category><description>${html('summary')}</description><content:encoded>${html('content')}</content:encoded>
<media:content url="${esc(f.image)}" medium="image"/></item></channel></rss>`;
    case 'rdf':
      return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="${esc(f.feedLink)}"><title>${text('feedTitle')}</title><link>${text('feedLink')}</link></channel>
<item rdf:about="${esc(f.link)}"><title>${text('title')}</title><link>${text('link')}</link><dc:creator>${text('author')}</dc:creator>
<dc:subject>${text('category')}</dc:subject><description>${html('summary')}</description><content:encoded>${html('content')}</content:encoded></item></rdf:RDF>`;
    case 'atom':
      return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<title type="text">${text('feedTitle')}</title><link href="${esc(f.feedLink)}"/><id>urn:feed</id>
<entry><id>${text('guid')}</id><title type="text">${text('title')}</title><link rel="alternate" href="${esc(f.link)}"/>
<author><name>${text('author')}</name></author><category term="${esc(f.category)}"/>
<summary type="html">${raw && 'summary' in hostile ? f.summary : esc(f.summary)}</summary>
<content type="html">${raw && 'content' in hostile ? f.content : esc(f.content)}</content>
<link rel="enclosure" type="image/jpeg" href="${esc(f.image)}"/></entry></feed>`;
    case 'json':
      return JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1', title: f.feedTitle, home_page_url: f.feedLink,
        items: [{id: f.guid, url: f.link, title: f.title, summary: f.summary, content_html: f.content, image: f.image,
          authors: [{name: f.author}], tags: [f.category]}],
      });
    case 'wp':
      return JSON.stringify([{
        id: 1, guid: {rendered: f.guid}, link: f.link, title: {rendered: f.title}, excerpt: {rendered: f.summary},
        content: {rendered: f.content}, date_gmt: '2026-11-26T10:00:00',
        _embedded: {
          author: [{name: f.author}],
          'wp:featuredmedia': [{source_url: f.image, alt_text: f.title, media_details: {sizes: {large: {source_url: f.image, width: 1024}}}}],
          'wp:term': [[{name: f.category, taxonomy: 'category'}]],
        },
      }]);
  }
}

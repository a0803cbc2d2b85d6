// Deterministic feeds for the benchmark, generated in memory (nothing committed): WordPress-style
// RSS with content:encoded, dc:creator, categories and a media:content picture; Atom; JSON Feed;
// and a picture for them.
import {deflateSync} from 'node:zlib';

const words = 'grace church food bank volunteers choir youth mission hope community prayer shelter neighbours'.split(' ');
/** A deterministic paragraph: the same text on every run. */
const paragraph = (seed, length) => Array.from({length}, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
const date = (i) => new Date(Date.UTC(2026, 10, 26, 12) - i * 3_600_000);

function storyHtml(i, bytes) {
  let html = '';
  for (let p = 0; html.length < bytes; p++) html += `<p>${paragraph(i + p, 60)}. <a href="https://news.example.org/${i}/${p}">More</a></p>\n`;
  return html;
}

export function rss(n, bytes = 2_000) {
  const items = Array.from({length: n}, (_, i) => `<item>
<title>Story ${i + 1}: ${paragraph(i, 8)}</title>
<link>https://news.example.org/2026/${i + 1}/</link>
<dc:creator><![CDATA[Author ${i % 7}]]></dc:creator>
<pubDate>${date(i).toUTCString()}</pubDate>
<category><![CDATA[Community]]></category><category><![CDATA[Topic ${i % 5}]]></category>
<guid isPermaLink="false">https://news.example.org/?p=${i + 1}</guid>
<description><![CDATA[${paragraph(i, 40)} [&#8230;]]]></description>
<content:encoded><![CDATA[${storyHtml(i, bytes)}]]></content:encoded>
<media:content url="https://news.example.org/images/${i + 1}.jpg" medium="image" width="1200" height="675"/>
</item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Generated News</title><link>https://news.example.org/</link><description>Benchmark feed</description>
${items}
</channel></rss>`;
}

export function atom(n, bytes = 2_000) {
  const entries = Array.from({length: n}, (_, i) => `<entry>
<title type="html">Story ${i + 1}: ${paragraph(i, 8)}</title>
<link rel="alternate" href="https://news.example.org/2026/${i + 1}/"/>
<id>tag:news.example.org,2026:${i + 1}</id>
<updated>${date(i).toISOString()}</updated>
<author><name>Author ${i % 7}</name></author>
<category term="community" label="Community"/>
<summary type="text">${paragraph(i, 40)}</summary>
<content type="html">${storyHtml(i, bytes).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content>
</entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Generated News</title><id>tag:news.example.org,2026:feed</id>
<updated>${date(0).toISOString()}</updated><link href="https://news.example.org/"/>
${entries}
</feed>`;
}

export function jsonFeed(n, bytes = 2_000) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Generated News', home_page_url: 'https://news.example.org/',
    items: Array.from({length: n}, (_, i) => ({
      id: String(i + 1), url: `https://news.example.org/2026/${i + 1}/`, title: `Story ${i + 1}: ${paragraph(i, 8)}`,
      content_html: storyHtml(i, bytes), summary: paragraph(i, 40), date_published: date(i).toISOString(),
      authors: [{name: `Author ${i % 7}`}], tags: ['Community'], image: `https://news.example.org/images/${i + 1}.jpg`,
    })),
  });
}

/** One story of about `bytes` of HTML, for the expand benchmark. */
export const bigStory = (bytes) => rss(1, bytes);

const CRC = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const pngChunk = (type, data) => {
  const typed = Buffer.concat([Buffer.from(type), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(typed));
  return Buffer.concat([head, typed, tail]);
};

/** A grey PNG of `width` × `height`: the feeds' pictures, so a page shows them as a real site would. */
export function png(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x88)]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(Array(height).fill(row)))), pngChunk('IEND', Buffer.alloc(0))]);
}

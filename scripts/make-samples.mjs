// Writes the demo's sample feeds (one story set, every format) into demo/feeds/. The stories are
// our own, shaped like a syndicated news story: byline, dateline, sub-heading, a closing promo and
// the "appeared first on" footer. Pictures are local files, referenced relative to the feed.
// Run: node scripts/make-samples.mjs
import {writeFileSync} from 'node:fs';

const SITE = 'https://news.example.org';
const PUBLISHER = 'Good News Service';
const stories = [
  {
    slug: 'warming-centers', city: 'CHICAGO', author: 'Maria Alvarez', date: '2026-11-26T14:30:00Z',
    categories: ['Community', 'Outreach'], image: 'warming.svg', alt: 'Cots and blankets set up in a church fellowship hall',
    title: 'Churches open warming centers as cold snap grips the Midwest',
    lede: 'Dozens of congregations across the region opened their fellowship halls overnight as temperatures fell below zero, offering cots, hot meals and a place to rest.',
    sub: 'A network built over ten winters',
    body: 'Organizers say the network began with three churches and a shared phone list. This year, 42 congregations signed up before the first freeze, and a shared calendar lets volunteers see which halls still need help.',
    quote: '“Nobody should have to choose between a warm bed and their dignity,” said the Rev. Thomas Greene, who coordinates the volunteers.',
  },
  {
    slug: 'flood-rebuild', city: 'ASHEVILLE, N.C.', author: 'David Chen', date: '2026-11-25T09:00:00Z',
    categories: ['Disaster Relief'], image: 'rebuild.svg', alt: 'Volunteers raising a wall frame on a house',
    title: 'A year after the flood, volunteers have rebuilt 120 homes',
    lede: 'Teams from more than 60 churches have spent their weekends hanging drywall and laying floors for families who lost everything when the river rose.',
    sub: 'Skills passed from one crew to the next',
    body: 'Each crew stays a week and trains the next, so a retired electrician from Ohio may teach a college student from Georgia how to wire a kitchen. Coordinators expect the last 30 homes to be finished by spring.',
    quote: '“We came to build houses and found we were building friendships,” said volunteer Ruth Okafor.',
  },
  {
    slug: 'choir-festival', city: 'NASHVILLE, Tenn.', author: 'Grace Kim', date: '2026-11-24T18:15:00Z',
    categories: ['Worship', 'Music'], image: 'choir.svg', alt: 'A massed choir singing in a sanctuary',
    title: 'Choir festival draws singers from 40 congregations',
    lede: 'More than 900 voices filled the downtown sanctuary on Saturday for the festival’s closing concert, the largest since it began in 1988.',
    sub: 'Hymns in six languages',
    body: 'This year’s program featured hymns in English, Spanish, Korean, Swahili, Portuguese and Arabic, reflecting the growing number of immigrant congregations that take part.',
    quote: '“When we sing together, the language barrier simply disappears,” said festival director Samuel Reyes.',
  },
  {
    slug: 'weekend-meals', city: 'PHOENIX', author: 'Maria Alvarez', date: '2026-11-22T11:45:00Z',
    categories: ['Community'], image: 'meals.svg', alt: 'Volunteers packing grocery bags at long tables',
    title: 'Food bank partnership doubles weekend meal program for students',
    lede: 'A partnership between a regional food bank and 18 churches now sends 2,400 children home with groceries every Friday.',
    sub: 'Backpacks packed on Thursday nights',
    body: 'Volunteers pack the bags on Thursday evenings in church basements, and school counselors quietly slip them into backpacks so no child is singled out.',
    quote: '“The teachers tell us Monday mornings look different now,” said program director Lena Ortiz.',
  },
  {
    slug: 'seminary-spanish', city: 'SAN ANTONIO', author: 'David Chen', date: '2026-11-20T16:00:00Z',
    categories: ['Education'], image: null, alt: '',
    title: 'Seminary launches Spanish-language pastoral care course',
    lede: 'The two-year evening program is designed for lay leaders in Hispanic congregations who cannot leave their jobs for full-time study.',
    sub: 'Classes on weeknights and online',
    body: 'Students meet two evenings a week, in person or online, and each is paired with a mentor pastor in their own city.',
    quote: '“Our churches are full of gifted leaders who simply never had the chance to train,” said the Rev. Ana Morales, the program’s dean.',
  },
  {
    slug: 'mission-trip', city: 'DALLAS', author: 'Grace Kim', date: '2026-11-18T08:30:00Z',
    categories: ['Missions', 'Youth'], image: 'mission.svg', alt: 'Teenagers painting a school wall',
    title: 'Youth mission team returns from Guatemala after building a school',
    lede: 'Twenty-six teenagers spent two weeks in the highlands, finishing a three-room school with local families.',
    sub: 'Letters exchanged between classrooms',
    body: 'The students plan to keep in touch with the school through monthly letters, and their home church has pledged to fund a teacher’s salary for the next three years.',
    quote: '“I thought we were going to help them,” said 16-year-old Joshua Bell. “They ended up teaching us.”',
  },
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const link = (s) => `${SITE}/2026/11/${s.slug}/`;
const promo = `<p><em>${PUBLISHER} offers its stories free to churches and ministries. Find more at <a href="${SITE}/">news.example.org</a>.</em></p>`;
const footer = (s) => `<p>The post <a href="${link(s)}">${esc(s.title)}</a> appeared first on <a href="${SITE}">${PUBLISHER}</a>.</p>`;
const contentHtml = (s, img = '') =>
  `<p><strong>By ${s.author}</strong></p>${img}<p>${s.city} (${PUBLISHER}) – ${esc(s.lede)}</p><h3>${esc(s.sub)}</h3><p>${esc(s.body)}</p><blockquote><p>${esc(s.quote)}</p></blockquote>${promo}`;
const rfc822 = (iso) => new Date(iso).toUTCString().replace('GMT', '+0000');

// WordPress RSS 2.0, as a WordPress site with a featured-image plugin emits it.
writeFileSync('demo/feeds/wordpress-rss.xml', `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>${PUBLISHER}</title>
  <atom:link href="${SITE}/feed/" rel="self" type="application/rss+xml" />
  <link>${SITE}</link>
  <description>Stories of faith and service, free for churches to share</description>
  <language>en-US</language>
  <generator>https://wordpress.org/?v=6.7</generator>
${stories.map((s, i) => `  <item>
    <title>${esc(s.title)}</title>
    <link>${link(s)}</link>
    <dc:creator><![CDATA[${s.author}]]></dc:creator>
    <pubDate>${rfc822(s.date)}</pubDate>
${s.categories.map((c) => `    <category><![CDATA[${c}]]></category>`).join('\n')}
    <guid isPermaLink="false">${SITE}/?p=${1000 + i}</guid>
    <description><![CDATA[${s.city} (${PUBLISHER}) &#8211; ${s.lede} [&hellip;]</p>
${footer(s)}]]></description>
    <content:encoded><![CDATA[${contentHtml(s)}${footer(s)}]]></content:encoded>
${s.image ? `    <media:content url="../images/${s.image}" medium="image" width="1200" height="675"><media:description>${esc(s.alt)}</media:description></media:content>\n` : ''}  </item>`).join('\n')}
</channel>
</rss>
`);

// Atom 1.0; xml:base on each link, pictures relative to the feed.
writeFileSync('demo/feeds/atom.xml', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">${PUBLISHER}</title>
  <link rel="alternate" type="text/html" href="${SITE}/" />
  <link rel="self" href="${SITE}/feed/atom/" />
  <id>${SITE}/feed/atom/</id>
  <updated>${stories[0].date}</updated>
${stories.map((s, i) => `  <entry>
    <id>tag:news.example.org,2026:${1000 + i}</id>
    <title type="html">${esc(esc(s.title))}</title>
    <link rel="alternate" type="text/html" xml:base="${SITE}/2026/" href="11/${s.slug}/" />
    <published>${s.date}</published>
    <updated>${s.date}</updated>
    <author><name>${s.author}</name></author>
${s.categories.map((c) => `    <category term="${c.toLowerCase().replace(/\s+/g, '-')}" label="${c}" />`).join('\n')}
    <summary type="text">${esc(`${s.city} (${PUBLISHER}) – ${s.lede}`)}</summary>
    <content type="html">${esc(contentHtml(s, s.image ? `<figure><img src="../images/${s.image}" alt="${esc(s.alt)}" width="1200" height="675"><figcaption>${esc(s.alt)}</figcaption></figure>` : ''))}</content>
  </entry>`).join('\n')}
</feed>
`);

// JSON Feed 1.1.
writeFileSync('demo/feeds/feed.json', JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: PUBLISHER,
  home_page_url: `${SITE}/`,
  feed_url: `${SITE}/feed.json`,
  language: 'en-US',
  items: stories.map((s, i) => ({
    id: String(1000 + i),
    url: link(s),
    title: s.title,
    summary: `${s.city} (${PUBLISHER}) – ${s.lede}`,
    content_html: contentHtml(s) + footer(s),
    ...(s.image ? {image: `../images/${s.image}`} : {}),
    date_published: s.date.replace('Z', '+00:00'),
    authors: [{name: s.author}],
    tags: s.categories,
  })),
}, null, 2) + '\n');

// WordPress REST API: /wp-json/wp/v2/posts?_embed
writeFileSync('demo/feeds/wp-posts.json', JSON.stringify(stories.map((s, i) => ({
  id: 1000 + i,
  date: s.date.slice(0, 19),
  date_gmt: s.date.slice(0, 19),
  guid: {rendered: `${SITE}/?p=${1000 + i}`},
  slug: s.slug,
  status: 'publish',
  type: 'post',
  link: link(s),
  title: {rendered: esc(s.title).replace(/’/g, '&#8217;')},
  content: {rendered: `${contentHtml(s)}\n${footer(s)}`, protected: false},
  excerpt: {rendered: `<p>${s.city} (${PUBLISHER}) &#8211; ${esc(s.lede)} [&hellip;]</p>\n`, protected: false},
  author: 1 + (i % 3),
  featured_media: s.image ? 2000 + i : 0,
  categories: [10 + i],
  _embedded: {
    author: [{id: 1 + (i % 3), name: s.author, link: `${SITE}/author/${s.author.toLowerCase().replace(' ', '-')}/`}],
    ...(s.image ? {'wp:featuredmedia': [{
      id: 2000 + i, alt_text: s.alt, media_type: 'image', mime_type: 'image/svg+xml',
      source_url: new URL(`../images/${s.image}`, 'http://x/demo/feeds/').pathname,
      media_details: {width: 1200, height: 675, sizes: {}},
    }]} : {}),
    'wp:term': [
      s.categories.map((c, j) => ({id: 10 + j, name: c, slug: c.toLowerCase().replace(/\s+/g, '-'), taxonomy: 'category'})),
      [{id: 90, name: 'Featured', slug: 'featured', taxonomy: 'post_tag'}],
    ],
  },
})), null, 2) + '\n');

console.log('wrote demo/feeds/');

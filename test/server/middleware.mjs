// Dev-server middleware for the test suite: what real feed hosts do, on this machine.
//  - Everything under /test/fixtures/ and /demo/ is sent with `Access-Control-Allow-Origin: *`, so a
//    page on localhost can read it from 127.0.0.1 (another origin) as a publisher's feed.
//  - /no-cors/<path> serves the same file without CORS headers.
//  - /test/fixtures/feeds/ lists the fixture expectation files, so a new fixture needs no code.
//  - /wp-json/wp/v2/posts and /feed/ behave like a WordPress site at the server root.
//  - POST /stash keeps a body a test made ({body, type, charset?}) and answers its address,
//    /stash/<id>; GET serves it with CORS (the query is ignored, so a page can carry one), and
//    /stash/<id>/log lists each request's Referer. Whole hostile pages and feeds, built in the test.
import {readdir, readFile} from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
// Content types without a charset, as many feed hosts send them: the body's own declaration decides.
const TYPES = {
  xml: 'application/xml', json: 'application/json', html: 'text/html', svg: 'image/svg+xml', txt: 'text/plain',
  js: 'text/javascript', mjs: 'text/javascript', sri: 'text/plain',
};

/** The policy a security-conscious host runs; README "Content-Security-Policy" lists the same. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src http: https:',
  'connect-src http: https:',
  "require-trusted-types-for 'script'",
  'trusted-types news-widget lit-html dompurify',
].join('; ');

/** Requests counted per `key` query parameter, for tests that assert how many requests were made. */
const counts = new Map();

/** An RSS feed of `n` generated stories, newest (story n) first, each with about `bytes` of content. */
export function generatedRss(n, bytes = 400) {
  const body = `<p>${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(bytes / 28))}`.slice(0, bytes) + '</p>';
  const items = Array.from({length: n}, (_, i) => n - i).map((k) => `<item><title>Story ${k}</title>` +
    `<link>https://news.example.org/${k}</link><guid>https://news.example.org/${k}</guid>` +
    `<pubDate>${new Date(Date.UTC(2026, 0, 1) + k * 3_600_000).toUTCString()}</pubDate>` +
    `<description>Summary of story ${k}.</description><content:encoded><![CDATA[${body}]]></content:encoded></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel><title>Generated News</title><link>https://news.example.org/</link>${items.join('')}</channel></rss>`;
}

/**
 * /sources/<run>/…: three sources of one church's news, each counted per path (query aside) toward
 * /sources/<run>/count. A WordPress RSS feed (rss), a WordPress REST API (wp-json/…) and a JSON
 * Feed (json) with dated stories that interleave; one story is in both the RSS and the JSON
 * Feed (the same link, a tracking parameter apart), and down always answers 500.
 */
const sourceCounts = new Map();
const STORIES = {
  rss: [['Bishops meet in Rome', '2026-11-30T10:00:00Z', 101], ['Relief convoy reaches the border', '2026-11-28T10:00:00Z', 102],
    ['Seminary opens new library', '2026-11-26T10:00:00Z', 103]],
  rest: [['Parish picnic raises funds for the roof', '2026-11-29T10:00:00Z', 201], ['New youth pastor welcomed', '2026-11-27T10:00:00Z', 202]],
  json: [['Advent calendar for families', '2026-12-01T10:00:00Z', 301], ['Relief convoy reaches the border', '2026-11-28T11:00:00Z', 102]],
};
const storyLink = (id) => `https://news.example.org/${id}/`;

function sources(ctx, url) {
  const [, , run, ...rest] = url.pathname.split('/');
  const file = rest.join('/');
  const key = `${run}/${file}`;
  if (file === 'count') {
    ctx.body = Object.fromEntries([...sourceCounts].filter(([k]) => k.startsWith(`${run}/`)).map(([k, v]) => [k.slice(run.length + 1), v]));
    ctx.set('cache-control', 'no-store');
    return;
  }
  sourceCounts.set(key, (sourceCounts.get(key) ?? 0) + 1);
  ctx.set('access-control-allow-origin', '*');
  ctx.set('access-control-expose-headers', 'X-WP-Total, X-WP-TotalPages');
  ctx.set('cache-control', 'no-store');
  if (file === 'rss') {
    ctx.type = 'application/rss+xml';
    ctx.body = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Good News Service</title>' +
      '<link>https://news.example.org</link><generator>https://wordpress.org/?v=6.7</generator>' +
      STORIES.rss.map(([title, date, id]) => `<item><title>${title}</title><link>${storyLink(id)}</link>` +
        `<guid isPermaLink="false">https://news.example.org/?p=${id}</guid><pubDate>${new Date(date).toUTCString()}</pubDate>` +
        `<category>World</category><description>${title}: the story.</description></item>`).join('') + '</channel></rss>';
  } else if (file === 'wp-json/wp/v2/posts') {
    ctx.set('x-wp-total', '2');
    ctx.set('x-wp-totalpages', '1');
    ctx.body = STORIES.rest.map(([title, date, id]) => ({
      id, date_gmt: date.slice(0, 19), link: `https://stmarks.example.org/${id}/`, guid: {rendered: `https://stmarks.example.org/?p=${id}`},
      title: {rendered: title}, excerpt: {rendered: `<p>${title}: the story.</p>`}, content: {rendered: `<p>${title}: the whole story.</p>`},
    }));
  } else if (file === 'wp-json/') {
    ctx.body = {name: "St. Mark's Parish", home: 'https://stmarks.example.org'};
  } else if (file === 'json') {
    ctx.type = 'application/feed+json';
    ctx.body = {version: 'https://jsonfeed.org/version/1.1', title: 'Diocese News', home_page_url: 'https://diocese.example.org/',
      items: STORIES.json.map(([title, date, id]) => ({id: `j${id}`, url: `${storyLink(id)}?utm_source=diocese`, title,
        date_published: date, content_text: `${title}: the story.`}))};
  } else {
    ctx.status = file === 'down' ? 500 : 404;
    ctx.body = 'Error';
  }
}

/**
 * /stream/<id>?items=N&first=K: an RSS feed of N stories (10 KB each) sent in two parts. The first K stories go
 * at once; the rest only when the test asks for /stream/<id>/release, so a test can look at the
 * widget while the server is still sending, without waiting for time. `&fail=1` breaks the
 * connection instead of sending the rest; `&charset=windows-1252` encodes the feed so. Every story's
 * title holds "Oración"; the first part ends inside its "ó" (UTF-8) so a character is split across
 * chunks. /stream/<id>/status says how many requests came, and whether the client closed one before
 * the server had finished.
 */
const streams = new Map();

async function stream(ctx, url) {
  const [, , id, action] = url.pathname.split('/');
  const state = streams.get(id) ?? {requests: 0, closedEarly: false, finished: false, release: null, released: null};
  streams.set(id, state);
  ctx.set('access-control-allow-origin', '*');
  ctx.set('cache-control', 'no-store');
  if (action === 'status') {
    ctx.body = {requests: state.requests, closedEarly: state.closedEarly, finished: state.finished};
    return;
  }
  if (action === 'release') {
    state.released = true;
    state.release?.();
    ctx.body = {ok: true};
    return;
  }
  state.requests++;
  const n = Number(url.searchParams.get('items') ?? 20);
  const first = Number(url.searchParams.get('first') ?? 5);
  const charset = url.searchParams.get('charset') ?? 'utf-8';
  const encode = (text) => Buffer.from(text, charset === 'utf-8' ? 'utf8' : 'latin1');
  const item = (i) => `<item><title>Oración ${i + 1}</title><link>https://news.example.org/${i + 1}/</link>` +
    `<pubDate>${new Date(Date.UTC(2026, 10, 30, 12) - i * 3_600_000).toUTCString()}</pubDate>` +
    `<description>Story ${i + 1}: ${'text '.repeat(2000)}</description></item>\n`;
  const head = `<?xml version="1.0" encoding="${charset}"?><rss version="2.0"><channel><title>Streamed News</title>` +
    '<link>https://news.example.org/</link>\n';
  const all = encode(head + Array.from({length: n}, (_, i) => item(i)).join('') + '</channel></rss>');
  let split = encode(head + Array.from({length: first}, (_, i) => item(i)).join('')).length;
  // Inside the next story's "ó": its first UTF-8 byte in this part, its second in the next.
  if (charset === 'utf-8') split = all.indexOf(Buffer.from('ó'), split) + 1;
  const {PassThrough} = await import('node:stream');
  const body = new PassThrough();
  ctx.type = `application/rss+xml; charset=${charset}`;
  ctx.body = body;
  ctx.req.on('close', () => {
    if (!state.finished) state.closedEarly = true;
  });
  // A small feed is read to its end whatever the widget needs; &items= makes it large.
  body.write(all.subarray(0, split));
  const released = state.released ? Promise.resolve() : new Promise((resolve) => (state.release = resolve));
  let closed = false;
  ctx.req.on('close', () => (closed = true));
  void released.then(async () => {
    state.release = null;
    state.released = null;
    if (url.searchParams.get('fail')) {
      ctx.req.socket.destroy();
      return;
    }
    // The rest at a steady pace, as a network delivers it: a client that stops reading is seen to.
    for (let at = split; at < all.length && !closed; at += 65_536) {
      body.write(all.subarray(at, at + 65_536));
      await sleep(10);
    }
    state.finished = !closed;
    body.end();
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * /faults/…: what failing and difficult feed hosts do. Every answer carries CORS headers (unless the
 * case is the missing header) and counts toward /faults/count?key=K when the request has ?key=K.
 */
async function faults(ctx, url) {
  const key = url.searchParams.get('key');
  const kind = url.pathname.slice('/faults/'.length);
  if (kind === 'count') {
    ctx.body = {count: counts.get(key) ?? 0};
    ctx.set('cache-control', 'no-store');
    return;
  }
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const n = counts.get(key) ?? 1;
  ctx.set('access-control-allow-origin', '*');
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/rss+xml';
  const feed = () => readFile(new URL('demo/feeds/wordpress-rss.xml', root));
  switch (kind) {
    case 'feed': // the demo feed, counted
      ctx.body = await feed();
      return;
    case 'slow': // answers after ?ms=
      await sleep(Number(url.searchParams.get('ms')));
      ctx.body = await feed();
      return;
    case 'status': // ?status= every time
      ctx.status = Number(url.searchParams.get('status'));
      ctx.body = 'Error';
      return;
    case 'flaky': // 500 on the first request for a key, the feed afterwards
      if (n === 1) {
        ctx.status = 500;
        ctx.body = 'Error';
      } else {
        ctx.body = await feed();
      }
      return;
    case 'sequence': // ?items= stories on the first request for a key, ?then= afterwards (newest first)
      ctx.body = generatedRss(Number(url.searchParams.get(n === 1 ? 'items' : 'then')));
      return;
    case 'empty':
      ctx.body = '';
      return;
    case 'items': // ?n= generated stories
      ctx.body = generatedRss(Number(url.searchParams.get('n')));
      return;
    case 'huge': // one story of ?mb= megabytes
      ctx.body = generatedRss(1, Number(url.searchParams.get('mb')) * 1_000_000);
      return;
    case 'no-cors':
      ctx.remove('access-control-allow-origin');
      ctx.body = await feed();
      return;
    default:
      ctx.status = 404;
  }
}

const stashed = new Map();

async function stash(ctx, url) {
  if (ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const {body, type, latin1} = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const id = `s${stashed.size + 1}`;
    // latin1: the body's characters are its bytes (a windows-1252 page, byte for byte).
    stashed.set(id, {body: Buffer.from(body, latin1 ? 'latin1' : 'utf8'), type, log: []});
    ctx.body = {url: `/stash/${id}`};
    return;
  }
  const [, , id, log] = url.pathname.split('/');
  const entry = stashed.get(id);
  if (!entry) {
    ctx.status = 404;
    return;
  }
  if (log === 'log') {
    ctx.body = entry.log;
    ctx.set('cache-control', 'no-store');
    return;
  }
  entry.log.push({referer: ctx.get('referer') || null});
  ctx.set('access-control-allow-origin', '*');
  ctx.set('cache-control', 'no-store');
  // Exactly this content type: no charset unless the test wrote one.
  ctx.body = entry.body;
  ctx.set('content-type', entry.type);
}

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
  if (path === '/stash' || path.startsWith('/stash/')) return stash(ctx, url);
  if (path.startsWith('/faults/')) return faults(ctx, url);
  if (path.startsWith('/sources/')) return sources(ctx, url);
  if (path.startsWith('/stream/')) return stream(ctx, url);
  if (path === '/proxy' && new URL(url.searchParams.get('u')).pathname.startsWith('/wp-json/')) {
    // The proxy in front of this server's WordPress REST routes: answered as they answer.
    const target = new URL(url.searchParams.get('u'));
    return testServer(Object.assign(ctx, {url: target.pathname + target.search}), next);
  }
  if (path === '/proxy') {
    // A CORS proxy for this server's own files: /proxy?u=<encoded URL> answers with CORS headers.
    const target = new URL(url.searchParams.get('u'));
    ctx.body = await readFile(new URL(target.pathname.replace(/^\/no-cors\//, ''), root));
    ctx.type = TYPES[target.pathname.split('.').pop()];
    ctx.set('access-control-allow-origin', '*');
    return;
  }
  if (path === '/test/fixtures/feeds/') {
    const files = await readdir(new URL('test/fixtures/feeds/', root));
    ctx.body = files.filter((f) => f.endsWith('.expected.json')).sort();
    ctx.set('access-control-allow-origin', '*');
    return;
  }
  if (path.startsWith('/test/csp/') && path.endsWith('.html')) {
    ctx.body = await readFile(new URL(path.slice(1), root));
    ctx.type = 'text/html';
    ctx.set('content-security-policy', STRICT_CSP);
    return;
  }
  if (path.startsWith('/no-cors/') || path.startsWith('/test/fixtures/') || path.startsWith('/demo/feeds/') ||
      path.startsWith('/dist/')) {
    // Served from disk byte for byte: the dev server would decode an ISO-8859-1 feed as UTF-8, and
    // rewrite the bundle a page must load exactly as built (its integrity hash is checked).
    const cors = !path.startsWith('/no-cors/');
    const file = cors ? path.slice(1) : path.slice('/no-cors/'.length);
    try {
      ctx.body = await readFile(new URL(file, root));
    } catch {
      ctx.status = 404;
      return;
    }
    ctx.type = TYPES[file.split('.').pop()] ?? 'application/octet-stream';
    if (cors) ctx.set('access-control-allow-origin', '*');
    return;
  }
  if (path === '/wp-json/wp/v2/posts' || path === '/wp-json/wp/v2/categories') {
    // As WordPress answers: posts by ?categories= ids and ?page=/&per_page= with X-WP-Total(Pages)
    // and a 400 past the last page; categories by ?slug=.
    const posts = JSON.parse(await readFile(new URL('demo/feeds/wp-posts.json', root), 'utf8'));
    ctx.set('access-control-allow-origin', '*');
    ctx.set('access-control-expose-headers', 'X-WP-Total, X-WP-TotalPages');
    if (path.endsWith('categories')) {
      const terms = new Map(posts.flatMap((p) => p._embedded['wp:term'].flat()).filter((t) => t.taxonomy === 'category')
        .map((t) => [t.slug, {id: t.id, slug: t.slug, name: t.name}]));
      const slugs = (url.searchParams.get('slug') ?? '').split(',');
      ctx.body = slugs.map((slug) => terms.get(slug)).filter(Boolean);
      return;
    }
    const ids = url.searchParams.get('categories')?.split(',').map(Number);
    const matching = ids ? posts.filter((p) => p.categories.some((c) => ids.includes(c))) : posts;
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.ceil(matching.length / perPage);
    if (page > Math.max(1, pages)) {
      ctx.status = 400;
      ctx.body = {code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.'};
      return;
    }
    ctx.body = matching.slice((page - 1) * perPage, page * perPage);
    ctx.set('x-wp-total', String(matching.length));
    ctx.set('x-wp-totalpages', String(pages));
    return;
  }
  if (path.startsWith('/demo/')) {
    await next();
    ctx.set('access-control-allow-origin', '*');
    return;
  }
  return next();
}

// Dev-server middleware for the test suite: what real feed hosts do, on this machine.
//  - Everything under /test/fixtures/ and /demo/ is sent with `Access-Control-Allow-Origin: *`, so a
//    page on localhost can read it from 127.0.0.1 (another origin) as a publisher's feed.
//  - /no-cors/<path> serves the same file without CORS headers.
//  - /test/fixtures/feeds/ lists the fixture expectation files, so a new fixture needs no code.
//  - /wp-json/wp/v2/posts and /feed/ behave like a WordPress site at the server root.
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

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
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
  if (path === '/wp-json/wp/v2/posts') {
    const posts = JSON.parse(await readFile(new URL('demo/feeds/wp-posts.json', root), 'utf8'));
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    ctx.body = posts.slice(0, perPage);
    ctx.set('x-wp-total', String(posts.length));
    ctx.set('x-wp-totalpages', String(Math.ceil(posts.length / perPage)));
    ctx.set('access-control-allow-origin', '*');
    return;
  }
  if (path.startsWith('/demo/')) {
    await next();
    ctx.set('access-control-allow-origin', '*');
    return;
  }
  return next();
}

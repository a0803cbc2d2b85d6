// A small static server for the demo: serves the repository root, so /demo/ loads the built
// /dist/news-widget.js exactly as a church page would. Feeds under /demo/feeds/ are sent with
// CORS headers, as a publisher must send them. Usage: node scripts/serve.mjs [port]
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const root = process.cwd();
const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.wav': 'audio/wav',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.txt': 'text/plain; charset=utf-8', '.sri': 'text/plain',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) return res.writeHead(403).end();
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    const headers = {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'};
    // A snippet copied from the demo works on any page: the script (loaded with crossorigin for its
    // integrity check), the feeds and their pictures are all sent with CORS, as a publisher sends them.
    if (/^\/(demo\/feeds|demo\/images|dist)\//.test(path)) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
  }
}).listen(port, () => console.log(`news-widget demo: http://localhost:${port}/demo/`));

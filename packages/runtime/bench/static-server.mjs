// A static file server on 127.0.0.1 (random port) for the bench pages, an
// agency's site: each URL prefix maps to one folder (the generated pages come
// from a scratch folder). It gzips what it sends to a client that takes gzip,
// as agencies' web servers do, so that on the bench's throttled phone the rjsf
// bundle travels at the size a citizen's phone would download.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** `mounts`: { '/bench/': '/abs/folder', ... }. Resolves to { origin, close }. */
export function startStaticServer(mounts) {
  const entries = Object.entries(mounts);
  /** Gzipped bodies by path and modification time: each file is compressed once. */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    const file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
    // normalize() folds "..", so a path outside its folder is refused here.
    if (!file || !(file === mount[1] || file.startsWith(mount[1] + sep))) return notFound(res);
    try {
      const info = await stat(file);
      if (!info.isFile()) return notFound(res);
      const key = `${file}:${info.mtimeMs}`;
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && TYPES[extname(file)] !== undefined;
      if (gzip && !gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file)));
      const body = gzip ? gzipped.get(key) : await readFile(file);
      // Every run opens a fresh browser context, so caching headers would change nothing; no-store says so.
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding', 'Access-Control-Allow-Origin': '*', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

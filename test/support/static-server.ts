/**
 * Serves a built `dist/` on a loopback port, as the README asks hosts to (with `Date` headers, and open to
 * partner pages on other origins), for tests that load the built site in Chromium.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Types a host compresses; images other than SVG are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.json', '.svg', '.xml', '.ics']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root`. `now` sets the server's clock for its `Date` headers (a test's injected time); without
 * it they carry the machine's time. `gzip` compresses text to clients that accept it, as a production host
 * does, for measurements of what a visitor downloads; without it every body is sent as stored. `tools`: files
 * from outside `root` served at the given paths and cached for good (a test's own scripts, such as axe), so
 * a browser that visits many pages compiles them once.
 */
export async function serveStatic(root: string, options: { now?: () => number; gzip?: boolean; tools?: Record<string, string> } = {}): Promise<StaticServer> {
  const server = http.createServer(async (req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const tool = options.tools && Object.hasOwn(options.tools, pathname) ? options.tools[pathname] : undefined;
    const file = tool ?? path.join(root, path.normalize(pathname));
    if (!tool && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const date = options.now && { Date: new Date(options.now()).toUTCString() };
      const compress = options.gzip && COMPRESSIBLE.has(path.extname(file));
      const gzip = compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res
        .writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Expose-Headers': 'Date',
          ...date,
          ...(tool && { 'Cache-Control': 'public, max-age=31536000, immutable' }),
          ...(compress && { Vary: 'Accept-Encoding' }),
          ...(gzip && { 'Content-Encoding': 'gzip' }),
        })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

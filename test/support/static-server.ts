/**
 * Serves a built `dist/` on a loopback port, as the README asks hosts to (with `Date` headers, and open to
 * partner pages on other origins), for tests that load the built site in Chromium.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { IMAGE_TYPES } from '../../src/generator/assets.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  ...Object.fromEntries(Object.values(IMAGE_TYPES).flatMap(({ extensions, mime }) => extensions.map((extension) => [extension, mime]))),
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

/** A rule of a `_headers` file: its path as written, the request paths it matches, and its headers. */
export type HeaderRule = { path: string; matches: RegExp; headers: [string, string][] };

/**
 * The rules of a `_headers` file's text, as Netlify reads them: a path (`*` matches anything, `:name` one
 * segment), then its headers indented below it.
 */
export function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ path: line.trim(), matches: new RegExp(`^${pattern}$`), headers: [] });
    } else if (line.trim()) {
      const header = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (!header || !rules.length) throw new Error(`_headers: expected a path, or an indented "Name: value" below one, got ${JSON.stringify(line)}`);
      rules.at(-1)!.headers.push([header[1], header[2]]);
    }
  }
  return rules;
}

/** The headers `rules` give a request path, in order (a later rule's value of a header wins on Netlify). */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((rule) => rule.matches.test(pathname.replace(/index\.html$/, ''))).flatMap((rule) => rule.headers);
}

/**
 * Serves `root`. `now` sets the server's clock for its `Date` headers (a test's injected time); without
 * it they carry the machine's time. `gzip` compresses text to clients that accept it, as a production host
 * does, for measurements of what a visitor downloads; without it every body is sent as stored. `tools`: files
 * from outside `root` served at the given paths and cached for good (a test's own scripts, such as axe), so
 * a browser that visits many pages compiles them once. `headers`: every response also gets the headers the
 * site's own `_headers` file gives its path, a later rule's value winning, as Netlify serves them. `late`: paths
 * answered only after the given milliseconds. `revalidate`: the `Cache-Control` a host gives every path that
 * `_headers` gives none (Netlify's is `public, max-age=0, must-revalidate`), with an ETag, so that a request
 * whose `If-None-Match` matches is answered `304`.
 */
export async function serveStatic(root: string, options: { now?: () => number; gzip?: boolean; tools?: Record<string, string>; headers?: boolean; late?: Record<string, number>; revalidate?: string } = {}): Promise<StaticServer> {
  const rules = options.headers ? headerRules(readFileSync(path.join(root, '_headers'), 'utf8')) : [];
  const server = http.createServer(async (req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    if (options.late && Object.hasOwn(options.late, pathname)) await new Promise((resolve) => setTimeout(resolve, options.late![pathname]));
    const tool = options.tools && Object.hasOwn(options.tools, pathname) ? options.tools[pathname] : undefined;
    const file = tool ?? path.join(root, path.normalize(pathname));
    if (!tool && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    try {
      const body = await readFile(file);
      if (options.revalidate !== undefined) {
        if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', options.revalidate);
        const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
        res.setHeader('ETag', etag);
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      }
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

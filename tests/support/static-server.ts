/**
 * A static file server for tests that serves a built site under one path prefix only (`/course/`, or a deep random
 * path for an LMS package), as a host would: a directory gives its `index.html`, anything else outside the prefix
 * or missing is a 404. Every request is recorded, so a test can assert that nothing was asked for outside.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  /** The site's address, ending in the prefix, e.g. `http://127.0.0.1:40123/course/`. */
  url: string;
  /** Every path requested, with the status it got. */
  requests: { path: string; status: number }[];
  /** Extra files served outside the site (a test page), by path. */
  extra: Map<string, { type: string; body: string }>;
  close(): Promise<void>;
}

/** Serves `dir` under `prefix` on `port` (0: any free port). */
export async function serveStatic(dir: string, prefix: string, port = 0): Promise<StaticSite> {
  const requests: StaticSite['requests'] = [];
  const extra = new Map<string, { type: string; body: string }>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const send = (status: number, type: string, body: Buffer | string) => {
      requests.push({ path, status });
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const page = extra.get(path);
    if (page) return send(200, page.type, page.body);
    if (!path.startsWith(prefix)) return send(404, 'text/plain', 'Not found');
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(normalize(dir))) return send(404, 'text/plain', 'Not found');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      return send(404, TYPES['.html']!, existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    }
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}${prefix}`,
    requests,
    extra,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

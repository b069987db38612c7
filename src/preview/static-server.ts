import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** URL prefix -> directory; the longest matching prefix wins. */
  mounts: Record<string, string>;
  /** Answers requests other than files first; resolves true when it answered. */
  dynamic?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface RunningServer {
  port: number;
  /** The host page's address: always `localhost`, so the app can run on `127.0.0.1`. */
  url: string;
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it would step outside it. */
function safePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = normalize(join(root, decoded));
  const base = root.endsWith(sep) ? root : root + sep;
  return target === root || target.startsWith(base) ? target : null;
}

async function serve(mounts: [string, string][], req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
  if (!mount) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const [prefix, root] = mount;
  let file = safePath(root, pathname.slice(prefix.length) || '/');
  if (!file) {
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // Rebuilt files must show on the next reload.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Serves directories on the loopback interface only: IPv4 always, IPv6 too where the machine has
 * it, so `localhost` works whichever address a browser tries first.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const mounts = Object.entries(options.mounts).toSorted(([a], [b]) => b.length - a.length);
  const dynamic = options.dynamic ?? (() => Promise.resolve(false));
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    dynamic(req, res).then((answered) => (answered ? undefined : serve(mounts, req, res))).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  };
  const servers = [createServer(handler)];
  const port = await listen(servers[0]!, options.port, '127.0.0.1');
  const v6 = createServer(handler);
  if (await listen(v6, port, '::1').then(() => true, () => false)) servers.push(v6);
  return {
    port,
    url: `http://localhost:${port}/`,
    close: async () => {
      await Promise.all(servers.map(close));
    },
  };
}

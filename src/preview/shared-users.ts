import type { IncomingMessage, ServerResponse } from 'node:http';

/** The path the host page keeps customers' written fields and tags under, on the preview server. */
export const SHARED_USERS_PATH = '/__shared/users/';

/** Largest record accepted, in bytes. */
const MAX_BODY = 1_000_000;

/**
 * What the demo account's customers look like after writes, kept by the preview server in memory,
 * so that every tab and browser that opened the preview with `share=1` sees the same writes (a
 * dismissal, a warning) and a reload keeps them. Nothing is written to disk; stopping the server
 * forgets it.
 *
 * @returns a request handler: true when it answered the request
 * @example const handle = sharedUsers(); await handle(req, res) // => true for /__shared/users/42
 */
export function sharedUsers(): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const users = new Map<string, string>();
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!pathname.startsWith(SHARED_USERS_PATH)) return false;
    const id = pathname.slice(SHARED_USERS_PATH.length);
    if (!/^\d{1,19}$/.test(id)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return true;
    }
    if (req.method === 'GET') {
      const stored = users.get(id);
      if (stored === undefined) res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('Not found');
      else res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(stored);
      return true;
    }
    if (req.method === 'PUT') {
      let body = '';
      for await (const chunk of req) {
        body += String(chunk);
        if (body.length > MAX_BODY) {
          res.writeHead(413, { 'Content-Type': 'text/plain' }).end('Too large');
          return true;
        }
      }
      try {
        const record = JSON.parse(body) as unknown;
        if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('not an object');
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Expected a JSON object');
        return true;
      }
      users.set(id, body);
      res.writeHead(204).end();
      return true;
    }
    res.writeHead(405, { Allow: 'GET, PUT' }).end();
    return true;
  };
}

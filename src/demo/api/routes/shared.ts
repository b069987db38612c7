import { invalidEndpoint, type ZendeskErrorBody } from '../errors';

/** A request as a route sees it: the path's parameters, and the JSON body already read. */
export interface RouteRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  /** The parsed JSON body, or undefined when there is none. */
  body: unknown;
}

/** What a route answers: a status and a JSON body (none for 204). */
export interface Reply {
  status: number;
  /** JSON body; absent for 204. */
  json?: unknown;
  headers?: Record<string, string>;
}

/** One endpoint: its method, its path template and what it answers. */
export interface Route {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** e.g. `/api/v2/users/:id/tickets/requested`; also the name used in the request log and fault matchers. */
  template: string;
  handle: (req: RouteRequest) => Reply;
}

/** A JSON answer (200 unless told). */
export const ok = (json: unknown, status = 200): Reply => ({ status, json });

/** An error answer with a Zendesk error body. */
export const fail = (status: number, body: ZendeskErrorBody): Reply => ({ status, json: body });


export function idParam(req: RouteRequest, name = 'id'): number | null {
  const raw = req.params[name] ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : null;
}


export function includes(req: RouteRequest): Set<string> {
  return new Set((req.url.searchParams.get('include') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}


export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


export function tagsFromBody(body: unknown): string[] | null {
  if (!isRecord(body) || !Array.isArray(body.tags) || !body.tags.every((t) => typeof t === 'string')) return null;
  // Zendesk stores tags lower-case, with spaces turned into underscores.
  return body.tags.map((t: string) => t.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean);
}


/** The answer for a path under /api/v2 that no route serves. */
export function unknownEndpoint(): Reply {
  return fail(404, invalidEndpoint());
}

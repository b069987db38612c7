import type { RouteMatcher } from './control';
import type { Scenario } from './scenarios';

/**
 * Faults the mock API can inject, to show how the app behaves when Zendesk misbehaves.
 * Each answers in a way a real Zendesk (or what sits in front of it) does.
 */
export type Fault =
  /** An error status with a Zendesk error body. */
  | { kind: 'status'; status: 403 | 404 | 409 | 422 | 500 | 502 | 503 }
  /** 429 Too Many Requests, with `Retry-After` in seconds, or without it when null. */
  | { kind: 'rate-limit'; retryAfterSeconds: number | null }
  /** No answer: waits `delayMs` then answers normally, or never answers (until reset or abort) when absent. */
  | { kind: 'timeout'; delayMs?: number }
  /** A 200 whose JSON is cut off. */
  | { kind: 'malformed-json' }
  /** An HTML error page (from a proxy or maintenance page), with status 200 or 5xx. */
  | { kind: 'html-body'; status: 200 | 500 | 502 | 503 | 504 }
  /** The real answer with one record wrong-typed (an id as a string, a date as a number). */
  | { kind: 'schema-mismatch' }
  /** The real comments answer with one comment's body grown to about `bytes` (1 MB by default). */
  | { kind: 'huge-comment'; bytes?: number };

export type FaultKind = Fault['kind'];

/** A named fault on every matching request (or on the first `times` of them), or an account scenario, until cleared. */
export type FaultPreset = { route: RouteMatcher | null; fault: Fault; times?: number } | { scenario: Scenario };

/** A page of the requested-tickets list after the first (one with a cursor). */
const laterListPage: RouteMatcher = (entry) => entry.route === '/api/v2/users/:id/tickets/requested' && 'page[after]' in entry.query;

/** Named faults the preview can switch on (`?fault=`), each on every matching request until cleared. */
export const FAULT_PRESETS: Record<string, FaultPreset> = {
  'server-error': { route: null, fault: { kind: 'status', status: 500 } },
  'bad-gateway': { route: null, fault: { kind: 'status', status: 502 } },
  unavailable: { route: null, fault: { kind: 'status', status: 503 } },
  forbidden: { route: null, fault: { kind: 'status', status: 403 } },
  'user-not-found': { route: 'GET /api/v2/users/:id', fault: { kind: 'status', status: 404 } },
  'rate-limited': { route: null, fault: { kind: 'rate-limit', retryAfterSeconds: 30 } },
  'rate-limited-no-retry-after': { route: null, fault: { kind: 'rate-limit', retryAfterSeconds: null } },
  timeout: { route: null, fault: { kind: 'timeout' } },
  'slow-tickets': { route: 'GET /api/v2/users/:id/tickets/requested', fault: { kind: 'timeout', delayMs: 15_000 } },
  // Comment threads answer late: the first rating, from the ticket list alone, shows meanwhile.
  'slow-comments': { route: 'GET /api/v2/tickets/:id/comments', fault: { kind: 'timeout', delayMs: 10_000 } },
  'malformed-json': { route: 'GET /api/v2/users/:id/tickets/requested', fault: { kind: 'malformed-json' } },
  'html-error-page': { route: null, fault: { kind: 'html-body', status: 502 } },
  'html-200': { route: 'GET /api/v2/users/:id/tickets/requested', fault: { kind: 'html-body', status: 200 } },
  'schema-mismatch': { route: 'GET /api/v2/users/:id/tickets/requested', fault: { kind: 'schema-mismatch' } },
  'huge-comment': { route: 'GET /api/v2/tickets/:id/comments', fault: { kind: 'huge-comment' } },
  // The first page of the list answers, every later one fails: how many tickets there are is unknown.
  'list-fails-after-first-page': { route: laterListPage, fault: { kind: 'status', status: 500 } },
  // One ticket on each later page of the list does not parse; a re-open reads only the first page.
  'unreadable-after-first-page': { route: laterListPage, fault: { kind: 'schema-mismatch' } },
  // More archived tickets than Search pages (1,000), with a list that leaves archived tickets out.
  'archived-beyond-search': { scenario: 'archived-beyond-search' },
  'write-conflict': { route: 'PUT /api/v2/users/:id', fault: { kind: 'status', status: 409 } },
  'write-invalid': { route: 'PUT /api/v2/tickets/:id', fault: { kind: 'status', status: 422 } },
  // The first record write is refused, so a step is left half done (its note written, its record not).
  'write-record-invalid-once': { route: 'PUT /api/v2/users/:id', fault: { kind: 'status', status: 422 }, times: 1 },
};

/** An HTML error page like the ones a proxy in front of an API serves. */
export function htmlErrorPage(status: number): string {
  const title = status === 200 ? 'Maintenance' : `${status} ${status === 503 ? 'Service Unavailable' : status === 504 ? 'Gateway Timeout' : status === 500 ? 'Internal Server Error' : 'Bad Gateway'}`;
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>The server is temporarily unable to service your request. Please try again later.</p><hr><address>nginx</address></body></html>\n`;
}

/** Makes one record in a JSON answer wrong-typed, the way a schema change or a proxy bug would. */
export function breakSchema(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const copy = structuredClone(body) as Record<string, unknown>;
  const firstOf = (key: string): Record<string, unknown> | null => {
    const list = copy[key];
    return Array.isArray(list) && typeof list[0] === 'object' && list[0] !== null ? (list[0] as Record<string, unknown>) : null;
  };
  const ticket = firstOf('tickets') ?? (typeof copy.ticket === 'object' ? (copy.ticket as Record<string, unknown>) : null);
  if (ticket) {
    ticket.id = String(ticket.id);
    ticket.created_at = 1_700_000_000;
    return copy;
  }
  const comment = firstOf('comments');
  if (comment) {
    comment.public = 'yes';
    comment.author_id = String(comment.author_id);
    return copy;
  }
  const record =
    firstOf('results') ??
    (typeof copy.user === 'object' ? (copy.user as Record<string, unknown>) : null) ??
    (typeof copy.organization === 'object' ? (copy.organization as Record<string, unknown>) : null);
  if (record) {
    record.id = String(record.id);
    return copy;
  }
  if ('count' in copy) copy.count = String(copy.count);
  if (Array.isArray(copy.tags)) copy.tags = copy.tags.join(',');
  return copy;
}

/** Grows the first comment's bodies to about `bytes` characters. */
export function growComment(body: unknown, bytes: number): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const copy = structuredClone(body) as Record<string, unknown>;
  const comments = copy.comments;
  if (!Array.isArray(comments) || comments.length === 0) return copy;
  const first = comments[0] as Record<string, unknown>;
  const line = 'The shop printer keeps jamming on invoices and I have pasted the whole log below for you. ';
  const filler = line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
  first.body = `${String(first.body ?? '')}\n\n${filler}`;
  first.plain_body = first.body;
  first.html_body = `<div class="zd-comment" dir="auto"><p dir="auto">${filler}</p></div>`;
  return copy;
}

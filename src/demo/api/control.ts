import type { Fault, FaultKind } from './faults';

/** One request the mock API saw. */
export interface RequestLogEntry {
  seq: number;
  method: string;
  /** The path as requested, without origin or query. */
  path: string;
  /** The route template that served it (`GET /api/v2/users/:id`), or null for an unknown endpoint. */
  route: string | null;
  query: Record<string, string>;
  /** The status answered; 0 while unanswered or when the request never got an answer. */
  status: number;
  fault: FaultKind | null;
}

/**
 * Which requests a fault applies to: a route name such as `GET /api/v2/users/:id/tickets/requested`
 * (the method may be left out), a RegExp tested on `METHOD /path`, or a predicate.
 */
export type RouteMatcher = string | RegExp | ((entry: RequestLogEntry) => boolean);

export interface FaultRule {
  matcher: RouteMatcher | null;
  fault: Fault;
  /** Requests still to fault; Infinity until cleared. */
  remaining: number;
}

/** Whether a logged request matches a matcher (null matches everything). */
export function matches(matcher: RouteMatcher | null, entry: RequestLogEntry): boolean {
  if (matcher === null) return true;
  if (typeof matcher === 'function') return matcher(entry);
  if (matcher instanceof RegExp) return matcher.test(`${entry.method} ${entry.path}`);
  const [first, second] = matcher.split(' ');
  const method = second === undefined ? null : first;
  const template = second ?? first ?? '';
  return (method === null || method === entry.method) && (entry.route === template || entry.path === template);
}

/** How the mock API answers and what it has seen; tests and the preview drive it. */
export interface MockControl {
  /** Every request so far, oldest first. */
  readonly requests: readonly RequestLogEntry[];
  /** How many requests matched (all when no matcher is given). */
  count(matcher?: RouteMatcher): number;
  /** Request counts by `METHOD template` (unknown endpoints by their path). */
  counts(): Record<string, number>;
  /**
   * Delay before each answer: a number of milliseconds, or 'realistic' for 40-120 ms
   * (deterministic per request). Unit tests use 0.
   */
  latencyMs: number | 'realistic';
  /** Requests allowed per minute, account-wide, before answering 429 with Retry-After; null for no limit. */
  rateLimitPerMinute: number | null;
  /** Requests per minute to the requested-tickets list (Zendesk's List Tickets limit); null for no limit. */
  ticketListRateLimitPerMinute: number | null;
  /** Requests per minute to Export Search Results (Zendesk: 100 per account); null for no limit. */
  searchExportRateLimitPerMinute: number | null;
  /** Makes matching requests fail with `fault`, `times` times (every time by default). */
  inject(matcher: RouteMatcher | null, fault: Fault, options?: { times?: number }): void;
  /** Switches on a named fault or scenario from FAULT_PRESETS, or clears them with null. */
  setPreset(name: string | null): void;
  /** Clears the faults and undoes a preset's scenario. */
  clearFaults(): void;
  /** Clears the log, faults (and a scenario) and the rate-limit window, and releases requests left hanging by a timeout fault. */
  reset(): void;
}

import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DemoAccount } from '../types';
import { matches, type FaultRule, type MockControl, type RequestLogEntry, type RouteMatcher } from './control';
import { errorForStatus, RATE_LIMITED_TEXT } from './errors';
import { FAULT_PRESETS, breakSchema, growComment, htmlErrorPage, type Fault } from './faults';
import { createRoutes, unknownEndpoint, type Reply, type Route } from './routes';
import { applyScenario } from './scenarios';
import { createState } from './state';

export interface MockApiOptions {
  /** See MockControl.latencyMs; 'realistic' by default. */
  latencyMs?: number | 'realistic';
  /** See MockControl.rateLimitPerMinute; 400 by default (Zendesk's Professional plan limit). */
  rateLimitPerMinute?: number | null;
  /** See MockControl.ticketListRateLimitPerMinute; 100 by default, as Zendesk documents for List Tickets. */
  ticketListRateLimitPerMinute?: number | null;
  /** See MockControl.searchExportRateLimitPerMinute; 100 by default, as Zendesk documents for the export. */
  searchExportRateLimitPerMinute?: number | null;
  /** Whether the requested-tickets list includes archived tickets; true by default (see ApiState). */
  requestedListIncludesArchived?: boolean;
  /** The clock for rate-limit windows and write timestamps; the real time by default. */
  clock?: () => Date;
  /** When false, the app's own user fields do not exist yet, so writes to them are ignored. */
  appFieldsInstalled?: boolean;
}

export interface MockApi {
  handlers: HttpHandler[];
  control: MockControl;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.template
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { ...route, pattern: new RegExp(`^${source}$`), names };
}

/** Empty one-minute windows for the account-wide limit and the endpoint limits. */
function freshWindows(): Record<'account' | 'ticketList' | 'searchExport', { start: number; used: number }> {
  return { account: { start: 0, used: 0 }, ticketList: { start: 0, used: 0 }, searchExport: { start: 0, used: 0 } };
}

/** A 429 as Zendesk sends it: plain text, with whatever rate-limit headers apply. */
function tooMany(headers: Record<string, string>): Response {
  return new HttpResponse(RATE_LIMITED_TEXT, { status: 429, headers: { 'content-type': 'text/plain', ...headers } });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function jsonResponse(reply: Reply, headers: Record<string, string>): Response {
  if (reply.json === undefined) return new HttpResponse(null, { status: reply.status, headers: { ...headers, ...reply.headers } });
  return HttpResponse.json(reply.json as Record<string, unknown>, { status: reply.status, headers: { ...headers, ...reply.headers } });
}

/**
 * A mock of the Zendesk Support API over a demo account, as msw handlers that match `/api/v2/...`
 * on any origin. Reads and writes go to the account in memory, so writes last as long as the mock does.
 * `control` holds the request log, latency, the per-minute rate limit and fault injection.
 */
export function createMockApi(account: DemoAccount, options: MockApiOptions = {}): MockApi {
  const state = createState(account, {
    appFieldsInstalled: options.appFieldsInstalled,
    requestedListIncludesArchived: options.requestedListIncludesArchived,
    clock: options.clock,
  });
  const routes = createRoutes(state).map(compile);
  const log: RequestLogEntry[] = [];
  let rules: FaultRule[] = [];
  let undoScenario: (() => void) | null = null;
  const endScenario = (): void => {
    undoScenario?.();
    undoScenario = null;
  };
  let hanging = new Set<() => void>();
  let windows = freshWindows();
  let seq = 0;

  const control: MockControl = {
    get requests() {
      return log;
    },
    count: (matcher?: RouteMatcher) => log.filter((e) => matches(matcher ?? null, e)).length,
    counts: () => {
      const out: Record<string, number> = {};
      for (const e of log) {
        const key = e.route ? `${e.method} ${e.route}` : `${e.method} ${e.path}`;
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    },
    latencyMs: options.latencyMs ?? 'realistic',
    rateLimitPerMinute: options.rateLimitPerMinute === undefined ? 400 : options.rateLimitPerMinute,
    ticketListRateLimitPerMinute: options.ticketListRateLimitPerMinute === undefined ? 100 : options.ticketListRateLimitPerMinute,
    searchExportRateLimitPerMinute: options.searchExportRateLimitPerMinute === undefined ? 100 : options.searchExportRateLimitPerMinute,
    inject: (matcher, fault, opts) => {
      rules.push({ matcher, fault, remaining: opts?.times ?? Number.POSITIVE_INFINITY });
    },
    setPreset: (name) => {
      rules = [];
      endScenario();
      if (name === null) return;
      const preset = FAULT_PRESETS[name];
      if (!preset) throw new Error(`Unknown fault "${name}". Known: ${Object.keys(FAULT_PRESETS).join(', ')}`);
      if ('scenario' in preset) undoScenario = applyScenario(state, preset.scenario);
      else rules.push({ matcher: preset.route, fault: preset.fault, remaining: preset.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults: () => {
      rules = [];
      endScenario();
    },
    reset: () => {
      log.length = 0;
      rules = [];
      endScenario();
      windows = freshWindows();
      for (const release of hanging) release();
      hanging = new Set();
    },
  };

  const latencyFor = (n: number): number => {
    const setting = control.latencyMs;
    if (setting === 'realistic') return 40 + (Math.imul(n + 1, 2654435761) >>> 0) % 81;
    return setting;
  };

  const takeFault = (entry: RequestLogEntry): Fault | null => {
    const rule = rules.find((r) => r.remaining > 0 && matches(r.matcher, entry));
    if (!rule) return null;
    rule.remaining -= 1;
    return rule.fault;
  };

  const handler = http.all('*/api/v2/*', async ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/\.json$/, '');
    const method = request.method.toUpperCase();
    let matched: { route: CompiledRoute; params: Record<string, string> } | null = null;
    for (const route of routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (m) {
        matched = { route, params: Object.fromEntries(route.names.map((n, i) => [n, m[i + 1] ?? ''])) };
        break;
      }
    }
    const entry: RequestLogEntry = {
      seq: seq++,
      method,
      path: url.pathname,
      route: matched ? matched.route.template : null,
      query: Object.fromEntries(url.searchParams.entries()),
      status: 0,
      fault: null,
    };
    log.push(entry);
    const delay = latencyFor(entry.seq);
    if (delay > 0) await sleep(delay);

    const answer = (response: Response): Response => {
      entry.status = response.status;
      return response;
    };
    // Fixed one-minute windows, counted before anything else, as Zendesk counts every request.
    const clockMs = state.clock().getTime();
    const windowStart = Math.floor(clockMs / 60_000) * 60_000;
    const resets = String(Math.max(1, Math.ceil((windowStart + 60_000 - clockMs) / 1000)));
    const count = (w: { start: number; used: number }): number => {
      if (w.start !== windowStart) Object.assign(w, { start: windowStart, used: 0 });
      w.used += 1;
      return w.used;
    };
    const limit = control.rateLimitPerMinute;
    const used = count(windows.account);
    // Headers from "Best practices for avoiding rate limiting"
    // (https://developer.zendesk.com/documentation/api-basics/best-practices/best-practices-for-avoiding-rate-limiting).
    const rateHeaders: Record<string, string> =
      limit === null
        ? {}
        : {
            'x-rate-limit': String(limit),
            'ratelimit-limit': String(limit),
            'x-rate-limit-remaining': String(Math.max(0, limit - used)),
            'ratelimit-remaining': String(Math.max(0, limit - used)),
            'ratelimit-reset': resets,
          };
    let overLimit = limit !== null && used > limit;
    const listLimit = control.ticketListRateLimitPerMinute;
    if (matched?.route.template === '/api/v2/users/:id/tickets/requested' && listLimit !== null) {
      const listUsed = count(windows.ticketList);
      rateHeaders['zendesk-ratelimit-tickets-index'] = `total=${listLimit}; remaining=${Math.max(0, listLimit - listUsed)}; resets=${resets}`;
      overLimit ||= listUsed > listLimit;
    }
    const exportLimit = control.searchExportRateLimitPerMinute;
    if (matched?.route.template === '/api/v2/search/export' && exportLimit !== null) {
      overLimit ||= count(windows.searchExport) > exportLimit;
    }
    const fault = takeFault(entry);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === 'status') return answer(HttpResponse.json({ ...errorForStatus(fault.status) }, { status: fault.status }));
    if (fault?.kind === 'rate-limit') {
      return answer(tooMany(fault.retryAfterSeconds === null ? {} : { 'retry-after': String(fault.retryAfterSeconds) }));
    }
    if (fault?.kind === 'timeout') {
      if (fault.delayMs === undefined) {
        await new Promise<void>((resolve) => {
          hanging.add(resolve);
          request.signal.addEventListener('abort', () => resolve(), { once: true });
        });
        return HttpResponse.error();
      }
      await sleep(fault.delayMs);
    }
    if (fault?.kind === 'malformed-json') {
      return answer(new HttpResponse('{"tickets":[{"id":4012,"subject":"Booking page do', { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    }
    if (fault?.kind === 'html-body') {
      return answer(new HttpResponse(htmlErrorPage(fault.status), { status: fault.status, headers: { 'content-type': 'text/html; charset=utf-8' } }));
    }

    if (overLimit) return answer(tooMany({ ...rateHeaders, 'retry-after': resets }));
    if (!matched) return answer(jsonResponse(unknownEndpoint(), rateHeaders));

    let body: unknown;
    if (method === 'PUT' || method === 'POST' || method === 'DELETE') {
      const text = await request.text();
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          return answer(HttpResponse.json({ error: 'InvalidJSON', description: 'The request body is not valid JSON' }, { status: 400 }));
        }
      }
    }
    const reply = matched.route.handle({ method, url, params: matched.params, body });
    if (fault?.kind === 'schema-mismatch' && reply.json !== undefined) reply.json = breakSchema(reply.json);
    if (fault?.kind === 'huge-comment' && reply.json !== undefined) reply.json = growComment(reply.json, fault.bytes ?? 1_048_576);
    return answer(jsonResponse(reply, rateHeaders));
  });

  return { handlers: [handler], control };
}

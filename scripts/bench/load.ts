// Loads demo requesters through the mock Zendesk API (msw, 100 ms per request, 200 requests a
// minute) the way the sidebar does, and times the first rating and the complete history.
import { setupServer } from 'msw/node';
import { createReader, rate } from '../../src/core/rating';
import { benchModel } from './model';
import { parseSettings } from '../../src/core/settings';
import { createDemoAccount } from '../../src/demo/account';
import { createMockApi } from '../../src/demo/api';
import type { DemoAccount } from '../../src/demo/types';
import { createFetchPort } from '../../src/zendesk/fetch-port';
import { HistoryCache, createMemoryStorage, loadHistory } from '../../src/zendesk/history';
import { createRequester } from '../../src/zendesk/request';
import { scaledClock } from '../../test/zendesk/helpers/scaled-clock';
import { withHeavyRequesterOf } from '../../test/zendesk/helpers/sized-account';
import { median, type BenchReport, type BenchSection } from './report';

const NOW = new Date('2026-11-23T10:00:00Z');
const ORIGIN = 'https://harborlight.zendesk.com';
const LATENCY_MS = 100;
const RATE_LIMIT = 200;
const RUNS = 3;

interface Run {
  firstRatingMs: number;
  completeMs: number;
  requests: number;
  rateLimited: number;
  problems: number;
  tickets: number;
  warmMs: number;
  warmRequests: number;
}

const server = setupServer();
const model = benchModel();

/** One sidebar opening on a fresh mock API (a fresh rate-limit minute), then a re-open from the cache. */
async function loadOnce(account: DemoAccount, userId: number): Promise<Run> {
  // The demo account is dated from NOW: the loader and the mock read the same day, at real speed, so
  // the archived-ticket search draws its line where the account's archive is, whatever today's date.
  const clock = scaledClock(1, NOW.getTime());
  const api = createMockApi(account, { latencyMs: LATENCY_MS, rateLimitPerMinute: RATE_LIMIT, clock: clock.date });
  server.resetHandlers(...api.handlers);
  const port = createFetchPort(ORIGIN);
  const requester = createRequester(port, { clock });
  const settings = parseSettings({}).settings;
  const cache = new HistoryCache({ storage: createMemoryStorage(), clock });

  // The sidebar's reader: the learned detectors, one reader for the whole load.
  const reader = createReader(model);
  const started = performance.now();
  let firstRatingMs = -1;
  const last = await loadHistory(port, userId, { requester, cache, clock }, (update) => {
    if (firstRatingMs >= 0 || !update.history) return;
    rate(update.history, settings, NOW, reader);
    firstRatingMs = performance.now() - started;
  }).finished;
  rate(last.history!, settings, NOW, reader);
  const completeMs = performance.now() - started;
  const requests = api.control.count();
  const rateLimited = api.control.requests.filter((r) => r.status === 429).length;

  const warmStarted = performance.now();
  await loadHistory(port, userId, { requester, cache, clock }, () => {}).finished;
  return {
    firstRatingMs,
    completeMs,
    requests,
    rateLimited,
    problems: last.problems.length,
    tickets: last.history?.tickets.length ?? 0,
    warmMs: performance.now() - warmStarted,
    warmRequests: api.control.count() - requests,
  };
}

async function measure(report: BenchReport, label: string, account: DemoAccount, userId: number, bounds: { firstMs: number; completeMs: number }) {
  const n = account.tickets.filter((t) => t.requester_id === userId).length;
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(account, userId));
  const first = median(runs.map((r) => r.firstRatingMs));
  const complete = median(runs.map((r) => r.completeMs));
  const requests = Math.max(...runs.map((r) => r.requests));
  const budget = Math.ceil(n / 100) + Math.min(n, 100) + 4;
  const limited = Math.max(...runs.map((r) => r.rateLimited));
  report.figure(`${label}: first rating (median of ${RUNS})`, Math.round(first), 'ms');
  report.figure(`${label}: complete history rated (median of ${RUNS})`, Math.round(complete), 'ms');
  report.figure(`${label}: requests, cold`, requests, `(budget ${budget})`);
  report.figure(`${label}: re-open from the cache`, Math.round(median(runs.map((r) => r.warmMs))), `ms, ${Math.max(...runs.map((r) => r.warmRequests))} requests`);
  report.bound(`${label}: first rating within ${bounds.firstMs} ms`, first >= 0 && first <= bounds.firstMs, `${Math.round(first)} ms`);
  report.bound(`${label}: complete within ${bounds.completeMs} ms`, complete <= bounds.completeMs, `${Math.round(complete)} ms`);
  report.bound(`${label}: every ticket read, no problem`, runs.every((r) => r.tickets === n && r.problems === 0), `${runs[0]!.tickets} of ${n} tickets`);
  report.bound(`${label}: cold requests within budget`, requests <= budget, `${requests} of ${budget}`);
  if (label === '1,500 tickets') {
    // Rating the complete history (the scoring section's figure, measured on one core in this run)
    // should be a small part of what the agent waits for: the load itself.
    const rateMs = report.kept('rate of the 1,500-ticket history');
    if (rateMs !== undefined) {
      report.figure('rating / complete load', rateMs / complete, 'x');
      report.bound('rating costs at most 10% of the complete load at 100 ms latency', rateMs <= 0.1 * complete, `${rateMs.toFixed(0)} ms of ${Math.round(complete)} ms`);
    }
  }
  report.bound(`${label}: warm re-open within 2 requests`, runs.every((r) => r.warmRequests <= 2), `${Math.max(...runs.map((r) => r.warmRequests))} requests`);
  report.bound(`${label}: no 429 under ${RATE_LIMIT} requests a minute`, limited === 0, `${limited} answered 429`);
}

const load: BenchSection = async (report) => {
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const account = createDemoAccount({ now: NOW });
    const heavy = account.requesters.heavy.userId;
    await measure(report, '50 tickets', withHeavyRequesterOf(account, 50), heavy, { firstMs: 1_000, completeMs: 2_000 });
    await measure(report, '1,500 tickets', account, heavy, { firstMs: 1_500, completeMs: 10_000 });
  } finally {
    server.close();
  }
};

export default load;

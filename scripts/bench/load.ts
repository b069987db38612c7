// Loads demo requesters through the mock Zendesk API (msw, 100 ms per request, 200 requests a
// minute) the way the sidebar does: times the first rating and the complete history, counts the
// requests, the share of tickets whose customer words were read, and checks each demo persona's band
// against a load that reads every thread.
import { setupServer } from 'msw/node';
import { createReader, levelOf, opensWithCustomer, opensWithRedFlag, rate } from '../../src/core/rating';
import type { CustomerHistory } from '../../src/core/history';
import { benchModel } from './model';
import { parseSettings } from '../../src/core/settings';
import { createDemoAccount } from '../../src/demo/account';
import { createMockApi } from '../../src/demo/api';
import { REQUESTER_KEYS, type DemoAccount } from '../../src/demo/types';
import { createFetchPort } from '../../src/zendesk/fetch-port';
import { DEFAULT_COMMENT_CAP, HistoryCache, createMemoryStorage, loadHistory } from '../../src/zendesk/history';
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
  /** Share of the listed tickets whose customer words were read: the thread, or the opening message. */
  wordsRead: number;
  completeMs: number;
  requests: number;
  rateLimited: number;
  problems: number;
  tickets: number;
  warmMs: number;
  warmRequests: number;
  /** CPU time of rating the complete history as loaded, with a fresh reader (as a new sidebar would). */
  rateLoadedMs: number;
  /** Customer messages the rating of the loaded history reads: thread comments and opening messages. */
  messagesLoaded: number;
  /** Whether the cache kept the history (an entry has a size limit). */
  cached: boolean;
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

  // The sidebar's reader: the learned detectors, one reader for the whole load, also asked which
  // older threads are worth reading.
  const reader = createReader(model);
  const flagged = flaggedBy(reader, userId);
  const started = performance.now();
  let firstRatingMs = -1;
  const last = await loadHistory(port, userId, { requester, cache, clock, flagged }, (update) => {
    if (firstRatingMs >= 0 || !update.history) return;
    rate(update.history, settings, NOW, reader);
    firstRatingMs = performance.now() - started;
  }).finished;
  rate(last.history!, settings, NOW, reader);
  const completeMs = performance.now() - started;
  const requests = api.control.count();
  const rateLimited = api.control.requests.filter((r) => r.status === 429).length;

  const rateStart = process.cpuUsage();
  rate(structuredClone(last.history!), settings, NOW, createReader(model));
  const used = process.cpuUsage(rateStart);
  const rateLoadedMs = (used.user + used.system) / 1000;

  const cached = cache.read(userId) !== null;
  const warmStarted = performance.now();
  await loadHistory(port, userId, { requester, cache, clock, flagged }, () => {}).finished;
  return {
    firstRatingMs,
    wordsRead: wordsReadShare(last.history!, userId),
    completeMs,
    requests,
    rateLimited,
    problems: last.problems.length,
    tickets: last.history?.tickets.length ?? 0,
    warmMs: performance.now() - warmStarted,
    warmRequests: api.control.count() - requests,
    cached,
    rateLoadedMs,
    messagesLoaded: messagesOf(last.history!, userId),
  };
}

const flaggedBy = (reader: ReturnType<typeof createReader>, userId: number) => {
  const level = levelOf(parseSettings({}).settings);
  return (ticket: Parameters<typeof opensWithRedFlag>[0]) => opensWithRedFlag(ticket, userId, reader, level);
};

function messagesOf(history: CustomerHistory, userId: number): number {
  const comments = Object.values(history.comments).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
  const openings = history.tickets.filter((t) => !Array.isArray(history.comments[String(t.id)]) && opensWithCustomer(t, userId)).length;
  return comments + openings;
}

function wordsReadShare(history: CustomerHistory, userId: number): number {
  const spoke = history.tickets.filter((t) => Array.isArray(history.comments[String(t.id)]) || opensWithCustomer(t, userId)).length;
  return history.tickets.length ? spoke / history.tickets.length : 1;
}

async function measure(report: BenchReport, label: string, account: DemoAccount, userId: number, bounds: { firstMs: number; completeMs: number }, runCount = RUNS) {
  const n = account.tickets.filter((t) => t.requester_id === userId).length;
  const runs: Run[] = [];
  for (let i = 0; i < runCount; i++) runs.push(await loadOnce(account, userId));
  const first = median(runs.map((r) => r.firstRatingMs));
  const complete = median(runs.map((r) => r.completeMs));
  const requests = Math.max(...runs.map((r) => r.requests));
  const budget = Math.ceil(n / 100) + Math.min(n, DEFAULT_COMMENT_CAP) + 4;
  const words = Math.min(...runs.map((r) => r.wordsRead));
  const limited = Math.max(...runs.map((r) => r.rateLimited));
  report.figure(`${label}: first rating (median of ${runCount})`, Math.round(first), 'ms');
  report.figure(`${label}: complete history rated (median of ${runCount})`, Math.round(complete), 'ms');
  report.figure(`${label}: requests, cold`, requests, `(budget ceil(N/100) + min(N, ${DEFAULT_COMMENT_CAP}) + 4 = ${budget})`);
  report.figure(`${label}: tickets whose customer words were read`, Math.round(1000 * words) / 10, '% of listed tickets');
  report.figure(`${label}: re-open from the cache`, Math.round(median(runs.map((r) => r.warmMs))), `ms, ${Math.max(...runs.map((r) => r.warmRequests))} requests`);
  report.bound(`${label}: first rating within ${bounds.firstMs} ms`, first >= 0 && first <= bounds.firstMs, `${Math.round(first)} ms`);
  report.bound(`${label}: complete within ${bounds.completeMs} ms`, complete <= bounds.completeMs, `${Math.round(complete)} ms`);
  report.bound(`${label}: every ticket read, no problem`, runs.every((r) => r.tickets === n && r.problems === 0), `${runs[0]!.tickets} of ${n} tickets`);
  report.bound(`${label}: cold requests within budget`, requests <= budget, `${requests} of ${budget}`);
  report.bound(`${label}: every listed ticket's customer words read`, words === 1, `${(100 * words).toFixed(1)}%`);
  if (label === '1,500 tickets') {
    // Rating what was loaded should be a small part of what the agent waits for: the load itself.
    // The sidebar rates the history as the loader leaves it (every opening message, up to
    // DEFAULT_COMMENT_CAP threads), so that is the rating measured against this load.
    const rateMs = median(runs.map((r) => r.rateLoadedMs));
    report.figure(`${label}: rating the loaded history, CPU time (median of ${runCount})`, Math.round(rateMs), `ms, ${runs[0]!.messagesLoaded} comments and opening messages`);
    report.figure(`${label}: rating / complete load`, rateMs / complete, 'x');
    report.bound(`${label}: rating costs at most 10% of the complete load at 100 ms latency`, rateMs <= 0.1 * complete, `${rateMs.toFixed(0)} ms of ${Math.round(complete)} ms`);
    // The sidebar never loads every thread of this history (20,000 comments): that would be one more
    // request per ticket. Rating all of it, from the scoring section, is shown for scale.
    const everyThread = report.kept('rate of the 1,500-ticket history');
    if (everyThread !== undefined) report.figure(`${label}: rating every thread (scoring section) / this load`, everyThread / complete, 'x');
  }
  if (runs.every((r) => r.cached)) {
    report.bound(`${label}: warm re-open within 2 requests`, runs.every((r) => r.warmRequests <= 2), `${Math.max(...runs.map((r) => r.warmRequests))} requests`);
  } else {
    report.figure(`${label}: not cached, larger than a cache entry may be; a re-open reads again`, Math.max(...runs.map((r) => r.warmRequests)), 'requests');
  }
  report.bound(`${label}: no 429 under ${RATE_LIMIT} requests a minute`, limited === 0, `${limited} answered 429`);
}

/**
 * Each persona rated from a cold load with the default cap, and from one that reads every thread:
 * the cap may cost detail, not the verdict.
 */
async function personaBands(report: BenchReport, account: DemoAccount): Promise<void> {
  const settings = parseSettings({}).settings;
  for (const key of REQUESTER_KEYS) {
    const userId = account.requesters[key].userId;
    const n = account.tickets.filter((t) => t.requester_id === userId).length;
    const rated: string[] = [];
    for (const cap of [DEFAULT_COMMENT_CAP, n]) {
      const clock = scaledClock(1_000, NOW.getTime());
      const api = createMockApi(account, { latencyMs: 0, clock: clock.date });
      server.resetHandlers(...api.handlers);
      const port = createFetchPort(ORIGIN);
      const reader = createReader(model);
      const last = await loadHistory(port, userId, { requester: createRequester(port, { clock }), clock, commentCap: cap, flagged: flaggedBy(reader, userId) }, () => {}).finished;
      const rating = rate(last.history!, settings, NOW, reader);
      rated.push(`${rating.band} ${rating.score ?? '–'}`);
    }
    report.figure(`${key}: cap ${DEFAULT_COMMENT_CAP} / every thread`, n, `tickets: ${rated[0]} / ${rated[1]}`);
    report.bound(`${key}: same band with the cap as with every thread read`, rated[0]!.split(' ')[0] === rated[1]!.split(' ')[0], `${rated[0]} / ${rated[1]}`);
  }
}

const load: BenchSection = async (report) => {
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const account = createDemoAccount({ now: NOW });
    const heavy = account.requesters.heavy.userId;
    // The first rating waits for the user and the first page of tickets, in parallel: at 100 ms a
    // request, two round trips and the rating of 100 opening messages fit in 300 ms.
    await measure(report, '50 tickets', withHeavyRequesterOf(account, 50), heavy, { firstMs: 300, completeMs: 2_000 });
    await measure(report, '1,500 tickets', account, heavy, { firstMs: 300, completeMs: 10_000 });
    await measure(report, '10,000 tickets', withHeavyRequesterOf(account, 10_000), heavy, { firstMs: 300, completeMs: 60_000 }, 1);
    await personaBands(report, account);
  } finally {
    server.close();
  }
};

export default load;

// Times rate() over a 1,500-ticket, 20,000-comment history built from the demo account's heaviest
// requester, and a classification-only pass over the same customer messages for comparison.
import type { CustomerHistory, HistoryComment } from '../../src/core/history';
import { rate } from '../../src/core/rating';
import { commentText } from '../../src/core/rating/words';
import { parseSettings } from '../../src/core/settings';
import { classify } from '../../src/core/signals';
import { createDemoAccount, DEMO_FIELDS, toHistoryBundle } from '../../src/demo';
import { median, type BenchReport, type BenchSection } from './report';

const NOW = new Date('2026-11-23T10:00:00Z');
const COMMENTS = 20_000;
const BOUND_MS = 300;

/**
 * The heavy demo requester's 1,500 tickets, with their comments repeated (new ids, later dates,
 * the customer's and the agents' in their original proportion) until there are 20,000.
 *
 * @returns the history, with an account baseline of 12 tickets per requester over two years
 * @example Object.values(benchHistory().comments).flat().length // => 20000
 */
export function benchHistory(): CustomerHistory {
  const account = createDemoAccount({ now: NOW });
  const bundle = toHistoryBundle(account, 'heavy');
  const pool: HistoryComment[] = Object.values(bundle.comments).flat();
  const comments: Record<string, HistoryComment[]> = {};
  let total = 0;
  for (const t of bundle.tickets) {
    const own = bundle.comments[String(t.id)] ?? [];
    comments[String(t.id)] = [...own];
    total += own.length;
  }
  let next = 0;
  let id = 9_000_000_000_000;
  while (total < COMMENTS) {
    for (const t of bundle.tickets) {
      if (total >= COMMENTS) break;
      const source = pool[next++ % pool.length]!;
      const created = comments[String(t.id)]!.at(-1)?.created_at ?? t.created_at;
      comments[String(t.id)]!.push({ ...source, id: id++, created_at: created });
      total++;
    }
  }
  return { user: bundle.user, organization: bundle.organization, tickets: bundle.tickets, comments, baseline: { tickets: 96_000, requesters: 8_000, windowDays: 730 } };
}

const section: BenchSection = async (report: BenchReport) => {
  const history = benchHistory();
  const { settings } = parseSettings({
    time_field_id: String(DEMO_FIELDS.timeSpentTicketFieldId),
    time_field_seconds: false,
    agent_hourly_cost: 15,
    value_field: `organization.${DEMO_FIELDS.mrrOrganizationFieldKey}`,
    value_is_monthly: true,
  });
  const own = Object.values(history.comments)
    .flat()
    .filter((c) => c.author_id === history.user.id && c.public)
    .map(commentText);

  // Warm up so the JIT has compiled both paths before timing. Each run gets a fresh copy of the
  // history: rate() remembers the comments it has read, and the bound is for a history never seen.
  for (let i = 0; i < 3; i++) rate(structuredClone(history), settings, NOW);
  // CPU time of this process is the figure for "on one core": it does not grow when other work
  // shares the machine, as wall time does. Both are reported.
  const rateCpu: number[] = [];
  const rateWall: number[] = [];
  const classifyCpu: number[] = [];
  let warmMs = 0;
  for (let i = 0; i < 9; i++) {
    const fresh = structuredClone(history);
    let cpu = process.cpuUsage();
    let start = performance.now();
    const rating = rate(fresh, settings, NOW);
    rateWall.push(performance.now() - start);
    rateCpu.push(cpuMs(process.cpuUsage(cpu)));
    if (rating.stats.commentsRead !== COMMENTS) throw new Error(`the bench history has ${rating.stats.commentsRead} comments`);
    cpu = process.cpuUsage();
    start = performance.now();
    for (const text of own) classify(text);
    classifyCpu.push(cpuMs(process.cpuUsage(cpu)));
    // The sidebar's next snapshot of the same history: its comments are already read.
    cpu = process.cpuUsage();
    rate(fresh, settings, NOW);
    warmMs = Math.max(warmMs, cpuMs(process.cpuUsage(cpu)));
  }
  const rateMs = median(rateCpu);
  const classifyMs = median(classifyCpu);
  report.figure('tickets', history.tickets.length, 'tickets');
  report.figure('comments', COMMENTS, 'comments');
  report.figure("customer's public comments classified", own.length, 'comments');
  report.figure('rate, CPU time (median of 9)', rateMs, 'ms');
  report.figure('rate, wall time (median of 9)', median(rateWall), 'ms');
  report.figure('classification alone, CPU time', classifyMs, 'ms');
  report.figure('rating beyond classification, CPU time', rateMs - classifyMs, 'ms');
  report.figure('re-rating a later snapshot of the same history (slowest of 9), CPU time', warmMs, 'ms');
  report.bound(`1,500 tickets, 20,000 comments score in under ${BOUND_MS} ms of CPU time`, rateMs < BOUND_MS, `${rateMs.toFixed(0)} ms`);
};

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

export default section;

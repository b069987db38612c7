import type { DemoAccount } from '../../../src/demo/types';

/**
 * A copy of the demo account in which the heavy requester has exactly `count` tickets: their newest
 * ones when fewer than the 1,500 they have, or their tickets repeated under new ids when more.
 */
export function withHeavyRequesterOf(account: DemoAccount, count: number): DemoAccount {
  const heavyId = account.requesters.heavy.userId;
  const own = account.tickets.filter((t) => t.requester_id === heavyId).toSorted((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id);
  const others = account.tickets.filter((t) => t.requester_id !== heavyId);
  const comments = { ...account.comments };
  const metricSets = { ...account.metricSets };
  let nextId = Math.max(...account.tickets.map((t) => t.id)) + 1;
  const kept = own.slice(0, count);
  while (kept.length < count) {
    const source = own[kept.length % own.length]!;
    const id = nextId++;
    kept.push({ ...source, id, url: source.url.replace(/\d+\.json$/, `${id}.json`) });
    comments[String(id)] = account.comments[String(source.id)] ?? [];
    const metric = account.metricSets[String(source.id)];
    if (metric) metricSets[String(id)] = { ...metric, id: id + 7_000_000, ticket_id: id };
  }
  return { ...account, tickets: [...others, ...kept].toSorted((a, b) => a.id - b.id), comments, metricSets };
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CustomerHistory } from '../../src/core/history';
import { run } from '../../src/cli/demo-bundle';
import type { CliIo } from '../../src/cli/io';
import { createDemoAccount } from '../../src/demo/account';
import { toHistoryBundle } from '../../src/demo/bundle';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { organizationSchema, ticketCommentSchema, ticketMetricSetSchema, ticketSchema, userSchema } from '../../src/zendesk/schemas';
import { ticketsOf } from './helpers';

const NOW = new Date('2026-11-23T09:30:00Z');
const account = createDemoAccount({ now: NOW });

/** Reads a bundle the way a consumer does: through the app's zod schemas into the core's history type. */
function toHistory(bundle: unknown): CustomerHistory {
  const parsed = z
    .object({
      user: userSchema,
      organization: organizationSchema.nullable(),
      tickets: z.array(ticketSchema.extend({ metric_set: ticketMetricSetSchema.nullable() })),
      comments: z.record(z.string(), z.array(ticketCommentSchema)),
    })
    .parse(bundle);
  return parsed;
}

async function* noInput(): AsyncIterable<string> {
  // the command reads no input
}

function captureIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdin: noInput(), stdout: (t) => void (out += t), stderr: (t) => void (err += t), readFile: () => Promise.reject(new Error('no files')) },
    out: () => out,
    err: () => err,
  };
}

describe('toHistoryBundle', () => {
  it.each(REQUESTER_KEYS.map((k) => [k]))('gives %s\'s own history, readable into the core types', (key) => {
    const bundle = toHistoryBundle(account, key);
    const history = toHistory(bundle);
    expect(history.user.id).toBe(account.requesters[key].userId);
    expect(history.tickets.map((t) => t.id)).toEqual(ticketsOf(account, key).map((t) => t.id));
    expect(Object.keys(history.comments).toSorted()).toEqual(history.tickets.map((t) => String(t.id)).toSorted());
    for (const t of history.tickets) expect(t.comment_count).toBe(history.comments[String(t.id)]?.length);
    expect(bundle.now).toBe('2026-11-23T09:30:00.000Z');
  });

  it('joins each ticket\'s metric set and the organization', () => {
    const bundle = toHistoryBundle(account, 'abusive');
    expect(bundle.organization?.name).toBe('VK Auto Detailing');
    expect(bundle.tickets.every((t) => t.metric_set?.ticket_id === t.id)).toBe(true);
    expect(toHistoryBundle(account, 'newcomer').organization).toBeNull();
  });

  it('can leave out archived tickets, as the requested-tickets list does', () => {
    const all = toHistoryBundle(account, 'old-anger');
    const active = toHistoryBundle(account, 'old-anger', { includeArchived: false });
    expect(active.tickets.length).toBeLessThan(all.tickets.length);
    expect(active.tickets.some((t) => account.archivedTicketIds.includes(t.id))).toBe(false);
  });
});

describe('customer-fit demo-bundle', () => {
  it('lists the requesters with what each shows', async () => {
    const { io, out } = captureIo();
    expect(await run(['--list'], io)).toBe(0);
    for (const key of REQUESTER_KEYS) expect(out()).toMatch(new RegExp(`^${key} +\\S`, 'm'));
  });

  it('prints a requester\'s bundle as JSON for a fixed now', async () => {
    const { io, out } = captureIo();
    expect(await run(['late-payer', '--now', NOW.toISOString()], io)).toBe(0);
    const bundle = JSON.parse(out()) as unknown;
    expect(bundle).toEqual(JSON.parse(JSON.stringify(toHistoryBundle(account, 'late-payer'))));
    expect(toHistory(bundle).user.name).toBe('Gary Pruitt');
  });

  it('refuses an unknown requester or a bad option with exit code 2', async () => {
    const unknown = captureIo();
    expect(await run(['grumpy'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('no demo requester "grumpy"');
    const badNow = captureIo();
    expect(await run(['loyal', '--now', 'yesterday-ish'], badNow.io)).toBe(2);
    expect(await run([], captureIo().io)).toBe(2);
  });
});

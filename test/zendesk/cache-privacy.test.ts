import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReader, rate } from '../../src/core/rating';
import { parseSettings } from '../../src/core/settings';
import type { DemoAccount } from '../../src/demo/types';
import { createWebStorage, HistoryCache, summariserFor } from '../../src/zendesk/history';
import { committedModel } from '../helpers/model';
import { DEMO_NOW, demoAccount, mockSetup } from './helpers/mock-setup';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const model = committedModel();
const settings = parseSettings({}).settings;

// What the browser may hold of a requester, field by field, as docs/privacy.md lists it. `[]` is
// any array item, `{}` any key of a record (a ticket id, a custom field's key).
const DOCUMENTED = new Set([
  'v', 'requesterId', 'savedAt', 'expiresAt', 'ticketsTotal',
  'user.id', 'user.name', 'user.created_at', 'user.organization_id', 'user.user_fields.{}',
  'organization.id', 'organization.name', 'organization.organization_fields.{}',
  'tickets[].id', 'tickets[].subject', 'tickets[].status', 'tickets[].created_at', 'tickets[].updated_at',
  'tickets[].requester_id', 'tickets[].submitter_id', 'tickets[].description', 'tickets[].via.channel',
  'tickets[].tags[]', 'tickets[].satisfaction_rating.score', 'tickets[].satisfaction_rating.comment',
  'tickets[].custom_fields[].id', 'tickets[].custom_fields[].value', 'tickets[].comment_count',
  'tickets[].metric_set.reopens', 'tickets[].metric_set.replies',
  'comments.{}.updatedAt', 'comments.{}.comments[].id', 'comments.{}.comments[].author_id',
  'comments.{}.comments[].public', 'comments.{}.comments[].created_at', 'comments.{}.comments[].via.channel',
  'comments.{}.comments[].body',
  'baseline.tickets', 'baseline.requesters', 'baseline.windowDays',
]);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;
/** Nine or more digits in a row, spaces, dashes or dots between them allowed: a card, account or phone number. */
const LONG_NUMBER = /\d(?:[ .-]?\d){8,}/;

const CARD = '4111 1111 1111 1111';
const PRIVATE_MAIL = 'vince.k@privatemail.example';

/** Vince, the abusive persona, with a card number, a private address and a phone number in what he wrote and in his records. */
function hostileAccount(): { account: DemoAccount; userId: number } {
  const account = demoAccount();
  const userId = account.requesters.abusive.userId;
  const user = account.users.find((u) => u.id === userId)!;
  user.user_fields = { ...user.user_fields, card_note: `Visa ${CARD.replaceAll(' ', '-')}`, private_email: PRIVATE_MAIL };
  const org = account.organizations.find((o) => o.id === user.organization_id)!;
  org.organization_fields = { ...org.organization_fields, billing_contact: 'accounts@vkautodetail.example' };
  const tickets = account.tickets.filter((t) => t.requester_id === userId);
  const newest = tickets.find((t) => t.id === account.requesters.abusive.primaryTicketId)!;
  newest.subject = `Still broken, refund card 5500 0000 0000 0004`;
  // Next to the signals of the newest message, so the passages the cache keeps reach them.
  const pii = `Refund it to my card ${CARD} or write to ${PRIVATE_MAIL}, or call +1 555 019 9410. `;
  const first = account.comments[String(newest.id)]![0]!;
  first.body = pii + first.body;
  first.plain_body = pii + first.plain_body;
  first.html_body = `<p>${pii}</p>${first.html_body}`;
  newest.description = first.body;
  const rated = tickets.find((t) => 'comment' in t.satisfaction_rating)!;
  rated.satisfaction_rating = { ...(rated.satisfaction_rating as { id: number; score: 'bad'; comment: string }), comment: `Useless. Ring me on 0555 0199 410 or mail ${PRIVATE_MAIL}` };
  return { account, userId };
}

/** A Web Storage object in memory, as localStorage is in the sidebar's frame. */
function memoryLocalStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

/** A kept passage as a pattern over the message it came from: a mask stands for what it hid. */
function asPattern(passage: string): RegExp {
  const escaped = passage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\\[(?:email|number)\\\]/g, '\\S(?:.*?\\S)?'), 's');
}

function walk(value: unknown, path: string, visit: (path: string, value: unknown) => void, recordKeys: boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, `${path}[]`, visit, false);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const isRecord = recordKeys || /(^|\.)(comments|user_fields|organization_fields)$/.test(path);
      walk(inner, path ? `${path}.${isRecord ? '{}' : key}` : key, visit, false);
    }
    return;
  }
  visit(path, value);
}

describe('what the browser keeps after the sidebar reads a hostile customer', () => {
  it('holds only the documented fields, passages of messages with a signal, and no address or long number', async () => {
    const { account, userId } = hostileAccount();
    const setup = mockSetup(server, { account });
    const local = memoryLocalStorage();
    const cache = new HistoryCache({ storage: createWebStorage(() => local)!, namespace: 'harborlight', agentId: account.currentUserId, clock: setup.clock });
    const cold = await setup.load(userId, { cache, summarise: summariserFor(model) }).finished;
    expect(cold.problems).toEqual([]);

    const keys = Array.from({ length: local.length }, (_, i) => local.key(i)!);
    expect(keys.length).toBeGreaterThan(0);
    const undocumented = new Set<string>();
    const leaks: string[] = [];
    for (const key of keys) {
      expect.soft(key.startsWith(`customer-fit:harborlight:${account.currentUserId}:`), key).toBe(true);
      walk(JSON.parse(local.getItem(key)!), '', (path, value) => {
        if (!DOCUMENTED.has(path)) undocumented.add(path);
        if (typeof value === 'string' && (EMAIL.test(value) || LONG_NUMBER.test(value))) leaks.push(`${path}: ${value}`);
      }, false);
    }
    expect.soft([...undocumented]).toEqual([]);
    expect.soft(leaks).toEqual([]);

    const entry = JSON.parse(local.getItem(keys.find((k) => k.endsWith(`:history:${userId}`))!)!);
    // Custom fields: only what holds a number, which is all the rating reads of them.
    expect.soft(entry.user.user_fields).toEqual({ payment_overdue_days: 0 });
    for (const value of Object.values(entry.organization.organization_fields)) expect(typeof value === 'number' || /^[\d.,]+$/.test(String(value))).toBe(true);

    // Every message is kept as passages of its own words (addresses and numbers masked), never more.
    const sources = new Map(Object.values(account.comments).flat().map((c) => [c.id, c.plain_body]));
    const cachedComments = Object.values(entry.comments as Record<string, { comments: { id: number; author_id: number; public: boolean; body: string }[] }>).flatMap((e) => e.comments);
    expect(cachedComments.length).toBeGreaterThan(10);
    for (const comment of cachedComments) {
      expect(comment.body.length).toBeLessThanOrEqual(4_000);
      for (const passage of comment.body.split(' … ').filter(Boolean)) expect(sources.get(comment.id)).toMatch(asPattern(passage));
    }
    // The agents' replies and internal notes are counted and dated by the rating, never read: none of their words stay.
    const others = cachedComments.filter((c) => c.author_id !== userId || !c.public);
    expect(others.filter((c) => !c.public).length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(5);
    for (const comment of others) expect(comment.body).toBe('');
    const newest = entry.tickets.find((t: { id: number }) => t.id === account.requesters.abusive.primaryTicketId);
    expect(newest.description).toContain('[number]');
    expect(newest.description).toContain('[email]');
    expect(newest.description).toContain('Manager. Now.');

    // What is kept still rates as the whole history does.
    setup.api.control.reset();
    const warm = await setup.load(userId, { cache, summarise: summariserFor(model) }).finished;
    const reader = createReader(model);
    const [a, b] = [cold, warm].map((u) => rate(u.history!, settings, DEMO_NOW, reader));
    expect([b!.band, b!.score]).toEqual([a!.band, a!.score]);
  });
});

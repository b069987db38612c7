import { describe, expect, it } from 'vitest';
import type { CustomerHistory } from '../../../src/core/history';
import { createReader, opensWithRedFlag, rate } from '../../../src/core/rating';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { history, NOW, quietTickets, USER_ID } from './builders';

const THREAT = 'This is the third time. If it is not fixed by Friday I will sue you.';

/** A history whose ticket lists carry opening messages, and whose threads were read only for `readIds`. */
function listed(openings: { text: string; daysAgo: number; by?: number }[], readIds: 'none' | 'all' = 'none'): CustomerHistory {
  const base = history([...openings.map((o) => ({ daysAgo: o.daysAgo, messages: [o.text] })), ...quietTickets(4, 20, 30)]);
  const tickets = base.tickets.map((ticket, i) =>
    i < openings.length ? { ...ticket, submitter_id: openings[i]!.by ?? USER_ID, description: openings[i]!.text } : ticket,
  );
  const comments = { ...base.comments };
  if (readIds === 'none') for (const ticket of tickets.slice(0, openings.length)) delete comments[String(ticket.id)];
  return { ...base, tickets, comments };
}

describe('opening messages from the ticket list', () => {
  it('count as the customer\'s words when the thread was not read, with evidence on their ticket', () => {
    const h = listed([{ text: THREAT, daysAgo: 200 }]);
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    const legal = rating.factors.find((f) => f.id === 'legal-threat');
    expect(legal).toBeDefined();
    expect(legal!.evidence[0]).toMatchObject({ ticketId: h.tickets[0]!.id, commentId: null });
    expect(legal!.evidence[0]!.excerpt).toContain('sue you');
    expect(rating.stats.openingsRead).toBe(1);
  });

  it('are not the customer\'s words when an agent opened the ticket', () => {
    const rating = rate(listed([{ text: THREAT, daysAgo: 200, by: 9001 }]), DEFAULT_SETTINGS, NOW);
    expect(rating.factors.find((f) => f.id === 'legal-threat')).toBeUndefined();
    expect(rating.stats.openingsRead).toBe(0);
  });

  it('are read once: a ticket whose thread was read counts its first comment, not its description again', () => {
    const rating = rate(listed([{ text: THREAT, daysAgo: 200 }], 'all'), DEFAULT_SETTINGS, NOW);
    expect(rating.factors.find((f) => f.id === 'legal-threat')!.count).toBe(1);
    expect(rating.stats.openingsRead).toBe(0);
  });

  it('give the same rating as the thread when the opening message is all the customer wrote', () => {
    const openings = [{ text: THREAT, daysAgo: 200 }, { text: 'Thanks so much, you are all wonderful!', daysAgo: 100 }];
    const fromList = rate(listed(openings), DEFAULT_SETTINGS, NOW);
    const fromThreads = rate(listed(openings, 'all'), DEFAULT_SETTINGS, NOW);
    expect(fromList.score).toBe(fromThreads.score);
    expect(fromList.factors.map((f) => [f.id, f.points])).toEqual(fromThreads.factors.map((f) => [f.id, f.points]));
  });

  it('outside the window count for nothing', () => {
    const rating = rate(listed([{ text: THREAT, daysAgo: 900 }]), DEFAULT_SETTINGS, NOW);
    expect(rating.factors.find((f) => f.id === 'legal-threat')).toBeUndefined();
  });

  it('flag a ticket for a full read on a red flag, not on a plain complaint or a question', () => {
    const h = listed([
      { text: THREAT, daysAgo: 10 },
      { text: 'The export is broken and I am frustrated.', daysAgo: 11 },
      { text: 'How do I add a second admin?', daysAgo: 12 },
      { text: THREAT, daysAgo: 13, by: 9001 },
    ]);
    const reader = createReader();
    expect(h.tickets.slice(0, 4).map((t) => opensWithRedFlag(t, USER_ID, reader, 'balanced'))).toEqual([true, false, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings';
import { createDemoAccount, HEAVY_TICKET_COUNT, CUSTOMER_FIT_TAGS, ARCHIVE_AFTER_DAYS, DEMO_APP_SETTINGS } from '../../src/demo';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { customerComments, customerText, htmlText, ticketsOf } from './helpers';

const NOW = new Date('2026-11-23T09:30:00Z');
const DAY = 86_400_000;
const account = createDemoAccount({ now: NOW });
const tagsOf = (key: (typeof REQUESTER_KEYS)[number]): string[] =>
  account.users.find((u) => u.id === account.requesters[key].userId)?.tags ?? [];
const ageDays = (iso: string): number => (NOW.getTime() - Date.parse(iso)) / DAY;

describe('createDemoAccount', () => {
  it('gives the same account byte for byte for the same seed and now', () => {
    expect(JSON.stringify(createDemoAccount({ now: NOW }))).toBe(JSON.stringify(account));
    expect(JSON.stringify(createDemoAccount({ seed: 7, now: NOW }))).toBe(JSON.stringify(createDemoAccount({ seed: 7, now: NOW })));
  });

  it('changes with the seed, and moves every date with now', () => {
    expect(JSON.stringify(createDemoAccount({ seed: 7, now: NOW }))).not.toBe(JSON.stringify(account));
    const later = createDemoAccount({ now: new Date(NOW.getTime() + 10 * DAY) });
    expect(Date.parse(later.tickets[0]?.created_at ?? '') - Date.parse(account.tickets[0]?.created_at ?? '')).toBe(10 * DAY);
    expect(later.requesters.loyal).toEqual(account.requesters.loyal);
  });

  it('puts no date after now', () => {
    for (const t of account.tickets) expect(ageDays(t.updated_at)).toBeGreaterThanOrEqual(0);
    for (const list of Object.values(account.comments)) for (const c of list) expect(ageDays(c.created_at)).toBeGreaterThanOrEqual(0);
  });

  it('numbers tickets in the order they were created, as Zendesk does', () => {
    for (let i = 1; i < account.tickets.length; i += 1) {
      expect(account.tickets[i]?.id).toBeGreaterThan(account.tickets[i - 1]?.id ?? 0);
      expect((account.tickets[i]?.created_at ?? '') >= (account.tickets[i - 1]?.created_at ?? '')).toBe(true);
    }
  });

  it('has every demo requester, each with a primary ticket of their own that is not archived', () => {
    for (const key of REQUESTER_KEYS) {
      const r = account.requesters[key];
      const primary = account.tickets.find((t) => t.id === r.primaryTicketId);
      expect(primary?.requester_id, key).toBe(r.userId);
      expect(account.archivedTicketIds).not.toContain(r.primaryTicketId);
      expect(account.users.find((u) => u.id === r.userId)?.role).toBe('end-user');
    }
  });

  it('gives every person their own name and email address', () => {
    expect(new Set(account.users.map((u) => u.name)).size).toBe(account.users.length);
    expect(new Set(account.users.map((u) => u.email)).size).toBe(account.users.length);
  });

  it('has agents, admins and one team lead, and organizations with a revenue field', () => {
    const agents = account.users.filter((u) => u.role !== 'end-user');
    expect(agents.map((u) => u.role).toSorted()).toEqual(['admin', 'agent', 'agent', 'agent']);
    expect(account.users.find((u) => u.id === account.teamLeadId)?.signature).toContain('Team Lead');
    expect(account.currentUserId).toBe(account.teamLeadId);
    expect(account.organizations.length).toBeGreaterThanOrEqual(2);
    for (const org of account.organizations) expect(typeof org.organization_fields[account.fields.mrrOrganizationFieldKey]).toBe('number');
  });
});

describe('the requesters show what they promise', () => {
  it('heavy has 1,500 tickets, newcomer one, from a user created days ago', () => {
    expect(ticketsOf(account, 'heavy')).toHaveLength(HEAVY_TICKET_COUNT);
    expect(HEAVY_TICKET_COUNT).toBe(1500);
    expect(ticketsOf(account, 'newcomer')).toHaveLength(1);
    const newcomer = account.users.find((u) => u.id === account.requesters.newcomer.userId);
    expect(ageDays(newcomer?.created_at ?? '')).toBeLessThan(7);
  });

  it('loyal: many polite tickets with thanks and good ratings, no billing trouble', () => {
    const tickets = ticketsOf(account, 'loyal');
    expect(tickets.length).toBeGreaterThanOrEqual(10);
    expect(customerText(account, 'loyal')).toMatch(/thank/i);
    expect(tickets.filter((t) => 'comment' in t.satisfaction_rating && t.satisfaction_rating.score === 'good').length).toBeGreaterThanOrEqual(4);
    expect(tickets.some((t) => t.tags.includes('invoice_overdue'))).toBe(false);
  });

  it('outage: a burst of outage tickets in one week, upset but polite', () => {
    const outage = ticketsOf(account, 'outage').filter((t) => t.tags.includes('outage'));
    expect(outage.length).toBeGreaterThanOrEqual(5);
    const ages = outage.map((t) => ageDays(t.created_at));
    expect(Math.max(...ages) - Math.min(...ages)).toBeLessThan(7);
    const text = customerText(account, 'outage');
    expect(text).toMatch(/frustrat/i);
    expect(text).not.toMatch(/idiot|bullshit|hell|damn|crap|useless/i);
  });

  it('late-payer: billing tags on several tickets, an overdue-days field, review threats', () => {
    const tickets = ticketsOf(account, 'late-payer');
    expect(tickets.filter((t) => t.tags.includes('billing')).length).toBeGreaterThanOrEqual(5);
    expect(tickets.filter((t) => t.tags.includes('invoice_overdue')).length).toBeGreaterThanOrEqual(3);
    const user = account.users.find((u) => u.id === account.requesters['late-payer'].userId);
    expect(user?.user_fields[account.fields.overdueDaysUserFieldKey]).toBeGreaterThan(30);
    expect(customerText(account, 'late-payer')).toMatch(/Yelp/);
    expect(customerText(account, 'late-payer')).toMatch(/Google/);
  });

  it('abusive: insults, blames past vendors, dismisses expertise, demands the manager, swears', () => {
    const text = customerText(account, 'abusive');
    expect(text).toMatch(/idiots/);
    expect(text).toMatch(/GoDaddy|last developer|old host/);
    expect(text).toMatch(/lecture|before you were born/);
    expect(text).toMatch(/manager/i);
    expect(text).toMatch(/bullshit|hell|damn|crap/);
  });

  it('unsafe: markup and entities in the text, raw in html_body', () => {
    const comments = customerComments(account, 'unsafe');
    const bodies = comments.map((c) => c.body).join('\n');
    expect(bodies).toContain('<script>');
    expect(bodies).toMatch(/<img [^>]*onerror=/);
    expect(bodies).toContain('javascript:');
    expect(bodies).toContain('&amp;');
    expect(comments.some((c) => c.html_body.includes('<script>'))).toBe(true);
    expect(ticketsOf(account, 'unsafe').some((t) => t.subject.includes('<script>'))).toBe(true);
  });

  it('old-anger: one angry email about two years ago, archived, and good since', () => {
    const tickets = ticketsOf(account, 'old-anger');
    const angry = tickets.filter((t) => 'comment' in t.satisfaction_rating && t.satisfaction_rating.score === 'bad');
    expect(angry).toHaveLength(1);
    expect(ageDays(angry[0]?.created_at ?? '')).toBeGreaterThan(700);
    expect(account.archivedTicketIds).toContain(angry[0]?.id);
    expect(tickets.filter((t) => ageDays(t.created_at) < 365).every((t) => t.satisfaction_rating.score !== 'bad')).toBe(true);
  });

  it('watchlist users carry the customer fit tags, one level tag each', () => {
    expect(tagsOf('watch-concern')).toEqual([CUSTOMER_FIT_TAGS.concern]);
    expect(tagsOf('watch-strike-1')).toContain(CUSTOMER_FIT_TAGS.strike1);
    expect(tagsOf('watch-strike-2')).toEqual([CUSTOMER_FIT_TAGS.strike2]);
    expect(tagsOf('watch-final-notice')).toEqual([CUSTOMER_FIT_TAGS.finalNotice]);
    expect(tagsOf('abusive')).toEqual([]);
  });
});

describe('the records look like Zendesk\'s', () => {
  const all = Object.values(account.comments).flat();

  it('body, html_body and plain_body say the same thing', () => {
    const unsafeAuthor = account.requesters.unsafe.userId;
    for (const c of all) {
      expect(c.plain_body).toBe(c.body);
      if (c.author_id !== unsafeAuthor) expect(htmlText(c.html_body).replace(/\s+/g, ' ')).toBe(c.body.replace(/^> ?/gm, '').replace(/\s+/g, ' ').trim());
    }
  });

  it('has quoted earlier emails, signatures, voice tickets and private notes', () => {
    expect(all.some((c) => /\nOn [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} at \d{2}:\d{2}, .+ <support@.+> wrote:\n> /.test(c.body))).toBe(true);
    expect(all.some((c) => c.body.includes('Namaste,\nHelen'))).toBe(true);
    const voice = account.tickets.filter((t) => t.via.channel === 'voice');
    expect(voice.length).toBeGreaterThan(3);
    expect(voice.every((t) => account.comments[String(t.id)]?.[0]?.type === 'VoiceComment')).toBe(true);
    expect(all.some((c) => !c.public)).toBe(true);
  });

  it('has satisfaction ratings with comments, time spent in minutes, and metric sets that count agent replies', () => {
    expect(account.satisfactionRatings.filter((r) => r.comment.length > 0).length).toBeGreaterThan(20);
    for (const t of account.tickets.slice(0, 500)) {
      const minutes = t.custom_fields.find((f) => f.id === account.fields.timeSpentTicketFieldId)?.value;
      expect(minutes).toMatch(/^\d+$/);
      const agentReplies = (account.comments[String(t.id)] ?? []).filter((c) => c.public && account.agentIds.includes(c.author_id)).length;
      expect(account.metricSets[String(t.id)]?.replies).toBe(agentReplies);
    }
    expect(Object.values(account.metricSets).some((m) => m.reopens > 0)).toBe(true);
  });

  it('archives exactly the tickets closed more than 120 days ago', () => {
    const expected = account.tickets.filter((t) => t.status === 'closed' && ageDays(t.updated_at) > ARCHIVE_AFTER_DAYS).map((t) => t.id);
    expect(account.archivedTicketIds).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
  });

  it('comes with app settings the app accepts, pointing at its own fields', () => {
    const { settings, problems } = parseSettings({ ...DEMO_APP_SETTINGS });
    expect(problems).toEqual([]);
    expect(settings.time_field_id).toBe(String(account.fields.timeSpentTicketFieldId));
    expect(settings.time_field_seconds).toBe(false);
  });

  it('reads like people wrote it', () => {
    const text = JSON.stringify(account);
    expect(text).not.toMatch(/lorem|ipsum|TODO|foo bar/i);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { HistoryComment, HistoryOrganization, HistorySatisfactionRating, HistoryTicket, HistoryTicketMetrics, HistoryUser } from '../../../src/core/history';
import {
  organizationSchema,
  requestedTicketsPageSchema,
  satisfactionRatingSchema,
  ticketCommentSchema,
  ticketCommentsPageSchema,
  ticketMetricSetSchema,
  ticketSchema,
  userSchema,
  userSearchPageSchema,
  zendeskErrorSchema,
  type ZendeskOrganization,
  type ZendeskSatisfactionRating,
  type ZendeskTicket,
  type ZendeskTicketComment,
  type ZendeskTicketMetricSet,
  type ZendeskUser,
} from '../../../src/zendesk/schemas';

const ticket = {
  id: 4012,
  subject: 'Booking page down?',
  status: 'open',
  created_at: '2026-11-04T09:12:00Z',
  updated_at: '2026-11-04T10:04:00Z',
  requester_id: 1203004000039,
  via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
  tags: ['outage'],
  satisfaction_rating: { score: 'unoffered' },
  custom_fields: [{ id: 360004200101, value: '35' }, { id: 360004200102, value: null }],
  comment_count: 5,
  brand_id: 360000111222,
};

describe('the parsed types fit the core history types', () => {
  it('are assignable, so a parsed response can be handed to the core as is', () => {
    expectTypeOf<ZendeskUser>().toExtend<HistoryUser>();
    expectTypeOf<ZendeskOrganization>().toExtend<HistoryOrganization>();
    expectTypeOf<ZendeskTicket>().toExtend<HistoryTicket>();
    expectTypeOf<ZendeskTicketComment>().toExtend<HistoryComment>();
    expectTypeOf<ZendeskSatisfactionRating>().toExtend<HistorySatisfactionRating>();
    expectTypeOf<ZendeskTicketMetricSet>().toExtend<HistoryTicketMetrics>();
    const parsed: HistoryTicket = ticketSchema.parse(ticket);
    expect(parsed.comment_count).toBe(5);
  });
});

describe('ticketSchema', () => {
  it('keeps fields it does not check (loose), so nothing Zendesk adds is lost', () => {
    expect(ticketSchema.parse(ticket)).toMatchObject({ brand_id: 360000111222, custom_fields: [{ id: 360004200101, value: '35' }, { id: 360004200102, value: null }] });
  });

  it('accepts the nulls Zendesk sends for empty fields', () => {
    expect(ticketSchema.safeParse({ ...ticket, subject: null, via: null, satisfaction_rating: null, comment_count: null }).success).toBe(true);
  });

  it('accepts a numeric via channel, as older payloads carry', () => {
    expect(ticketSchema.safeParse({ ...ticket, via: { channel: 45 } }).success).toBe(true);
  });

  it('rejects a ticket whose id is a string or whose dates are missing', () => {
    expect(ticketSchema.safeParse({ ...ticket, id: '4012' }).success).toBe(false);
    const { created_at: _dropped, ...withoutDate } = ticket;
    expect(ticketSchema.safeParse(withoutDate).success).toBe(false);
  });
});

describe('the other objects', () => {
  it('user: user_fields null is read as absent, unknown fields kept', () => {
    const user = userSchema.parse({ id: 7, name: 'Dana', created_at: '2024-01-01T00:00:00Z', user_fields: null, photo: null, organization_id: null });
    expect(user.user_fields).toBeUndefined();
    expect(user).toMatchObject({ photo: null, organization_id: null });
    expect(userSchema.safeParse({ id: 7, name: 'Dana', created_at: '2024-01-01T00:00:00Z', tags: 'vip' }).success).toBe(false);
  });

  it('organization: organization_fields with numbers and strings', () => {
    expect(organizationSchema.parse({ id: 3, name: 'Crumb & Co', organization_fields: { mrr: 39, plan: 'business' } }).organization_fields).toEqual({ mrr: 39, plan: 'business' });
  });

  it('comment: public must be a boolean', () => {
    const comment = { id: 1, author_id: 2, public: true, created_at: '2026-01-01T00:00:00Z', body: 'Hi', type: 'VoiceComment', data: { call_duration: 48 } };
    expect(ticketCommentSchema.parse(comment)).toMatchObject({ type: 'VoiceComment', data: { call_duration: 48 } });
    expect(ticketCommentSchema.safeParse({ ...comment, public: 'yes' }).success).toBe(false);
  });

  it('satisfaction rating: the short embedded form and the full record', () => {
    expect(satisfactionRatingSchema.safeParse({ score: 'unoffered' }).success).toBe(true);
    expect(satisfactionRatingSchema.safeParse({ id: 1, score: 'bad', comment: 'Took forever.', ticket_id: 9, requester_id: 3 }).success).toBe(true);
    expect(satisfactionRatingSchema.safeParse({ score: 2 }).success).toBe(false);
  });

  it('metric set: reopens and replies are integers', () => {
    expect(ticketMetricSetSchema.safeParse({ id: 1, ticket_id: 2, reopens: 1, replies: 3 }).success).toBe(true);
    expect(ticketMetricSetSchema.safeParse({ id: 1, ticket_id: 2, reopens: 1.5 }).success).toBe(false);
  });
});

describe('envelopes', () => {
  const meta = { has_more: true, after_cursor: 'abc', before_cursor: 'xyz' };
  const links = { next: 'https://x.zendesk.com/api/v2/users/1/tickets/requested?page[size]=100&page[after]=abc', prev: null };

  it('requested tickets page, with the metric_sets sideload', () => {
    const page = requestedTicketsPageSchema.parse({ tickets: [ticket], meta, links, metric_sets: [{ id: 5, ticket_id: 4012, reopens: 0, replies: 2 }] });
    expect(page.tickets[0]?.id).toBe(4012);
    expect(page.metric_sets?.[0]?.replies).toBe(2);
  });

  it('a page without meta is not a cursor page', () => {
    expect(requestedTicketsPageSchema.safeParse({ tickets: [ticket], next_page: null }).success).toBe(false);
  });

  it('comments page and user search page', () => {
    expect(ticketCommentsPageSchema.safeParse({ comments: [], meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } }).success).toBe(true);
    const results = [{ id: 7, name: 'Kyle', created_at: '2025-01-01T00:00:00Z', result_type: 'user', tags: ['customer_fit_concern'] }];
    expect(userSearchPageSchema.safeParse({ results, facets: null, next_page: null, previous_page: null, count: 1 }).success).toBe(true);
    expect(userSearchPageSchema.safeParse({ results: [{ ...results[0], result_type: 'ticket' }], next_page: null, previous_page: null, count: 1 }).success).toBe(false);
  });

  it('Zendesk error bodies in their three shapes', () => {
    expect(zendeskErrorSchema.safeParse({ error: 'RecordNotFound', description: 'Not found' }).success).toBe(true);
    expect(zendeskErrorSchema.safeParse({ error: { title: 'Forbidden', message: 'You do not have access' } }).success).toBe(true);
    expect(zendeskErrorSchema.safeParse({ errors: [{ code: 'TooManyRequests', title: 'Too many requests' }] }).success).toBe(true);
    expect(zendeskErrorSchema.safeParse('<html>Bad Gateway</html>').success).toBe(false);
  });
});

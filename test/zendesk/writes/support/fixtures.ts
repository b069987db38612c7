import type { FitRating } from '../../../../src/core/rating/types';
import { DEFAULT_WARNING_SETTINGS } from '../../../../src/core/warnings/settings';
import type { CurrentUserLike, WarningSettings } from '../../../../src/core/warnings/types';
import type { FakeUser } from './fake-zendesk';

export const LEAD: CurrentUserLike = { id: 501, name: 'Dana Lead', role: 'admin', groups: [] };
export const OTHER_LEAD: CurrentUserLike = { id: 502, name: 'Kim Lead', role: 'admin', groups: [] };
export const AGENT: CurrentUserLike = { id: 601, name: 'Sam Agent', role: 'agent', groups: [{ id: 1 }] };

export const SETTINGS: WarningSettings = { ...DEFAULT_WARNING_SETTINGS };

export const REQUESTER_ID = 7001;
export const TICKET_ID = 55;

/** Forty tags and other fields the customer already has; none may be lost or changed. */
export function existingTags(): string[] {
  return Array.from({ length: 40 }, (_, i) => `existing_tag_${String(i + 1).padStart(2, '0')}`);
}

export function existingFields(): Record<string, unknown> {
  return {
    account_tier: 'gold',
    contract_value: 12500,
    renewal_date: '2027-01-31',
    vip: true,
    notes_from_sales: 'Prefers email. Signed in March.',
  };
}

export function requester(overrides: Partial<FakeUser> = {}): FakeUser {
  return {
    id: REQUESTER_ID,
    name: 'Pat Example',
    role: 'end-user',
    created_at: '2025-02-03T08:00:00Z',
    tags: existingTags(),
    user_fields: {
      ...existingFields(),
      customer_fit_warning_level: null,
      customer_fit_warning_date: null,
      customer_fit_warning_record: null,
      customer_fit_concerns: null,
    },
    ...overrides,
  };
}

export function rating(): FitRating {
  return {
    requesterId: REQUESTER_ID,
    score: 23,
    band: 'poor',
    factors: [
      {
        id: 'review-threat',
        kind: 'warning',
        points: -18,
        count: 3,
        tickets: 2,
        lastSeen: '2026-10-02T09:00:00Z',
        evidence: [
          {
            ticketId: 41,
            commentId: 4101,
            date: '2026-10-02T09:00:00Z',
            excerpt: 'I will post about this on Yelp and tell everyone.',
            highlight: { start: 0, end: 10 },
            weight: 0.9,
          },
        ],
        data: {},
      },
      {
        id: 'ticket-volume',
        kind: 'warning',
        points: -9,
        count: 14,
        tickets: 14,
        lastSeen: '2026-11-01T09:00:00Z',
        evidence: [
          {
            ticketId: 52,
            commentId: null,
            date: '2026-11-01T09:00:00Z',
            excerpt: '14 tickets in 90 days',
            highlight: null,
            weight: 0.7,
          },
        ],
        data: {},
      },
      {
        id: 'good-satisfaction',
        kind: 'good',
        points: 4,
        count: 1,
        tickets: 1,
        lastSeen: '2026-06-01T09:00:00Z',
        evidence: [
          {
            ticketId: 12,
            commentId: null,
            date: '2026-06-01T09:00:00Z',
            excerpt: 'Rated good',
            highlight: null,
            weight: 0.5,
          },
        ],
        data: {},
      },
    ],
    summary: ['review-threat', 'ticket-volume'],
    trend: [],
    cost: null,
    window: { from: '2026-05-01T00:00:00Z', to: '2026-11-23T00:00:00Z' },
    stats: { tickets: 20, ticketsInWindow: 14, ticketsRead: 10, commentsRead: 60, openingsRead: 0 },
  };
}

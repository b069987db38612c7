/**
 * The app's zod response schemas must accept what Zendesk documents: every relevant
 * `components.examples` entry of the spec and the `example` of each object schema.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  organizationResponseSchema,
  organizationSchema,
  satisfactionRatingSchema,
  searchCountSchema,
  tagsResponseSchema,
  ticketCommentSchema,
  ticketMetricSetSchema,
  ticketResponseSchema,
  ticketSchema,
  ticketUpdateResponseSchema,
  userResponseSchema,
  userSchema,
  userUpdateResponseSchema,
} from '../../src/zendesk/schemas';
import { searchExportPageEnvelope } from '../../src/zendesk/history/endpoints';
import { loadSpec } from './spec';

const spec = loadSpec();

function example(name: string): Record<string, unknown> {
  const value = spec.components.examples[name]?.value;
  if (typeof value !== 'object' || value === null) throw new Error(`The spec has no example ${name}`);
  return value as Record<string, unknown>;
}

function schemaExample(name: string): unknown {
  const schema = spec.components.schemas[name] as { example?: unknown } | undefined;
  if (schema?.example === undefined) throw new Error(`The spec's ${name} has no example`);
  return schema.example;
}

function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('zod schemas accept the spec\'s examples', () => {
  const cases: [string, z.ZodType, () => unknown][] = [
    ['TicketObject example', ticketSchema, () => schemaExample('TicketObject')],
    ['TicketResponseExample', ticketResponseSchema, () => example('TicketResponseExample')],
    ['TicketsResponseExample tickets', ticketSchema, () => (example('TicketsResponseExample').tickets as unknown[])[0]],
    ['CursorBasedExportIncrementalTicketsResponseExample tickets', ticketSchema, () => (example('CursorBasedExportIncrementalTicketsResponseExample').tickets as unknown[])[0]],
    ['TicketCommentObject example', ticketCommentSchema, () => schemaExample('TicketCommentObject')],
    ['TicketCommentsResponseExample comments', ticketCommentSchema, () => (example('TicketCommentsResponseExample').comments as unknown[])[0]],
    ['OrganizationObject example', organizationSchema, () => schemaExample('OrganizationObject')],
    ['OrganizationResponseExample', organizationResponseSchema, () => example('OrganizationResponseExample')],
    ['OrganizationsResponseExample organizations', organizationSchema, () => (example('OrganizationsResponseExample').organizations as unknown[])[1]],
    ['TicketMetricObject example (which has no ticket metric id of its own beyond id)', ticketMetricSetSchema, () => schemaExample('TicketMetricObject')],
    ['TicketMetricsResponseExample ticket_metrics', ticketMetricSetSchema, () => (example('TicketMetricsResponseExample').ticket_metrics as unknown[])[0]],
    ['TicketMetricResponseExample ticket_metric', ticketMetricSetSchema, () => (example('TicketMetricResponseExample').ticket_metric as unknown[])[0]],
    ['SatisfactionRatingObject example', satisfactionRatingSchema, () => schemaExample('SatisfactionRatingObject')],
    ['SatisfactionRatingsResponseExample', satisfactionRatingSchema, () => (example('SatisfactionRatingsResponseExample').satisfaction_ratings as unknown[])[1]],
    ['the satisfaction rating embedded in the TicketObject example', satisfactionRatingSchema, () => (schemaExample('TicketObject') as { satisfaction_rating: unknown }).satisfaction_rating],
    ['SearchCountResponseExample', searchCountSchema, () => example('SearchCountResponseExample')],
    ['TagsByObjectIdResponse', tagsResponseSchema, () => example('TagsByObjectIdResponse')],
    ['AddTagsByObjectIdResponseExample', tagsResponseSchema, () => example('AddTagsByObjectIdResponseExample')],
  ];
  it.each(cases)('%s', (_name, schema, value) => {
    expect(issues(schema, value())).toEqual([]);
  });

  it('the search export page the loader reads archived tickets with (SearchExportResponse example)', () => {
    expect(issues(searchExportPageEnvelope, schemaExample('SearchExportResponse'))).toEqual([]);
  });

  it('the full user examples (UserForAdmin, CurrentUserResponseExample) with created_at', () => {
    expect(issues(userSchema, schemaExample('UserForAdmin'))).toEqual([]);
    expect(issues(userResponseSchema, example('CurrentUserResponseExample'))).toEqual([]);
  });

  it('the write answers (TicketUpdateResponseExample, UpdateUserResponseExample)', () => {
    expect(issues(ticketUpdateResponseSchema, example('TicketUpdateResponseExample'))).toEqual([]);
    expect(issues(userUpdateResponseSchema, example('UpdateUserResponseExample'))).toEqual([]);
  });

  it('the abridged user examples (id and name only) are rejected for lack of created_at', () => {
    // UserResponseExample is `{ id, name }`; a real Show User always has created_at, which the app reads.
    expect(issues(userResponseSchema, example('UserResponseExample'))).toEqual(['user.created_at: Invalid input: expected string, received undefined']);
  });
});

import { z } from 'zod';
import { idSchema } from './common';
import { cursorPageSchema } from './pagination';
import { organizationSchema } from './organization';
import { ticketSchema } from './ticket';
import { ticketCommentSchema } from './ticket-comment';
import { ticketMetricSetSchema } from './ticket-metric-set';
import { userSchema } from './user';

/** `GET /api/v2/users/{id}` (optionally `?include=organizations`, which adds `organizations`). */
export const userResponseSchema = z
  .object({
    user: userSchema,
    organizations: z.array(organizationSchema).optional(),
  })
  .loose();

/** `GET /api/v2/organizations/{id}`. */
export const organizationResponseSchema = z.object({ organization: organizationSchema }).loose();

/** `GET /api/v2/tickets/{id}`. */
export const ticketResponseSchema = z.object({ ticket: ticketSchema }).loose();

/**
 * A page of `GET /api/v2/users/{id}/tickets/requested?page[size]=...`, with the
 * `include=metric_sets` sideload when asked for (the metric sets of the page's tickets).
 */
export const requestedTicketsPageSchema = cursorPageSchema('tickets', ticketSchema).extend({
  metric_sets: z.array(ticketMetricSetSchema).optional(),
});

/** A page of `GET /api/v2/tickets/{id}/comments?page[size]=...`. */
export const ticketCommentsPageSchema = cursorPageSchema('comments', ticketCommentSchema);

/**
 * The answer to `PUT /api/v2/tickets/{id}`: the updated ticket and the audit that recorded
 * the change, whose `events` include the added comment. Only the ids are required: the app reads
 * the audit's events to learn the new comment's id, and Zendesk's own example abridges the ticket.
 */
export const ticketUpdateResponseSchema = z
  .object({
    ticket: z.object({ id: idSchema, status: z.string().optional() }).loose(),
    audit: z
      .object({
        id: idSchema.optional(),
        ticket_id: idSchema.optional(),
        events: z.array(z.object({ id: idSchema.optional(), type: z.string() }).loose()),
      })
      .loose(),
  })
  .loose();

/**
 * The answer to `PUT /api/v2/users/{id}`: the user after the update. The app reads back
 * `user_fields` and `tags` to confirm a write; Zendesk's example shows only `id` and `name`.
 */
export const userUpdateResponseSchema = z
  .object({
    user: z
      .object({
        id: idSchema,
        name: z.string(),
        tags: z.array(z.string()).optional(),
        user_fields: z.record(z.string(), z.unknown()).nullish(),
      })
      .loose(),
  })
  .loose();

/**
 * A Zendesk error body. Most endpoints answer `{ "error": "RecordNotFound", "description": "Not found" }`;
 * some answer `{ "error": { "title", "message" } }` or a JSON:API style `{ "errors": [{ code, title }] }`.
 */
export const zendeskErrorSchema = z.union([
  z
    .object({
      error: z.union([z.string(), z.object({ title: z.string().optional(), message: z.string().optional() }).loose()]),
      description: z.string().optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    })
    .loose(),
  z.object({ errors: z.array(z.object({ code: z.string(), title: z.string() }).loose()) }).loose(),
]);

export type ZendeskError = z.infer<typeof zendeskErrorSchema>;

import { z } from 'zod';
import { dateTimeSchema, idSchema, viaSchema } from './common';
import { satisfactionRatingSchema } from './satisfaction-rating';

/** One custom field value on a ticket; `value` may be a string, number, boolean, array or null. */
export const customFieldValueSchema = z.object({ id: idSchema, value: z.unknown() }).loose();

/**
 * A Zendesk ticket, as in Tickets > JSON format
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/).
 * `comment_count` is present when the list was requested with `include=comment_count`.
 * `description` is the read-only first comment, written by `submitter_id`.
 */
export const ticketSchema = z
  .object({
    id: idSchema,
    subject: z.string().nullish(),
    status: z.string(),
    created_at: dateTimeSchema,
    updated_at: dateTimeSchema,
    requester_id: idSchema,
    submitter_id: idSchema.nullish(),
    description: z.string().nullish(),
    via: viaSchema.nullish(),
    tags: z.array(z.string()).optional(),
    satisfaction_rating: satisfactionRatingSchema.nullish(),
    custom_fields: z.array(customFieldValueSchema).optional(),
    comment_count: z.number().int().nullish(),
  })
  .loose();

export type ZendeskTicket = z.infer<typeof ticketSchema>;

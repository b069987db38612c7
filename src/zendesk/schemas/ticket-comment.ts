import { z } from 'zod';
import { dateTimeSchema, idSchema, viaSchema } from './common';

/**
 * A ticket comment, as in Ticket Comments > JSON format
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/).
 * `body`, `html_body` and `plain_body` are three renderings of the same text; all are untrusted.
 */
export const ticketCommentSchema = z
  .object({
    id: idSchema,
    author_id: idSchema,
    public: z.boolean(),
    created_at: dateTimeSchema,
    body: z.string().optional(),
    html_body: z.string().optional(),
    plain_body: z.string().optional(),
    type: z.string().optional(),
    via: viaSchema.nullish(),
  })
  .loose();

export type ZendeskTicketComment = z.infer<typeof ticketCommentSchema>;

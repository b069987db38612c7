import { z } from 'zod';
import { dateTimeSchema, idSchema } from './common';

/**
 * A satisfaction (CSAT) rating: the short form embedded in a ticket (`{ id, score, comment }`,
 * or just `{ score: "unoffered" }`) and the full record of the Satisfaction Ratings API
 * (https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/).
 * `score` is "offered", "unoffered", "good" or "bad".
 */
export const satisfactionRatingSchema = z
  .object({
    id: idSchema.optional(),
    score: z.string(),
    comment: z.string().nullish(),
    ticket_id: idSchema.optional(),
    requester_id: idSchema.optional(),
    created_at: dateTimeSchema.optional(),
  })
  .loose();

export type ZendeskSatisfactionRating = z.infer<typeof satisfactionRatingSchema>;

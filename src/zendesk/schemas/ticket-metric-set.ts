import { z } from 'zod';
import { dateTimeSchema, idSchema } from './common';

/**
 * A ticket metric set (Ticket Metrics API,
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metrics/), also what the
 * `include=metric_sets` sideload of the ticket lists returns under `metric_sets`.
 */
export const ticketMetricSetSchema = z
  .object({
    id: idSchema,
    ticket_id: idSchema,
    reopens: z.number().int().nullish(),
    replies: z.number().int().nullish(),
    created_at: dateTimeSchema.optional(),
    updated_at: dateTimeSchema.optional(),
  })
  .loose();

export type ZendeskTicketMetricSet = z.infer<typeof ticketMetricSetSchema>;

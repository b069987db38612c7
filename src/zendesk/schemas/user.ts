import { z } from 'zod';
import { dateTimeSchema, idSchema } from './common';

/**
 * A Zendesk user (end user, agent or admin), as in Users > JSON format
 * (https://developer.zendesk.com/api-reference/ticketing/users/users/).
 * Only the fields the app reads are checked; the rest pass through.
 */
export const userSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    email: z.string().nullish(),
    role: z.string().optional(),
    locale: z.string().nullish(),
    created_at: dateTimeSchema,
    organization_id: idSchema.nullish(),
    tags: z.array(z.string()).optional(),
    user_fields: z.record(z.string(), z.unknown()).nullish().transform((v) => v ?? undefined),
  })
  .loose();

export type ZendeskUser = z.infer<typeof userSchema>;

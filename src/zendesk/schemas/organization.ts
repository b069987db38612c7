import { z } from 'zod';
import { idSchema } from './common';

/**
 * A Zendesk organization, as in Organizations > JSON format
 * (https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/).
 * `organization_fields` holds the custom fields, e.g. a monthly revenue value.
 */
export const organizationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    tags: z.array(z.string()).optional(),
    organization_fields: z
      .record(z.string(), z.unknown())
      .nullish()
      .transform((v) => v ?? undefined),
  })
  .loose();

export type ZendeskOrganization = z.infer<typeof organizationSchema>;

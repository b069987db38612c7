import { z } from 'zod';

/**
 * The answer of the Tags API for one record (`GET`/`PUT`/`POST /api/v2/users/{id}/tags`):
 * the record's tags after the call (https://developer.zendesk.com/api-reference/ticketing/ticket-management/tags/).
 * `DELETE` answers 204 with no body.
 */
export const tagsResponseSchema = z.object({ tags: z.array(z.string()) }).loose();

export type TagsResponse = z.infer<typeof tagsResponseSchema>;

import { z } from 'zod';

/** Zendesk ids are 64-bit integers that still fit in a double for every real account. */
export const idSchema = z.number().int().nonnegative();

/** ISO 8601 timestamps as Zendesk sends them ("2026-03-03T10:02:00Z"); kept as strings. */
export const dateTimeSchema = z.string().min(1);

/**
 * How a ticket or comment was created. `channel` is a string in the JSON API ("email", "web",
 * "voice"...); some older payloads carry a number, which the core accepts too.
 */
export const viaSchema = z
  .object({
    channel: z.union([z.string(), z.number()]).nullish(),
    source: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

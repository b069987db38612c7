import { z } from 'zod';
import { organizationSchema, ticketCommentSchema, ticketSchema, userSchema } from '../../zendesk/schemas';
import { isoDateTimeMessage, isoDateTimeProblem } from '../iso-date';

const metricsSchema = z
  .object({ reopens: z.number().nullish(), replies: z.number().nullish() })
  .loose();

/** A date-time the rating cannot do without: anything but a strict ISO 8601 one is an error. */
const requiredDateTime = z.string().superRefine((value, ctx) => {
  if (isoDateTimeProblem(value) !== null) ctx.addIssue({ code: 'custom', message: isoDateTimeMessage(value) });
});

/**
 * A history bundle as `customer-fit demo-bundle` writes it and the loader's history reads: the
 * Zendesk shapes of src/zendesk/schemas. A record of the wrong shape stops the command; a ticket's
 * or comment's date is only checked to be a string here, and a record whose date is not a real one
 * is left out later, with a warning (see ./believe.ts).
 */
export const bundleSchema = z.object({
  user: userSchema.safeExtend({ created_at: requiredDateTime }),
  organization: organizationSchema.nullish(),
  tickets: z.array(ticketSchema.extend({ metric_set: metricsSchema.nullish() })),
  comments: z.record(z.string().regex(/^\d+$/), z.array(ticketCommentSchema)).default({}),
  now: requiredDateTime.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  baseline: z
    .object({
      tickets: z.number().nonnegative(),
      requesters: z.number().positive(),
      windowDays: z.number().positive(),
    })
    .nullish(),
});

/** The parts of a bundle, for the warning on a part that is not one. */
export const BUNDLE_PARTS = Object.keys(bundleSchema.shape);

export type HistoryBundleInput = z.input<typeof bundleSchema>;
export type HistoryBundle = z.output<typeof bundleSchema>;

import { CONCERN_TAG, LEVEL_TAGS, WARNING_FIELDS } from '../core/warnings/fields';

/**
 * The user tags that record where a requester stands in the team's "three strikes" process:
 * a concern raised, first and second strikes, and the final notice before any decision.
 * The names come from the app's warning model, so the demo account, the mock API and the app agree.
 * A level is a drop-down user field whose option values are these tags, so Zendesk keeps exactly
 * one level tag on the user at a time.
 */
export const CUSTOMER_FIT_TAGS = {
  concern: CONCERN_TAG,
  strike1: LEVEL_TAGS[1],
  strike2: LEVEL_TAGS[2],
  finalNotice: LEVEL_TAGS[3],
} as const;

/** Every watchlist tag, mildest first. */
export const CUSTOMER_FIT_TAG_LIST: readonly string[] = [
  CUSTOMER_FIT_TAGS.concern,
  CUSTOMER_FIT_TAGS.strike1,
  CUSTOMER_FIT_TAGS.strike2,
  CUSTOMER_FIT_TAGS.finalNotice,
];

export { WARNING_FIELDS };

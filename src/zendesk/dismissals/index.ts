/** Dismissed quotes on the customer's user record: read, and written by merge. */
export { readDismissals, saveDismissal, SETTLE_MS, type DismissalChange, type SaveOptions } from './save';
export { DismissalNotKeptError, isDismissalNotKeptError } from './not-kept-error';

import type { FailedRequest } from '../errors/request-info';
import { hasErrorName } from '../errors/request-info';

/**
 * A dismissal or restore that Zendesk did not keep: the field could not be read (so it is not
 * overwritten), or every write was overwritten by another agent's before it could be seen, or the
 * app's user field does not exist on the account.
 */
export class DismissalNotKeptError extends Error {
  override readonly name = 'DismissalNotKeptError';
  readonly request: FailedRequest;
  readonly reason: 'unreadable' | 'overwritten' | 'no-field';

  constructor(request: FailedRequest, reason: DismissalNotKeptError['reason'], options?: { cause?: unknown }) {
    super(
      reason === 'unreadable'
        ? 'The dismissed-quotes field on this customer holds text the app cannot read, so it was not overwritten. A team lead can clear the field; then try again.'
        : reason === 'no-field'
          ? 'Zendesk did not keep the dismissal: the app’s user field for dismissed quotes is missing. An admin can reinstall the app to create it.'
          : 'Other agents were saving dismissals on this customer at the same moment, and yours was not kept. Try again.',
      options,
    );
    this.request = request;
    this.reason = reason;
  }
}

/** Type guard for {@link DismissalNotKeptError}; the name decides, since instanceof fails across iframes. */
export function isDismissalNotKeptError(error: unknown): error is DismissalNotKeptError {
  return error instanceof DismissalNotKeptError || hasErrorName(error, 'DismissalNotKeptError');
}

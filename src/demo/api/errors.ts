/**
 * Error bodies in the shapes Zendesk answers with
 * (https://developer.zendesk.com/api-reference/introduction/requests/#response-format and the
 * per-endpoint "Errors" notes): `{ "error": "RecordNotFound", "description": "Not found" }` and kin.
 */

export interface ZendeskErrorBody {
  error: string;
  description: string;
  details?: Record<string, { description: string; error?: string }[]>;
}

export const notFound = (): ZendeskErrorBody => ({ error: 'RecordNotFound', description: 'Not found' });

export const invalidEndpoint = (): ZendeskErrorBody => ({ error: 'InvalidEndpoint', description: 'Not found' });

export const forbidden = (): ZendeskErrorBody => ({
  error: 'Forbidden',
  description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
});

/**
 * The body of a 429: plain text, not JSON (a real answer is `Content-Type: text/plain`,
 * `Content-Length: 50`, as captured in https://support.zendesk.com/hc/en-us/community/posts/4600766234138).
 */
export const RATE_LIMITED_TEXT = 'Number of allowed API requests per minute exceeded';

export const invalidValue = (description: string): ZendeskErrorBody => ({ error: 'InvalidValue', description });

export const invalidPagination = (description: string): ZendeskErrorBody => ({
  error: 'InvalidPaginationParameter',
  description,
});

export const recordInvalid = (field: string, description: string): ZendeskErrorBody => ({
  error: 'RecordInvalid',
  description: 'Record validation errors',
  details: { [field]: [{ description, error: 'InvalidValue' }] },
});

export const updateConflict = (): ZendeskErrorBody => ({
  error: 'UpdateConflict',
  description: 'The record was changed by another request. Reload it and try again.',
});

/** A body for an injected status fault, so every fault answers with a Zendesk-looking error. */
export function errorForStatus(status: number): ZendeskErrorBody {
  switch (status) {
    case 403:
      return forbidden();
    case 404:
      return notFound();
    case 409:
      return updateConflict();
    case 422:
      return recordInvalid('base', 'The record could not be saved');
    case 503:
      return { error: 'ServiceUnavailable', description: 'Zendesk is temporarily unavailable. Please try again shortly.' };
    default:
      return { error: 'InternalServerError', description: 'Something went wrong on our end. Please try again.' };
  }
}

/** The request an error is about: enough to say which read failed, never the customer's data. */
export interface FailedRequest {
  method: string;
  url: string;
}

/** True when `error` looks like an Error with this `name`; instanceof fails across iframes, so the name decides. */
export function hasErrorName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/**
 * Every retry and pacing default of the loader in one table, so they can be read, tested and tuned together.
 * Zendesk's account limit is 200 to 700 requests a minute, shared by every agent and app of the account.
 */
export interface RetryPolicy {
  /** Retries after a 5xx, a network failure or a timeout (so at most 1 + this many attempts). */
  retries: number;
  /** Statuses worth retrying: the server or a proxy failed, the request itself was fine. */
  retryStatuses: readonly number[];
  /** Backoff before retry n (1-based): base * 2^(n-1), capped, with up to 20 % jitter. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Retries after a 429; the wait is Zendesk's Retry-After. */
  rateLimitRetries: number;
  /** The wait after a 429 that carried no (readable) Retry-After. */
  rateLimitFallbackMs: number;
  /** Never wait longer than this for one 429: past it, give up and report. */
  rateLimitMaxWaitMs: number;
  /**
   * How long the first try may wait for an answer. Each retry waits `timeoutGrowth` times longer,
   * up to `timeoutMaxMs`: a Zendesk that answers slowly but does answer gets through on a later try,
   * where the same limit every time would cut it off every time.
   */
  timeoutMs: number;
  timeoutGrowth: number;
  timeoutMaxMs: number;
  /** Requests in flight at once, shared by every load through the same port. */
  concurrency: number;
  /** Requests started in any rolling minute, shared by every load through the same port. */
  requestsPerMinute: number;
}

export const RETRY_DEFAULTS: Readonly<RetryPolicy> = Object.freeze({
  retries: 2,
  retryStatuses: Object.freeze([408, 500, 502, 503, 504]),
  backoffBaseMs: 300,
  backoffMaxMs: 3_000,
  rateLimitRetries: 2,
  rateLimitFallbackMs: 10_000,
  rateLimitMaxWaitMs: 60_000,
  timeoutMs: 15_000,
  timeoutGrowth: 2,
  timeoutMaxMs: 60_000,
  concurrency: 5,
  requestsPerMinute: 150,
});

/**
 * The wait before retry `attempt` (1-based) after a 5xx, network failure or timeout.
 *
 * @param random - a number in [0, 1) for the jitter; pass 0 for the bare exponential delay
 */
export function backoffDelay(policy: Pick<RetryPolicy, 'backoffBaseMs' | 'backoffMaxMs'>, attempt: number, random: number): number {
  const bare = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (attempt - 1));
  return Math.round(bare * (1 + 0.2 * random));
}

/** How long try `attempt` (1-based) may wait for an answer: 15 s, 30 s, 60 s by default. */
export function attemptTimeoutMs(policy: Pick<RetryPolicy, 'timeoutMs' | 'timeoutGrowth' | 'timeoutMaxMs'>, attempt: number): number {
  return Math.min(Math.max(policy.timeoutMs, policy.timeoutMaxMs), Math.round(policy.timeoutMs * policy.timeoutGrowth ** (attempt - 1)));
}

/**
 * The longest one request can keep its caller waiting when Zendesk never answers: every try's
 * timeout and the longest pauses between them, about 106 s by default. A 429's wait comes on top,
 * bounded by `rateLimitMaxWaitMs` and `rateLimitRetries`.
 */
export function longestWaitMs(policy: RetryPolicy): number {
  let total = 0;
  for (let attempt = 1; attempt <= policy.retries + 1; attempt++) {
    total += attemptTimeoutMs(policy, attempt);
    if (attempt <= policy.retries) total += backoffDelay(policy, attempt, 1);
  }
  return total;
}

import { abortReason, type Clock } from './clock';

/** Lower runs first: what the first rating needs before what refines it. */
export type Priority = 0 | 1 | 2;

interface Waiter {
  priority: Priority;
  seq: number;
  signal: AbortSignal | undefined;
  start: () => void;
  cancel: () => void;
}

/**
 * Bounds the requests of every load that shares it: at most `concurrency` in flight, at most
 * `perMinute` started in any rolling minute, and none at all while paused after a 429.
 * One scheduler per port, so two loads in the same sidebar share the budget.
 */
export class RequestScheduler {
  private active = 0;
  private seq = 0;
  private readonly queue: Waiter[] = [];
  private readonly watched = new WeakSet<AbortSignal>();
  /** Start times of the last `perMinute` requests, oldest first. */
  private readonly starts: number[] = [];
  /** The pace in force: the configured one, or less on an account whose limit is lower. */
  private perMinute: number;
  private pausedUntil = 0;
  /** Until then one request at a time: the account's budget is nearly spent. */
  private serialUntil = 0;
  private timerArmed = false;

  constructor(
    private readonly clock: Clock,
    private readonly concurrency: number,
    private readonly configuredPerMinute: number,
  ) {
    this.perMinute = configuredPerMinute;
  }

  /**
   * Takes note of Zendesk's `X-Rate-Limit` (the account's requests a minute, by plan): the app keeps
   * to three quarters of it, leaving the rest to the agents' other apps and integrations.
   */
  observeLimit(limit: number): void {
    if (limit > 0) this.perMinute = Math.max(1, Math.min(this.configuredPerMinute, Math.floor(limit * 0.75)));
  }

  /** Runs `task` when a slot is free, in priority order; releases the slot when it settles. */
  async run<T>(priority: Priority, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(priority, signal);
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.pump();
    }
  }

  /** Holds every queued request until `until` (epoch ms): Zendesk said to wait, so nobody asks meanwhile. */
  pause(until: number): void {
    if (until > this.pausedUntil) this.pausedUntil = until;
  }

  /**
   * Takes note of Zendesk's `X-Rate-Limit-Remaining`: when the account (every agent and app) has
   * fewer requests left this minute than we may have in flight, go one at a time, so that running
   * out costs a single 429 rather than one per slot.
   */
  observeRemaining(remaining: number): void {
    // Answers overtake each other: one sent earlier may report up to `concurrency` more than the
    // latest. Only a clear jump (a new minute) ends the careful mode.
    if (remaining <= this.concurrency) this.serialUntil = this.clock.now() + 60_000;
    else if (remaining > 2 * this.concurrency) this.serialUntil = 0;
  }

  /** How many requests wait for a slot (for tests and the bench). */
  get waiting(): number {
    return this.queue.length;
  }

  private acquire(priority: Priority, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        priority,
        seq: this.seq++,
        signal,
        start: resolve,
        cancel: () => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(abortReason(signal!));
        },
      };
      if (signal) this.watch(signal);
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** One abort listener per signal, not per waiter: a load may queue a hundred requests. */
  private watch(signal: AbortSignal): void {
    if (this.watched.has(signal)) return;
    this.watched.add(signal);
    signal.addEventListener(
      'abort',
      () => {
        for (const waiter of this.queue.filter((w) => w.signal === signal)) waiter.cancel();
      },
      { once: true },
    );
  }

  private pump(): void {
    for (;;) {
      const limit = this.clock.now() < this.serialUntil ? 1 : this.concurrency;
      if (this.active >= limit || this.queue.length === 0) return;
      const wait = this.waitBeforeNextStart();
      if (wait > 0) {
        this.armTimer(wait);
        return;
      }
      let best = 0;
      for (let i = 1; i < this.queue.length; i++) {
        const a = this.queue[i]!;
        const b = this.queue[best]!;
        if (a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)) best = i;
      }
      const [waiter] = this.queue.splice(best, 1);
      this.active += 1;
      this.starts.push(this.clock.now());
      while (this.starts.length > this.configuredPerMinute) this.starts.shift();
      waiter!.start();
    }
  }

  private waitBeforeNextStart(): number {
    const now = this.clock.now();
    let wait = this.pausedUntil - now;
    if (this.starts.length >= this.perMinute) {
      const oldestCounted = this.starts[this.starts.length - this.perMinute]!;
      wait = Math.max(wait, oldestCounted + 60_000 - now);
    }
    return wait;
  }

  private armTimer(ms: number): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    void this.clock.sleep(ms).then(() => {
      this.timerArmed = false;
      this.pump();
    });
  }
}

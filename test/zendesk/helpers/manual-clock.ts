import type { Clock } from '../../../src/zendesk/clock';

/** A clock that moves only when told to, for the scheduler's and retry's timing. */
export function manualClock(start = 0): Clock & { advance(ms: number): Promise<void>; sleepers(): number } {
  let now = start;
  let timers: { at: number; resolve: () => void }[] = [];
  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        const timer = { at: now + ms, resolve };
        timers.push(timer);
        signal?.addEventListener('abort', () => {
          timers = timers.filter((t) => t !== timer);
          reject(signal.reason);
        });
      });
    },
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).toSorted((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = Math.max(now, due.at);
        timers = timers.filter((t) => t !== due);
        due.resolve();
        // Let the woken code run (and set new timers) before moving on.
        for (let i = 0; i < 20; i++) await Promise.resolve();
      }
      now = until;
      for (let i = 0; i < 20; i++) await Promise.resolve();
    },
    sleepers: () => timers.length,
  };
}

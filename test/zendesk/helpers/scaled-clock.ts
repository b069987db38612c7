import type { Clock } from '../../../src/zendesk/clock';

/**
 * A clock that runs `speed` times faster than the real one, shared by the loader and the mock API,
 * so a test can live through a minute of rate limiting in a second without faking timers.
 */
export function scaledClock(speed: number, start = Date.parse('2026-11-23T10:00:00Z')): Clock & { date: () => Date } {
  const origin = performance.now();
  const now = () => Math.round(start + (performance.now() - origin) * speed);
  return {
    now,
    date: () => new Date(now()),
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        const abort = () => {
          clearTimeout(timer);
          reject(signal!.reason ?? Object.assign(new Error('aborted'), { name: 'AbortError' }));
        };
        if (signal?.aborted) return abort();
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', abort);
          resolve();
        }, Math.max(0, ms / speed));
        signal?.addEventListener('abort', abort, { once: true });
      });
    },
  };
}

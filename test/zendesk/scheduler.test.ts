import { describe, expect, it } from 'vitest';
import { RequestScheduler } from '../../src/zendesk/scheduler';
import { manualClock } from './helpers/manual-clock';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** A task that stays in flight until released. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

describe('RequestScheduler', () => {
  it('never has more than `concurrency` requests in flight', async () => {
    const scheduler = new RequestScheduler(manualClock(), 3, 1000);
    let active = 0;
    let most = 0;
    const gates = Array.from({ length: 10 }, gate);
    const runs = gates.map((g) =>
      scheduler.run(1, async () => {
        active++;
        most = Math.max(most, active);
        await g.done;
        active--;
      }),
    );
    await settle();
    expect(active).toBe(3);
    for (const g of gates) {
      g.release();
      await settle();
    }
    await Promise.all(runs);
    expect(most).toBe(3);
  });

  it('starts what the first rating needs before what refines it', async () => {
    const scheduler = new RequestScheduler(manualClock(), 1, 1000);
    const order: string[] = [];
    const first = gate();
    const blocker = scheduler.run(0, () => first.done);
    const runs = [
      scheduler.run(1, async () => void order.push('comment a')),
      scheduler.run(1, async () => void order.push('comment b')),
      scheduler.run(0, async () => void order.push('next page')),
    ];
    first.release();
    await Promise.all([blocker, ...runs]);
    expect(order).toEqual(['next page', 'comment a', 'comment b']);
  });

  it('starts at most `perMinute` requests in any rolling minute', async () => {
    const clock = manualClock();
    const scheduler = new RequestScheduler(clock, 10, 5);
    let started = 0;
    const runs = Array.from({ length: 12 }, () => scheduler.run(1, async () => void started++));
    await settle();
    expect(started).toBe(5);
    await clock.advance(59_999);
    expect(started).toBe(5);
    await clock.advance(1);
    expect(started).toBe(10);
    await clock.advance(60_000);
    await Promise.all(runs);
    expect(started).toBe(12);
  });

  it('keeps to three quarters of a lower account limit', async () => {
    const clock = manualClock();
    const scheduler = new RequestScheduler(clock, 10, 150);
    scheduler.observeLimit(8);
    let started = 0;
    const runs = Array.from({ length: 8 }, () => scheduler.run(1, async () => void started++));
    await settle();
    expect(started).toBe(6);
    await clock.advance(60_000);
    await Promise.all(runs);
    expect(started).toBe(8);
  });

  it('holds every queued request while paused after a 429', async () => {
    const clock = manualClock();
    const scheduler = new RequestScheduler(clock, 4, 1000);
    scheduler.pause(30_000);
    let started = 0;
    const runs = Array.from({ length: 3 }, () => scheduler.run(1, async () => void started++));
    await clock.advance(29_000);
    expect(started).toBe(0);
    await clock.advance(1_000);
    await Promise.all(runs);
    expect(started).toBe(3);
  });

  it('goes one at a time when the account has few requests left, and back when a new minute starts', async () => {
    const scheduler = new RequestScheduler(manualClock(), 4, 1000);
    scheduler.observeRemaining(3);
    let active = 0;
    let most = 0;
    const task = async () => {
      active++;
      most = Math.max(most, active);
      await settle();
      active--;
    };
    await Promise.all(Array.from({ length: 6 }, () => scheduler.run(1, task)));
    expect(most).toBe(1);
    scheduler.observeRemaining(6);
    scheduler.observeRemaining(199);
    most = 0;
    await Promise.all(Array.from({ length: 6 }, () => scheduler.run(1, task)));
    expect(most).toBe(4);
  });

  it('drops a queued request when its load is cancelled', async () => {
    const scheduler = new RequestScheduler(manualClock(), 1, 1000);
    const first = gate();
    const blocker = scheduler.run(1, () => first.done);
    const controller = new AbortController();
    let ran = false;
    const queued = scheduler.run(1, async () => void (ran = true), controller.signal);
    controller.abort();
    await expect(queued).rejects.toBeDefined();
    expect(scheduler.waiting).toBe(0);
    first.release();
    await blocker;
    expect(ran).toBe(false);
  });
});

import { expect, inject, test } from 'vitest';
import { startPreviewSession } from './harness/session';

// The harness's promise that no test reaches the outside is only as good as this check.
test('a request from the app frame to another host is blocked, recorded and fails the session', async () => {
  const session = await startPreviewSession({ dirs: { app: inject('probeDir') } });
  const preview = await session.open();
  const frame = await preview.sidebarFrame();
  const outcome = await frame.evaluate(() =>
    fetch('https://tracker.example.com/pixel.gif').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(session.network.offLocal()).toEqual(['https://tracker.example.com/pixel.gif']);
  await expect(session.close()).rejects.toThrow('request left this machine: https://tracker.example.com/pixel.gif');
});

import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { runScore } from '../../src/cli/score';
import { createReader, levelOf, opensWithRedFlag, rate } from '../../src/core/rating';
import { parseSettings } from '../../src/core/settings';
import { toHistoryBundle } from '../../src/demo';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { committedModel } from '../helpers/model';
import { DEMO_NOW, demoAccount, mockSetup } from '../zendesk/helpers/mock-setup';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const settings = parseSettings({}).settings;
const model = committedModel();

async function cliScore(bundle: unknown): Promise<{ score: number | null; band: string; factors: { id: string; points: number }[] }> {
  const out: string[] = [];
  const io: CliIo = {
    stdin: (async function* () {
      yield new TextEncoder().encode(JSON.stringify(bundle));
    })(),
    stdout: (text) => void out.push(text),
    stderr: () => {},
    readFile: async () => '',
  };
  expect(await runScore([], io, () => DEMO_NOW)).toBe(0);
  return JSON.parse(out.join('')) as never;
}

describe('the sidebar and customer-fit score give the same rating for the same requester, settings and day', () => {
  it.each(REQUESTER_KEYS)('%s', async (key) => {
    const account = demoAccount();
    const userId = account.requesters[key].userId;
    // The sidebar's way: the mock Zendesk API, the loader with the default thread cap, the learned detectors.
    const setup = mockSetup(server, { account, speed: 200 });
    const reader = createReader(model);
    const loaded = await setup.load(userId, { flagged: (t) => opensWithRedFlag(t, userId, reader, levelOf(settings)) }).finished;
    const sidebar = rate(loaded.history!, settings, DEMO_NOW, reader);
    // The command's way: the demo bundle, every comment, the account counts inside it.
    const cli = await cliScore(toHistoryBundle(account, key));
    expect([cli.band, cli.score]).toEqual([sidebar.band, sidebar.score]);
    expect(cli.factors.map((f) => f.id).toSorted()).toEqual(sidebar.factors.map((f) => f.id).toSorted());
  });

  it('rates the heavy requester, who opened most of the account\'s recent tickets, below a good fit', async () => {
    const cli = await cliScore(toHistoryBundle(demoAccount(), 'heavy'));
    expect(cli.band).not.toBe('good');
    expect(cli.factors.find((f) => f.id === 'ticket-volume')!.points).toBeLessThan(-25);
  });
});

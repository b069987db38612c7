import { describe, expect, it } from 'vitest';
import { readTicketRequester } from '../../src/zendesk/history';

const client = (value: unknown) => ({ get: async (path: string | string[]) => ({ [String(path)]: value }) });

describe('readTicketRequester', () => {
  it('gives the id, name and email ZAF knows', async () => {
    await expect(readTicketRequester(client({ id: 42, name: 'Pat', email: 'pat@example.com', avatarUrl: 'x' }))).resolves.toEqual({
      id: 42,
      name: 'Pat',
      email: 'pat@example.com',
    });
  });

  it.each([null, undefined, {}, { id: 0 }, { id: -3 }, { id: '42' }, { id: Number.NaN }])('says there is no requester for %j', async (value) => {
    await expect(readTicketRequester(client(value))).resolves.toBeNull();
  });
});

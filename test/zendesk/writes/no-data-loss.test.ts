import { describe, expect, it } from 'vitest';
import { WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { AGENT, existingFields, existingTags, LEAD, requester, REQUESTER_ID } from './support/fixtures';
import { act, planClear, planConcern, planStrike, useFakeZendesk } from './support/harness';

const { zd, port } = useFakeZendesk();
const OWN_FIELDS = new Set<string>(Object.values(WARNING_FIELDS));
const day = (n: number) => new Date(Date.UTC(2026, 10, 23 + n, 10));

describe('nothing lost', () => {
  it('keeps a customer\'s 40 tags and other user fields unchanged through every action', async () => {
    zd().users.set(REQUESTER_ID, requester());
    const results = [
      await act(zd(), port(), planConcern, AGENT, 'Rude to Sam on the phone', day(0)),
      await act(zd(), port(), planStrike, LEAD, 'Strike one', day(1)),
      await act(zd(), port(), planConcern, AGENT, 'Again', day(2)),
      await act(zd(), port(), planStrike, LEAD, 'Strike two', day(3)),
      await act(zd(), port(), planStrike, LEAD, 'Final notice', day(4)),
      await act(zd(), port(), planClear, LEAD, 'Settled with the owner', day(5)),
    ];
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('completed'));

    const user = zd().users.get(REQUESTER_ID)!;
    for (const tag of existingTags()) expect(user.tags).toContain(tag);
    expect(user.tags.filter((t) => t.startsWith('existing_tag_'))).toHaveLength(40);
    for (const [key, value] of Object.entries(existingFields())) expect(user.user_fields[key]).toEqual(value);
    expect(user.name).toBe('Pat Example');

    // Tags were only ever added (PUT) or removed by name (DELETE), never replaced (POST), and only the app's own.
    const tagWrites = zd().log.filter((r) => r.path.includes('/tags'));
    expect(tagWrites.map((r) => [r.method, (r.body as { tags: string[] }).tags])).toEqual([
      ['PUT', ['customer_fit_concern']],
      ['PUT', ['customer_fit_strike_1']],
      ['DELETE', ['customer_fit_concern']],
      ['PUT', ['customer_fit_concern']],
      ['PUT', ['customer_fit_strike_2']],
      ['DELETE', ['customer_fit_strike_1', 'customer_fit_concern']],
      ['PUT', ['customer_fit_final_notice']],
      ['DELETE', ['customer_fit_strike_2']],
      ['DELETE', ['customer_fit_final_notice']],
    ]);
    expect(user.tags.toSorted()).toEqual(existingTags());

    // User updates sent only the app's own fields, nothing else of the user.
    const userWrites = zd().log.filter((r) => r.method === 'PUT' && /^\/api\/v2\/users\/\d+\.json$/.test(r.path));
    expect(userWrites.length).toBeGreaterThanOrEqual(6);
    for (const write of userWrites) {
      const body = write.body as { user: Record<string, unknown> };
      expect(Object.keys(body.user)).toEqual(['user_fields']);
      for (const key of Object.keys(body.user.user_fields as object)) expect(OWN_FIELDS.has(key)).toBe(true);
    }
  });

  it('sends every request to a relative /api/v2 path through the port', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'Rude', new Date('2026-11-23T10:00:00Z'));
    await act(zd(), port(), planStrike, LEAD, 'Strike one', new Date('2026-11-23T11:00:00Z'));
    expect(port().requested.length).toBeGreaterThan(5);
    for (const request of port().requested) expect(request.url).toMatch(/^\/api\/v2\//);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCERN_TAG, LEVEL_TAGS, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { planClear, planConcern, planStrike, preselectEvidence } from '../../../src/core/warnings/plan';
import { warningState } from '../../../src/core/warnings/state';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import type { Fault } from './support/fake-zendesk';
import { AGENT, existingFields, existingTags, LEAD, rating, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { useFakeZendesk } from './support/harness';

const { zd, port } = useFakeZendesk();

const WRITE_ROUTES: [string, RegExp][] = [
  ['PUT', /^\/api\/v2\/tickets\/\d+(\.json)?$/],
  ['PUT', /^\/api\/v2\/users\/\d+(\.json)?$/],
  ['PUT', /^\/api\/v2\/users\/\d+\/tags(\.json)?$/],
  ['DELETE', /^\/api\/v2\/users\/\d+\/tags(\.json)?$/],
  ['GET', /^\/api\/v2\/users\/\d+(\.json)?$/],
];

const step = fc.record({
  kind: fc.constantFrom('concern', 'strike', 'clear'),
  fault: fc.option(
    fc.record({
      route: fc.integer({ min: 0, max: WRITE_ROUTES.length - 1 }),
      status: fc.constantFrom(403, 409, 422, 429, 500, 503),
      afterApplying: fc.boolean(),
    }),
    { nil: null },
  ),
});

describe('any sequence of decisions, with a failure now and then', () => {
  it('keeps other data, writes one note per decision, and ends with the level the decisions add up to', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        run += 1;
        zd().users.set(REQUESTER_ID, requester());
        zd().comments.set(TICKET_ID, []);
        const model = { level: 0, concerns: 0 };
        let i = 0;
        for (const s of steps) {
          i += 1;
          const now = new Date(Date.UTC(2026, 10, 1, 9, i));
          const by = s.kind === 'concern' ? AGENT : LEAD;
          zd().actAs(by.id);
          const user = await readRequester(port(), REQUESTER_ID);
          const planner = s.kind === 'concern' ? planConcern : s.kind === 'strike' ? planStrike : planClear;
          const plan = planner({
            op: `op-prop-${run}-${i}`.padEnd(12, '0'),
            user,
            ticketId: TICKET_ID,
            by,
            reason: `Decision ${i}`,
            evidence: preselectEvidence(rating()),
            rating: rating(),
            settings: SETTINGS,
            now,
          });
          if (!plan.ok) {
            // Refused by the rules (a strike after the final notice, nothing to clear): nothing written.
            expect((s.kind === 'strike' && model.level === 3) || (s.kind === 'clear' && model.level === 0 && model.concerns === 0)).toBe(true);
            continue;
          }
          if (s.fault) {
            const [method, path] = WRITE_ROUTES[s.fault.route]!;
            const fault: Fault = { method, path, status: s.fault.status, afterApplying: s.fault.afterApplying && method !== 'GET' };
            zd().fail(fault);
          }
          let result = await runWarningAction(port(), plan.action, SETTINGS, { now: () => now });
          for (let attempt = 0; attempt < 3 && result.status !== 'completed'; attempt++) {
            expect(result.status).not.toBe('refused');
            result = await runWarningAction(port(), plan.action, SETTINGS, { now: () => now });
          }
          expect(result.status, JSON.stringify(result.failure)).toBe('completed');
          if (s.kind === 'concern') model.concerns += 1;
          else {
            model.level = s.kind === 'strike' ? model.level + 1 : 0;
            model.concerns = 0;
          }
        }

        const user = zd().users.get(REQUESTER_ID)!;
        for (const tag of existingTags()) expect(user.tags).toContain(tag);
        for (const [key, value] of Object.entries(existingFields())) expect(user.user_fields[key]).toEqual(value);
        const state = warningState(user, SETTINGS, new Date(Date.UTC(2026, 10, 2)));
        expect(state.level).toBe(model.level);
        expect(state.openConcerns).toHaveLength(model.concerns);
        expect(user.user_fields[WARNING_FIELDS.level]).toBe(model.level === 0 ? null : LEVEL_TAGS[model.level as 1 | 2 | 3]);
        const appTags = user.tags.filter((t) => t.startsWith('customer_fit_')).toSorted();
        const expectedTags = [
          ...(model.concerns > 0 ? [CONCERN_TAG] : []),
          ...(model.level > 0 ? [LEVEL_TAGS[model.level as 1 | 2 | 3]] : []),
        ].toSorted();
        expect(appTags).toEqual(expectedTags);
        // One note per decision written, whatever failed and was retried.
        const markers = (zd().comments.get(TICKET_ID) ?? []).map((c) => c.body.match(/\[customer-fit op:(\S+)/)?.[1]).filter(Boolean);
        expect(new Set(markers).size).toBe(markers.length);
        expect(zd().log.some((r) => r.method === 'POST')).toBe(false);
      }),
      { numRuns: 40, seed: 20261123 },
    );
  }, 60_000);
});

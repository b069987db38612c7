import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryComment } from '../../../src/core/history';
import { CONCERN_TAG, encodeConcerns, encodeRecord, isRecordedStep, LEVEL_TAGS, parseWarningFields, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { verifyWarning, type WarningTrail } from '../../../src/core/warnings/verify';
import { planClear, planConcern, planStrike, preselectEvidence } from '../../../src/core/warnings/plan';
import { warningState } from '../../../src/core/warnings/state';
import type { CurrentUserLike, WarningAction, WarningLevel } from '../../../src/core/warnings/types';
import { createDemoAccount } from '../../../src/demo/account';
import { createMockApi } from '../../../src/demo/api';
import { createFetchPort } from '../../../src/zendesk/fetch-port';
import { commentsUrl } from '../../../src/zendesk/history/endpoints';
import type { RequestPort } from '../../../src/zendesk/port';
import { ticketCommentsPageSchema } from '../../../src/zendesk/schemas/responses';
import { zendeskRequest } from '../../../src/zendesk/writes/failure';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction, type WriteResult } from '../../../src/zendesk/writes/run';
import type { ZafRequestOptions } from '../../../src/zendesk/zaf-client';
import { rating } from './support/fixtures';

// Two or three people act on one customer at once: agents raise concerns (one of them half-fails
// and presses "Finish recording" later), leads give a strike or clear. Every request any of them
// sends is held at a gate; fast-check picks which one goes next, so the runs cover the orders in
// which their reads and writes can reach Zendesk (the demo account's mock API). Afterwards the
// customer's tags, fields and the ticket's notes must agree.

const NOW = Date.parse('2026-11-23T10:00:00Z');
const SETTINGS = { leadRoles: ['admin'], leadCustomRoleIds: [], leadGroupIds: [], warningExpiryDays: 180, finalNoticeText: 'Involve a lead.' };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type Kind = 'concern' | 'finish' | 'strike' | 'clear';

interface Outcome {
  kind: Kind;
  action: WarningAction | null;
  results: WriteResult[];
}

/** A port that holds every request until the driver lets it go. */
interface Gate {
  port: RequestPort;
  /** Waits for a turn without sending anything: the person reading the sidebar and typing a reason. */
  think(): Promise<void>;
}

function interleaver(inner: RequestPort) {
  const waiting = new Map<number, { release: () => void; user: number }>();
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  return {
    gate(index: number, user: number, fault: (options: ZafRequestOptions) => unknown | null): Gate {
      return {
        think: () =>
          new Promise<void>((release) => {
            waiting.set(index, { release, user });
            poke();
          }),
        port: {
          async request<T>(options: ZafRequestOptions): Promise<T> {
            await new Promise<void>((release) => {
              waiting.set(index, { release, user });
              poke();
            });
            const failure = fault(options);
            if (failure) throw failure;
            return inner.request<T>(options);
          },
        },
      };
    },
    /** Runs the people's tasks, letting one request through at a time in the order `choices` picks. */
    async run(tasks: (() => Promise<void>)[], choices: number[]): Promise<string[]> {
      const running = new Set(tasks.keys());
      const errors: string[] = [];
      tasks.forEach((task, i) => {
        task()
          .catch((error: unknown) => errors.push(String(error)))
          .finally(() => {
            running.delete(i);
            poke();
          });
      });
      // A choice picks who goes next and for how many requests in a row (1 to 3), so one person can
      // read and write while another waits between two of their requests.
      let burst = { op: -1, left: 0 };
      for (let step = 0; ; step++) {
        while ([...running].some((i) => !waiting.has(i))) await new Promise<void>((resolve) => (wake = resolve));
        if (running.size === 0) return errors;
        const ready = [...waiting.keys()].toSorted((a, b) => a - b);
        if (burst.left <= 0 || !waiting.has(burst.op)) {
          const choice = choices[step % choices.length] ?? 0;
          burst = { op: ready[choice % ready.length]!, left: 1 + (Math.floor(choice / 6) % 3) };
        }
        burst.left -= 1;
        const pick = burst.op;
        const gate = waiting.get(pick)!;
        waiting.delete(pick);
        // The note's author is whoever the mock takes to be signed in: the person whose request this is.
        account.currentUserId = gate.user;
        gate.release();
        if (step > 2000) throw new Error('the writes did not finish');
      }
    },
  };
}

// One demo account and mock API for every run (building one takes seconds); each run restores the
// customer and the ticket's comments first.
const account = createDemoAccount({ now: new Date(NOW) });
let tick = 0;
// The server's clock moves a second per request, so notes and decisions have distinct times.
const clock = () => new Date(NOW + 1000 * tick++);
const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, ticketListRateLimitPerMinute: null, clock });
const requester = Object.values(account.requesters)[0]!;
const original = {
  user: structuredClone(account.users.find((u) => u.id === requester.userId)!),
  comments: [...(account.comments[String(requester.primaryTicketId)] ?? [])],
  currentUserId: account.currentUserId,
};

function setup(initial: { level: WarningLevel; concern: boolean }) {
  server.resetHandlers(...api.handlers);
  tick = 0;
  account.currentUserId = original.currentUserId;
  account.comments[String(requester.primaryTicketId)] = [...original.comments];
  const user = account.users.find((u) => u.id === requester.userId)!;
  user.tags = [...original.user.tags];
  user.user_fields = structuredClone(original.user.user_fields);
  const [lead1, lead2, agent1, agent2] = [account.teamLeadId, ...account.agentIds.filter((id) => id !== account.teamLeadId)] as number[];
  const person = (id: number, role: string): CurrentUserLike => ({ id, name: account.users.find((u) => u.id === id)!.name, role, groups: [] });
  // Start from a known record: no app fields or tags but the ones set here.
  user.tags = user.tags.filter((t) => !t.startsWith('customer_fit_'));
  for (const key of Object.values(WARNING_FIELDS)) user.user_fields[key] = null;
  if (initial.level > 0) {
    const at = new Date(NOW - 86_400_000).toISOString();
    user.user_fields[WARNING_FIELDS.level] = LEVEL_TAGS[initial.level as 1 | 2 | 3];
    user.user_fields[WARNING_FIELDS.date] = at.slice(0, 10);
    user.user_fields[WARNING_FIELDS.record] = encodeRecord({
      v: 1, op: 'op-initial-level', action: 'strike', level: initial.level, from: (initial.level - 1) as WarningLevel,
      by: person(lead1!, 'admin'), at, reason: 'Earlier', ticketId: requester.primaryTicketId, commentId: null, acknowledged: [],
    });
    user.tags.push(LEVEL_TAGS[initial.level as 1 | 2 | 3]);
  }
  if (initial.concern) {
    user.user_fields[WARNING_FIELDS.concerns] = encodeConcerns({
      v: 1, dropped: 0,
      open: [{ op: 'op-initial-concern', by: person(agent2!, 'agent'), at: new Date(NOW - 3_600_000).toISOString(), reason: 'Earlier worry', ticketId: requester.primaryTicketId, commentId: null }],
    });
    user.tags.push(CONCERN_TAG);
  }
  return { user, ticketId: requester.primaryTicketId, people: { lead1: person(lead1!, 'admin'), lead2: person(lead2!, 'admin'), agent1: person(agent1!, 'agent'), agent2: person(agent2!, 'agent') } };
}

function notesOf(ticketId: number): Record<string, HistoryComment[]> {
  return { [String(ticketId)]: (account.comments[String(ticketId)] ?? []).map((c) => ({ ...c })) };
}

const scenario = fc.record({
  kinds: fc.array(fc.constantFrom<Kind>('concern', 'finish', 'strike', 'clear'), { minLength: 2, maxLength: 3 }),
  initial: fc.record({ level: fc.constantFrom<WarningLevel>(0, 1, 2), concern: fc.boolean() }),
  choices: fc.array(fc.nat({ max: 17 }), { minLength: 1, maxLength: 60 }),
});

const numRuns = 400;
const refusedPlans: string[] = [];
let recorded = 0;
let lostSteps = 0;

describe('concurrent decisions on one customer, in any order their requests reach Zendesk', () => {
  it('leave the tags agreeing with the record, closed concerns closed, no concern lost, and one note per decision', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ kinds, initial, choices }) => {
        run += 1;
        const { user, ticketId, people } = setup(initial);
        const inner = createFetchPort('https://demo.zendesk.test');
        const driver = interleaver(inner);
        const outcomes: Outcome[] = kinds.map((kind) => ({ kind, action: null, results: [] }));
        let concerns = 0;
        let leads = 0;
        const tasks = kinds.map((kind, i) => {
          const by = kind === 'concern' || kind === 'finish' ? (concerns++ % 2 === 0 ? people.agent1 : people.agent2) : leads++ % 2 === 0 ? people.lead1 : people.lead2;
          // "finish": the concern's first record write is refused, so it is left half done until the agent finishes it.
          let refuseRecord = kind === 'finish';
          const gate = driver.gate(i, by.id, (options) => {
            if (!refuseRecord || options.type !== 'PUT' || !/^\/api\/v2\/users\/\d+\.json$/.test(options.url)) return null;
            refuseRecord = false;
            return { status: 422, statusText: 'Unprocessable Entity', responseText: '{"error":"RecordInvalid"}' };
          });
          return async () => {
            // Plan from what the person sees: the customer and the ticket's notes, read now.
            const seen = await readRequester(gate.port, user.id);
            const page = await zendeskRequest(gate.port, 'GET', commentsUrl(ticketId), { schema: ticketCommentsPageSchema, idempotent: true });
            const notes = { [String(ticketId)]: page.comments.map((c) => ({ ...c, public: c.public ?? true })) as HistoryComment[] };
            // Others act while the person decides; the decision is stamped when they confirm.
            await gate.think();
            const planner = kind === 'strike' ? planStrike : kind === 'clear' ? planClear : planConcern;
            const plan = planner({
              op: `op-run-${run}-${i}-${kind}`, user: seen, ticketId, by, reason: `${kind} ${i}`, evidence: preselectEvidence(rating()),
              rating: rating(), settings: SETTINGS, now: clock(), notes,
            });
            if (!plan.ok) {
              refusedPlans.push(plan.problems.map((p) => p.code).join(','));
              return;
            }
            outcomes[i]!.action = plan.action;
            const first = await runWarningAction(gate.port, plan.action, SETTINGS, { now: () => new Date(NOW) });
            outcomes[i]!.results.push(first);
            if (kind === 'finish' && first.status !== 'completed') {
              outcomes[i]!.results.push(await runWarningAction(gate.port, plan.action, SETTINGS, { now: () => new Date(NOW) }));
            }
          };
        });
        const errors = await driver.run(tasks, choices);
        expect(errors).toEqual([]);
        recorded += outcomes.filter((o) => o.results.at(-1)?.status === 'completed').length;

        const final = account.users.find((u) => u.id === user.id)!;
        const parsed = parseWarningFields(final.user_fields);
        const notes = notesOf(ticketId);
        const state = warningState(final, SETTINGS, new Date(NOW), { notes });
        const context = JSON.stringify({ kinds, initial, tags: final.tags.filter((t) => t.startsWith('customer_fit_')), fields: parsed, outcomes: outcomes.map((o) => [o.kind, o.action?.op, o.results.map((r) => r.status)]) });

        // 1. The tags say what the record says: the level's tag alone, and the concern tag exactly
        // while a concern is open. Only agents write the concerns field, so with one agent it never
        // loses a concern and the tag counts every open one. Two agents writing it at the same instant
        // can overwrite each other's entry (docs/warnings.md): that concern is read back from its note,
        // and the tag follows the field.
        const appTags = final.tags.filter((t) => t.startsWith('customer_fit_')).toSorted();
        const agents = kinds.filter((k) => k === 'concern' || k === 'finish').length;
        const open = agents <= 1 ? state.openConcerns.length : parsed.concerns.open.length;
        const wanted = [...(parsed.level > 0 ? [LEVEL_TAGS[parsed.level as 1 | 2 | 3]] : []), ...(open > 0 ? [CONCERN_TAG] : [])].toSorted();
        expect(appTags, context).toEqual(wanted);
        if (agents <= 1) expect(state.openConcerns.filter((c) => c.recovered), context).toEqual([]);

        // 2. A completed strike or clear is on the record (the latest step, or one it follows), or the
        // check against Zendesk's notes names it as not on record: no step is lost unseen.
        const trail: WarningTrail = {
          notes: (account.comments[String(ticketId)] ?? []).map((c) => ({ id: c.id, ticketId, authorId: c.author_id, createdAt: c.created_at, public: c.public ?? true, body: c.body })),
          authors: Object.fromEntries(Object.values(people).map((p) => [p.id, p])),
        };
        const check = verifyWarning(final, trail, SETTINGS);
        const steps = outcomes.filter((o) => o.action && o.action.kind !== 'concern' && o.results.at(-1)?.status === 'completed');
        const lost = steps.filter((o) => !isRecordedStep(parsed.record, o.action!.op));
        for (const o of lost) {
          const note = trail.notes.find((n) => n.body.includes(`[customer-fit op:${o.action!.op} `));
          expect(check.unverified.some((c) => c.reason === 'not-on-record' && c.noteId === note?.id), `${o.action!.op} lost unseen; ${context}`).toBe(true);
        }
        for (const c of check.unverified.filter((u) => u.reason === 'not-on-record')) {
          expect(lost.some((o) => trail.notes.find((n) => n.id === c.noteId)?.body.includes(o.action!.op)), `${c.noteId} flagged; ${context}`).toBe(true);
        }
        if (lost.length > 0) lostSteps += 1;

        // 3. A concern a recorded step closed stays closed, in the field and when read back from the notes.
        const closed = steps.flatMap((o) => (lost.includes(o) || o.action!.kind === 'concern' ? [] : o.action!.acknowledges));
        const openOps = state.openConcerns.map((c) => c.op);
        for (const op of closed) expect(openOps, `${op} was closed; ${context}`).not.toContain(op);

        // 4. A concern that was recorded and not closed is open: in the field, or brought back from its note.
        for (const o of outcomes) {
          const last = o.results.at(-1);
          if (!o.action || o.action.kind !== 'concern' || last?.status !== 'completed' || last.closedBy) continue;
          if (closed.includes(o.action.op)) continue;
          expect(openOps, `${o.action.op} was raised; ${context}`).toContain(o.action.op);
        }

        // 5. One note per decision, however its writes interleaved or were retried.
        const bodies = (account.comments[String(ticketId)] ?? []).map((c) => c.body);
        for (const o of outcomes) {
          if (!o.action) continue;
          const count = bodies.filter((b) => b.includes(`[customer-fit op:${o.action!.op} `)).length;
          expect(count, `${o.action.op}; ${context}`).toBe(o.results.some((r) => r.commentId !== null) ? 1 : 0);
        }
      }),
      { numRuns, seed: 20261207, endOnFailure: true },
    );
    // The runs did write: most decisions were planned and recorded, so the invariants were not met by doing nothing.
    expect(recorded).toBeGreaterThan(400);
    expect(refusedPlans.length).toBeLessThan(recorded / 4);
    // Steps lost to a write from a stale read are possible (no conditional update) but rare, and
    // these runs include at least one, so the check that names them was exercised.
    expect(lostSteps).toBeGreaterThan(0);
    expect(lostSteps).toBeLessThan(numRuns / 20);
  }, 300_000);
});

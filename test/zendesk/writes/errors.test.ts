import { describe, expect, it } from 'vitest';
import { WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { isHttpError } from '../../../src/zendesk/errors/http-error';
import { NetworkError } from '../../../src/zendesk/errors/network-error';
import { isRateLimitError } from '../../../src/zendesk/errors/rate-limit-error';
import { failureOf, zendeskRequest } from '../../../src/zendesk/writes/failure';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { words } from './support/words';
import { AGENT, LEAD, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { plan, planConcern, planStrike, useFakeZendesk } from './support/harness';

const NOW = new Date('2026-11-23T10:00:00Z');
const clock = { now: () => NOW };
const { zd, port } = useFakeZendesk();

const NOTE = /^\/api\/v2\/tickets\/\d+\.json$/;
const USER = /^\/api\/v2\/users\/\d+\.json$/;
const TAGS = /^\/api\/v2\/users\/\d+\/tags\.json$/;

describe('Zendesk refusing a write', () => {
  it('explains a 403 on the note and records nothing', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Rude', NOW);
    zd().fail({ method: 'PUT', path: NOTE, status: 403, body: { error: 'Forbidden', description: 'You do not have access to this page.' } });
    const result = await runWarningAction(port(), action, SETTINGS, clock);
    expect(result.status).toBe('failed');
    expect(result.canRetry).toBe(false);
    expect(words(result, action)).toBe(
      `Zendesk did not allow you to add the internal note to ticket #${TICKET_ID} (403). Your Zendesk role does not permit it; ` +
        'ask an admin for access or ask a team lead to do it. Nothing was recorded.',
    );
    expect(zd().comments.get(TICKET_ID) ?? []).toHaveLength(0);
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.concerns]).toBeNull();
  });

  it('explains a 403 on the user fields after the note, and the retry finishes once allowed', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threats', NOW);
    zd().fail({ method: 'PUT', path: USER, status: 403 });
    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe('partial');
    expect(first.steps.find((s) => s.step === 'fields')?.failure?.kind).toBe('forbidden');
    expect(words(first, action)).toContain('Zendesk did not allow you to record strike 1 on the customer (403)');
    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status).toBe('completed');
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
  });

  it('treats a 409 as retryable and loses nothing', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Rude', NOW);
    zd().fail({ method: 'PUT', path: USER, status: 409, body: { error: 'UpdateConflict' } });
    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe('partial');
    expect(first.canRetry).toBe(true);
    expect(words(first, action)).toContain('someone else changed the same record at that moment (409)');
    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status).toBe('completed');
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
  });

  it('shows Zendesk\'s own words for a 422', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threats', NOW);
    zd().fail({
      method: 'PUT',
      path: USER,
      status: 422,
      body: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { customer_fit_warning_level: [{ description: 'is not a valid option', error: 'InvalidValue' }] },
      },
    });
    const result = await runWarningAction(port(), action, SETTINGS, clock);
    expect(result.status).toBe('partial');
    const failure = result.steps.find((s) => s.step === 'fields')!.failure!;
    expect(failure).toMatchObject({ kind: 'invalid', status: 422, retryable: false });
    expect(failure.detail).toBe('Record validation errors; customer_fit_warning_level: is not a valid option');
    expect(words(result, action)).toContain("the app's user fields are missing: an admin should reinstall or update the app");
  });

  it('reports a 429 on the tag with the wait Zendesk asked for', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Rude', NOW);
    zd().fail({ method: 'PUT', path: TAGS, status: 429, headers: { 'Retry-After': '12' } });
    const result = await runWarningAction(port(), action, SETTINGS, clock);
    expect(result.status).toBe('partial');
    expect(result.steps.at(-1)!.failure).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 12 });
    expect(words(result, action)).toContain('Try again in 12 s');
  });

  it('reports a 429 on the first read as nothing recorded', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threats', NOW);
    zd().fail({ method: 'GET', path: USER, status: 429 });
    const result = await runWarningAction(port(), action, SETTINGS, clock);
    expect(result.status).toBe('failed');
    expect(words(result, action)).toContain('Try again in a minute');
    expect(words(result, action)).toContain('Nothing was recorded.');
  });

  it('says so when the app\'s user fields do not exist on the account', async () => {
    zd().users.set(REQUESTER_ID, requester({ user_fields: { account_tier: 'gold' } }));
    zd().knownFields = new Set(['account_tier']);
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threats', NOW);
    const result = await runWarningAction(port(), action, SETTINGS, clock);
    expect(result.status).toBe('partial');
    expect(words(result, action)).toContain("the app's user fields (customer_fit_...) seem to be missing");
    expect(zd().users.get(REQUESTER_ID)!.user_fields).toEqual({ account_tier: 'gold' });
  });
});

describe('what is already on the customer', () => {
  it('refuses to overwrite an open-concerns field it cannot read, before writing anything', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().users.get(REQUESTER_ID)!.user_fields.customer_fit_concerns = 'Edited by hand: Pat was rude on 3 May';
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Rude again', NOW);
    const result = await runWarningAction(port(), action, SETTINGS, clock);
    expect(result.status).toBe('failed');
    expect(words(result, action)).toContain("holds text the app cannot read, so it was not overwritten");
    expect(result.steps.map((s) => [s.step, s.status])).toEqual([
      ['note', 'not-run'],
      ['fields', 'failed'],
      ['tags', 'not-run'],
    ]);
    expect(zd().users.get(REQUESTER_ID)!.user_fields.customer_fit_concerns).toBe('Edited by hand: Pat was rude on 3 May');
    expect(zd().log.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('requests stay inside Zendesk', () => {
  it('refuses anything but a relative /api/v2 path', async () => {
    for (const url of ['https://evil.example/api/v2/users/1.json', '//evil.example/api/v2/x', '/api/v2/../../x', '/other']) {
      await expect(zendeskRequest(port(), 'GET', url, { idempotent: true })).rejects.toThrow(/only relative \/api\/v2\/ paths/);
    }
    expect(port().requested).toHaveLength(0);
  });

  it('describes a refused read as data: which kind, which status, at which step', async () => {
    zd().fail({ method: 'GET', path: USER, status: 403 });
    const error = await readRequester(port(), REQUESTER_ID).catch((e: unknown) => e);
    expect(isHttpError(error)).toBe(true);
    expect(failureOf(error, 'read')).toEqual({ kind: 'forbidden', status: 403, step: 'read', detail: 'Fault', retryAfterSeconds: null, retryable: false });
  });

  it('describes a lost connection as retryable, and leaves anything else (a bug) to be thrown', () => {
    const lost = new NetworkError({ method: 'PUT', url: '/api/v2/users/7.json' }, { cause: new TypeError('Failed to fetch') });
    expect(failureOf(lost, 'fields')).toMatchObject({ kind: 'network', step: 'fields', retryable: true });
    expect(failureOf(new TypeError('x is undefined'), 'fields')).toBeNull();
  });
});

describe('failures are the shared error classes', () => {
  it('throws a 429 as RateLimitError and reads an HTTP-date Retry-After', async () => {
    zd().users.set(REQUESTER_ID, requester());
    // Two minutes after the port's clock starts (it runs a thousand times fast, so some seconds pass).
    const inTwoMinutes = new Date(Date.parse('2026-11-23T10:00:00Z') + 120_000).toUTCString();
    zd().fail({ method: 'GET', path: USER, status: 429, headers: { 'Retry-After': inTwoMinutes } });
    const error = await zendeskRequest(port(), 'GET', `/api/v2/users/${REQUESTER_ID}.json`, { idempotent: true }).catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    const failure = failureOf(error, 'read')!;
    expect(failure.retryAfterSeconds).toBeGreaterThanOrEqual(60);
    expect(failure.retryAfterSeconds).toBeLessThanOrEqual(120);
  });
});

import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isTeamLead } from '../../../src/core/warnings/roles';
import { warningSettings } from '../../../src/core/warnings/settings';
import { accountUrlFromContext, readSignedInUser } from '../../../src/zendesk/writes/current-user';
import { createRecordingPort, TEST_BASE } from './support/fetch-port';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function client(currentUser: unknown) {
  const port = createRecordingPort();
  return { ...port, get: async () => ({ currentUser }) };
}

describe('readSignedInUser', () => {
  it('reads role and groups from ZAF without a request when no custom roles are configured', async () => {
    const c = client({ id: 3, name: 'Sam', role: 'agent', groups: [{ id: 20, name: 'Leads' }], email: 'x' });
    const me = await readSignedInUser(c, warningSettings({ leadGroupIds: [20] }));
    expect(me).toEqual({ id: 3, name: 'Sam', role: 'agent', groups: [{ id: 20, name: 'Leads' }] });
    expect(isTeamLead(me!, warningSettings({ leadGroupIds: [20] }))).toBe(true);
    expect(c.requested).toEqual([]);
  });

  it('looks up the custom role id when custom lead roles are configured', async () => {
    server.use(http.get(`${TEST_BASE}/api/v2/users/me.json`, () => HttpResponse.json({ user: { id: 3, custom_role_id: 360001 } })));
    const settings = warningSettings({ leadCustomRoleIds: [360001] });
    const me = await readSignedInUser(client({ id: 3, name: 'Sam', role: 'agent', groups: [] }), settings);
    expect(me?.customRoleId).toBe(360001);
    expect(isTeamLead(me!, settings)).toBe(true);
  });

  it('treats the person by role and groups alone when that lookup is refused', async () => {
    server.use(http.get(`${TEST_BASE}/api/v2/users/me.json`, () => HttpResponse.json({ error: 'Forbidden' }, { status: 403 })));
    const settings = warningSettings({ leadCustomRoleIds: [360001] });
    const me = await readSignedInUser(client({ id: 3, name: 'Sam', role: 'agent', groups: [] }), settings);
    expect(me).toMatchObject({ id: 3, role: 'agent' });
    expect(isTeamLead(me!, settings)).toBe(false);
  });

  it('returns null for a currentUser it cannot read', async () => {
    expect(await readSignedInUser(client(undefined), warningSettings({}))).toBeNull();
  });
});

describe('accountUrlFromContext', () => {
  it('builds the account address from the subdomain only', () => {
    expect(accountUrlFromContext({ account: { subdomain: 'Acme' } })).toBe('https://acme.zendesk.com');
    expect(accountUrlFromContext({ account: { subdomain: 'evil.example/x' } })).toBeNull();
    expect(accountUrlFromContext({})).toBeNull();
  });
});

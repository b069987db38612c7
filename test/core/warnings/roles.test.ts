import { describe, expect, it } from 'vitest';
import { isTeamLead } from '../../../src/core/warnings/roles';
import { DEFAULT_WARNING_SETTINGS, warningSettings, warningSettingsFromApp } from '../../../src/core/warnings/settings';

const agent = { id: 1, name: 'Sam', role: 'agent', groups: [{ id: 10 }] };

describe('isTeamLead', () => {
  it('makes admins leads by default and agents not', () => {
    expect(isTeamLead({ ...agent, role: 'admin' }, DEFAULT_WARNING_SETTINGS)).toBe(true);
    expect(isTeamLead({ ...agent, role: 'Admin' }, DEFAULT_WARNING_SETTINGS)).toBe(true);
    expect(isTeamLead(agent, DEFAULT_WARNING_SETTINGS)).toBe(false);
  });

  it('makes members of a lead group leads', () => {
    expect(isTeamLead(agent, warningSettings({ leadGroupIds: [10] }))).toBe(true);
    expect(isTeamLead(agent, warningSettings({ leadGroupIds: [11] }))).toBe(false);
  });

  it('matches a lead custom role by id, given as customRoleId, roleId or a numeric role', () => {
    const settings = warningSettings({ leadCustomRoleIds: ['360001'] });
    expect(isTeamLead({ ...agent, customRoleId: 360001 }, settings)).toBe(true);
    expect(isTeamLead({ ...agent, role: '360001' }, settings)).toBe(true);
    expect(isTeamLead({ ...agent, roleId: 360001 }, settings)).toBe(true);
    expect(isTeamLead({ ...agent, customRoleId: 360002 }, settings)).toBe(false);
  });

  it('matches other role names set as lead roles, and never end users', () => {
    expect(isTeamLead({ ...agent, role: 'team lead' }, warningSettings({ leadRoles: ['Team lead'] }))).toBe(true);
    expect(isTeamLead({ ...agent, role: 'end-user' }, warningSettings({ leadRoles: ['end-user'], leadGroupIds: [10] }))).toBe(false);
  });
});

describe('warningSettings', () => {
  it('falls back to the defaults for missing or out-of-range values', () => {
    expect(warningSettings({ warningExpiryDays: 0, finalNoticeText: '  ' })).toEqual(DEFAULT_WARNING_SETTINGS);
    expect(warningSettings({ warningExpiryDays: '90', leadRoles: ['Admin', ' ', 'supervisor'] })).toMatchObject({
      warningExpiryDays: 90,
      leadRoles: ['admin', 'supervisor'],
    });
  });
});

describe('warningSettingsFromApp', () => {
  it('reads the app settings under their manifest names', () => {
    expect(
      warningSettingsFromApp({
        lead_roles: ['admin', 'supervisor'],
        lead_custom_role_ids: ['360001'],
        lead_group_ids: ['20', 'x'],
        warning_expiry_days: 90,
        final_notice_text: 'Call the owner first.',
      }),
    ).toEqual({
      leadRoles: ['admin', 'supervisor'],
      leadCustomRoleIds: [360001],
      leadGroupIds: [20],
      warningExpiryDays: 90,
      finalNoticeText: 'Call the owner first.',
    });
  });

  it('never shows a letter template to the team as what it agreed', () => {
    const letter = 'Dear {{name}},\n\nWe will end our service on {{date}}.';
    expect(warningSettingsFromApp({ final_notice_text: letter }).finalNoticeText).toBe(DEFAULT_WARNING_SETTINGS.finalNoticeText);
    expect(warningSettingsFromApp({ final_notice_text: letter, final_notice_agreement: 'Ask Dana first.' }).finalNoticeText).toBe(
      'Ask Dana first.',
    );
  });
});

import type { CurrentUserLike, WarningSettings } from './types';

/**
 * Whether the signed-in user is a team lead for the warning flag: their Zendesk role is one of the
 * lead roles, or their custom role id is a lead custom role, or they belong to a lead group. This
 * only decides what the app offers; Zendesk's own permissions still apply to every write.
 *
 * ZAF's `currentUser.role` is "admin", "agent" or "end-user", and for agents in a custom role it may
 * carry the custom role's id or name instead, so a numeric role is also matched against the custom
 * role ids, and any role name against the lead roles.
 *
 * @param user - the signed-in user (ZAF `currentUser`: role, groups; custom role id when known)
 * @param settings - the lead roles, custom role ids and group ids
 * @returns true for a team lead, false for everyone else (end users never)
 * @example isTeamLead({ id: 1, name: 'Dana', role: 'admin', groups: [] }, DEFAULT_WARNING_SETTINGS) // => true
 */
export function isTeamLead(user: CurrentUserLike, settings: WarningSettings): boolean {
  const role = String(user.role ?? '').trim().toLowerCase();
  if (role === '' || role === 'end-user' || role === 'end_user') return false;
  const leadRoles = settings.leadRoles.map((r) => r.trim().toLowerCase()).filter((r) => r !== '');
  if (leadRoles.includes(role)) return true;
  const customIds = new Set(settings.leadCustomRoleIds);
  for (const id of [user.customRoleId, user.roleId]) if (id !== null && id !== undefined && customIds.has(id)) return true;
  if (/^\d{1,19}$/.test(role) && customIds.has(Number(role))) return true;
  const groupIds = new Set(settings.leadGroupIds);
  return (user.groups ?? []).some((group) => groupIds.has(group.id));
}

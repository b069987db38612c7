import type { WarningSettings } from './types';

/** The final-notice text when the admin has not written one. */
export const DEFAULT_FINAL_NOTICE_TEXT =
  'Involve a team lead before committing to new work for this customer. If we part ways, end it politely and firmly, ' +
  'keep to one message, and refer the customer to another provider.';

/** The warning flag's defaults: admins are leads, warnings expire after 180 days. */
export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  leadRoles: ['admin'],
  leadCustomRoleIds: [],
  leadGroupIds: [],
  warningExpiryDays: 180,
  finalNoticeText: DEFAULT_FINAL_NOTICE_TEXT,
};

function ids(value: unknown): number[] | null {
  return Array.isArray(value) ? value.map((v) => Number(v)).filter((n) => Number.isSafeInteger(n) && n > 0) : null;
}

/**
 * Warning settings from loosely typed values (the app's parsed settings), falling back to the
 * defaults for anything missing or out of range, so a bad setting never disables the flag.
 *
 * @param input - any of `leadRoles`, `leadCustomRoleIds`, `leadGroupIds`, `warningExpiryDays`, `finalNoticeText`
 * @returns complete settings
 * @example warningSettings({ warningExpiryDays: 90 }).warningExpiryDays // => 90
 */
export function warningSettings(input: Partial<Record<keyof WarningSettings, unknown>>): WarningSettings {
  const roles = Array.isArray(input.leadRoles)
    ? input.leadRoles.filter((r): r is string => typeof r === 'string' && r.trim() !== '').map((r) => r.trim().toLowerCase())
    : null;
  const days = Number(input.warningExpiryDays);
  const text = typeof input.finalNoticeText === 'string' ? input.finalNoticeText.trim() : '';
  return {
    leadRoles: roles ?? DEFAULT_WARNING_SETTINGS.leadRoles,
    leadCustomRoleIds: ids(input.leadCustomRoleIds) ?? [],
    leadGroupIds: ids(input.leadGroupIds) ?? [],
    warningExpiryDays: Number.isInteger(days) && days >= 1 && days <= 3650 ? days : DEFAULT_WARNING_SETTINGS.warningExpiryDays,
    finalNoticeText: text !== '' ? text : DEFAULT_FINAL_NOTICE_TEXT,
  };
}

/** The app settings the warning flag reads, under their manifest names. */
export interface AppWarningSettingValues {
  lead_roles?: unknown;
  lead_custom_role_ids?: unknown;
  lead_group_ids?: unknown;
  warning_expiry_days?: unknown;
  /** What the team agreed to do on a final notice (preferred when present). */
  final_notice_agreement?: unknown;
  final_notice_text?: unknown;
}

/** A text with `{{placeholders}}` is a letter template for the customer, not the team's agreement. */
function agreementText(values: AppWarningSettingValues): unknown {
  if (typeof values.final_notice_agreement === 'string' && values.final_notice_agreement.trim() !== '') {
    return values.final_notice_agreement;
  }
  const text = values.final_notice_text;
  return typeof text === 'string' && !/\{\{\s*\w+\s*\}\}/.test(text) ? text : undefined;
}

/**
 * Warning settings from the app's parsed settings (manifest names), with the same fallbacks as
 * {@link warningSettings}. The final-notice text shown to the team is `final_notice_agreement`, or
 * `final_notice_text` unless that is a letter template (it has `{{placeholders}}`), or the default.
 *
 * @param values - the app's settings; other keys are ignored
 * @returns complete warning settings
 * @example warningSettingsFromApp({ lead_roles: ['admin', 'supervisor'], warning_expiry_days: 90 }).warningExpiryDays // => 90
 */
export function warningSettingsFromApp(values: AppWarningSettingValues): WarningSettings {
  return warningSettings({
    leadRoles: values.lead_roles,
    leadCustomRoleIds: values.lead_custom_role_ids,
    leadGroupIds: values.lead_group_ids,
    warningExpiryDays: values.warning_expiry_days,
    finalNoticeText: agreementText(values),
  });
}

import type { DemoFields } from './types';

/** The support company the demo account belongs to: a small web-hosting business. */
export const DEMO_COMPANY = {
  name: 'Harborlight Hosting',
  subdomain: 'harborlight',
  supportAddress: 'support@harborlighthosting.example',
  supportPhone: '+15550100200',
} as const;

export const DEMO_FIELDS: DemoFields = {
  timeSpentTicketFieldId: 360004200101,
  productTicketFieldId: 360004200102,
  overdueDaysUserFieldKey: 'payment_overdue_days',
  mrrOrganizationFieldKey: 'mrr',
  currency: 'USD',
};

/** Id ranges and fixed ids, shaped like a real account's (tickets count up from a few thousand). */
export const DEMO_IDS = {
  userBase: 1203004000000,
  orgBase: 360000100000,
  ticketBase: 4001,
  commentBase: 27000000000000,
  auditBase: 28000000000000,
  metricBase: 32000000000,
  ratingBase: 41000000000,
  group: 360001234567,
  /** The Team leads group: Ana, the team lead, is in it besides Support (the preview's lead too). */
  leadsGroup: 360_002,
  brand: 360000111222,
  form: 360000333444,
} as const;

/**
 * The app settings that fit the demo account (keys as in src/core/settings/definitions.ts): its
 * time-spent field holds minutes, and organizations carry monthly revenue in `mrr`.
 */
export const DEMO_APP_SETTINGS = {
  time_field_id: String(DEMO_FIELDS.timeSpentTicketFieldId),
  time_field_seconds: false,
  overdue_field: DEMO_FIELDS.overdueDaysUserFieldKey,
  value_field: `organization.${DEMO_FIELDS.mrrOrganizationFieldKey}`,
  value_is_monthly: true,
  agent_hourly_cost: 15,
  currency: DEMO_FIELDS.currency,
} as const;

/** Tickets closed longer than this are archived by Zendesk (About ticket archiving). */
export const ARCHIVE_AFTER_DAYS = 120;

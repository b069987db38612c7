import type { HistoryOrganization, HistoryTicket, HistoryUser } from '../history';

/**
 * Reads an amount from a field value as Zendesk stores it: a number, or text such as "1,250.50" or "$125".
 *
 * @param value - the field's value
 * @returns the number, or null when the value holds none
 * @example parseAmount('$1,250.50') // => 1250.5
 * @example parseAmount('n/a') // => null
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/[\s,$€£¥]/g, '').replace(/^([A-Za-z]{3})/, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Finds a user or organization field by its key. `user.key` and `organization.key` pick the record;
 * a bare key is looked for on the user first, then on the organization.
 *
 * @param key - the field key from the settings ('' when not configured)
 * @param user - the requester
 * @param organization - their organization, if any
 * @returns the field's numeric value and where it came from, or null when absent or not a number
 * @example readCustomerField('organization.mrr', user, { id: 1, name: 'Acme', organization_fields: { mrr: '125' } }) // => { value: 125, source: 'organization.mrr' }
 */
export function readCustomerField(
  key: string,
  user: HistoryUser,
  organization: HistoryOrganization | null,
): { value: number; source: string } | null {
  if (key === '') return null;
  const dot = key.indexOf('.');
  const scope = dot > 0 ? key.slice(0, dot) : null;
  const name = dot > 0 ? key.slice(dot + 1) : key;
  if (scope !== 'organization') {
    const value = parseAmount(user.user_fields?.[name]);
    if (value !== null) return { value, source: `user.${name}` };
  }
  if (scope !== 'user' && organization) {
    const value = parseAmount(organization.organization_fields?.[name]);
    if (value !== null) return { value, source: `organization.${name}` };
  }
  return null;
}

/**
 * Reads a ticket's custom field as a number.
 *
 * @param ticket - the ticket
 * @param fieldId - the field id from the settings ('' when not configured)
 * @returns the number, or null when the field is absent, empty or not a number
 * @example ticketFieldNumber({ custom_fields: [{ id: 7, value: '90' }] } as HistoryTicket, '7') // => 90
 */
export function ticketFieldNumber(ticket: HistoryTicket, fieldId: string): number | null {
  if (fieldId === '' || !ticket.custom_fields) return null;
  for (const field of ticket.custom_fields) {
    if (String(field.id) === fieldId) return parseAmount(field.value);
  }
  return null;
}

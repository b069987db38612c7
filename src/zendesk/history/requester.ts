import type { ZafClient } from '../zaf-client';

/** The requester as ZAF's `ticket.requester` gives it; enough to start loading and to name them. */
export interface RequesterRef {
  id: number;
  name?: string;
  email?: string | null;
}

/**
 * Reads the requester of the ticket the agent is viewing through ZAF (no API request).
 *
 * @returns the requester, or null when the ticket has none yet (a new ticket being written)
 */
export async function readTicketRequester(client: Pick<ZafClient, 'get'>): Promise<RequesterRef | null> {
  const answer = await client.get('ticket.requester');
  const value = answer['ticket.requester'];
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, email } = value as { id?: unknown; name?: unknown; email?: unknown };
  if (typeof id !== 'number' || !Number.isFinite(id) || id <= 0) return null;
  return {
    id,
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof email === 'string' || email === null ? { email } : {}),
  };
}

import { z } from 'zod';
import type { CurrentUserLike, WarningSettings } from '../../core/warnings/types';
import type { ZafClient } from '../zaf-client';
import { failureOf, zendeskRequest } from './failure';

/**
 * Who is signed in, in the parts that decide what the warning flag offers them, and the account's
 * address for links in notes. Read from ZAF (`currentUser`, `context`) and, only when custom role ids
 * are configured, from `GET /api/v2/users/me` for the custom role id.
 */

const zafUser = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.union([z.string(), z.number()]).optional(),
    groups: z.array(z.object({ id: z.number().int(), name: z.string().optional() }).loose()).optional(),
  })
  .loose();

const meAnswer = z.object({ user: z.object({ custom_role_id: z.number().int().nullish() }).loose() });

/**
 * Reads the signed-in person from ZAF. Their custom role id is looked up only when the settings name
 * custom roles; if that lookup fails, they are treated by role and groups alone.
 *
 * @param client - the ZAF client (`get`, and `request` for the custom role)
 * @param settings - the warning settings (whether custom roles matter)
 * @returns the person, or null when ZAF did not give a usable `currentUser`
 * @example const me = await readSignedInUser(client, settings); isTeamLead(me, settings)
 */
export async function readSignedInUser(
  client: Pick<ZafClient, 'get' | 'request'>,
  settings: WarningSettings,
): Promise<CurrentUserLike | null> {
  const answer = await client.get('currentUser');
  const parsed = zafUser.safeParse(answer.currentUser);
  if (!parsed.success) return null;
  const user = parsed.data;
  const person: CurrentUserLike = {
    id: user.id,
    name: user.name,
    role: String(user.role ?? ''),
    groups: (user.groups ?? []).map((g) => ({ id: g.id, ...(g.name === undefined ? {} : { name: g.name }) })),
  };
  if (settings.leadCustomRoleIds.length > 0 && person.role !== 'admin') {
    try {
      const me = await zendeskRequest(client, 'GET', '/api/v2/users/me.json', { schema: meAnswer, idempotent: true });
      person.customRoleId = me.user.custom_role_id ?? null;
    } catch (error) {
      if (!failureOf(error, 'read')) throw error;
    }
  }
  return person;
}

/**
 * The account's address from ZAF's `context()` (`account.subdomain`), for links in notes.
 *
 * @param context - what `client.context()` resolved with
 * @returns e.g. "https://acme.zendesk.com", or null when the subdomain is missing or odd
 * @example accountUrlFromContext({ account: { subdomain: 'acme' } }) // => 'https://acme.zendesk.com'
 */
export function accountUrlFromContext(context: unknown): string | null {
  const subdomain = (context as { account?: { subdomain?: unknown } } | null)?.account?.subdomain;
  return typeof subdomain === 'string' && /^[a-z0-9][a-z0-9-]{0,62}$/i.test(subdomain)
    ? `https://${subdomain.toLowerCase()}.zendesk.com`
    : null;
}

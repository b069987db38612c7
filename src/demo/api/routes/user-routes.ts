import { DEMO_IDS } from '../../company';
import { isoSeconds } from '../../time';
import type { ApiUser } from '../../types';
import { invalidValue, notFound, recordInvalid } from '../errors';
import type { ApiState } from '../state';
import { fail, idParam, includes, isRecord, ok, tagsFromBody, type Reply, type Route, type RouteRequest } from './shared';


/** Users have no numeric `status`, so this tells a lookup's error reply from the user it found. */
function isReply(value: ApiUser | Reply): value is Reply {
  return typeof (value as { status?: unknown }).status === 'number';
}


function withOrganizations(state: ApiState, user: ApiUser, req: RouteRequest): Reply {
  const answer: Record<string, unknown> = { user };
  if (includes(req).has('organizations')) {
    const org = user.organization_id === null ? undefined : state.organizations.get(user.organization_id);
    answer.organizations = org ? [org] : [];
  }
  return ok(answer);
}


function applyUserFields(state: ApiState, user: ApiUser, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!state.userFieldKeys.has(key)) continue; // Zendesk drops keys of fields that do not exist
    const options = state.dropdownUserFields.get(key);
    if (options) {
      if (value !== null && value !== '' && !options.includes(String(value))) continue;
      // A drop-down's option value is also a user tag: Zendesk swaps the tag with the value.
      user.tags = user.tags.filter((t) => !options.includes(t));
      if (value !== null && value !== '') user.tags.push(String(value));
    }
    user.user_fields[key] = value === undefined ? null : (value as string | number | boolean | null);
  }
}

/** Users, the signed-in agent and user tags. `/users/me` comes before `/users/:id`. */
export function userRoutes(state: ApiState): Route[] {
  const now = (): string => isoSeconds(state.clock().getTime());
  const userOr404 = (req: RouteRequest): ApiUser | Reply => {
    const id = idParam(req);
    const user = id === null ? undefined : state.users.get(id);
    return user ?? fail(404, notFound());
  };

  return [
    {
      method: 'GET',
      template: '/api/v2/users/me',
      handle: (req) => {
        const me = state.users.get(state.account.currentUserId);
        return me ? withOrganizations(state, me, req) : fail(404, notFound());
      },
    },
    {
      method: 'GET',
      template: '/api/v2/users/:id',
      handle: (req) => {
        const user = userOr404(req);
        return isReply(user) ? user : withOrganizations(state, user, req);
      },
    },
    {
      method: 'PUT',
      template: '/api/v2/users/:id',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        if (!isRecord(req.body) || !isRecord(req.body.user)) return fail(400, invalidValue('The request body must be {"user": {...}}'));
        const patch = req.body.user;
        if (patch.user_fields !== undefined) {
          if (!isRecord(patch.user_fields)) return fail(422, recordInvalid('user_fields', 'user_fields must be an object'));
          applyUserFields(state, user, patch.user_fields);
        }
        if (patch.tags !== undefined) {
          const tags = tagsFromBody({ tags: patch.tags });
          if (!tags) return fail(422, recordInvalid('tags', 'tags must be a list of strings'));
          user.tags = [...new Set(tags)];
        }
        for (const key of ['name', 'notes', 'details'] as const) {
          if (typeof patch[key] === 'string') user[key] = patch[key];
        }
        user.updated_at = now();
        return ok({ user });
      },
    },
    {
      // List Memberships of a user: agents are in Support; the team lead also in Team leads.
      method: 'GET',
      template: '/api/v2/users/:id/group_memberships',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const groups = user.role === 'end-user' ? [] : [state.account.groupId, ...(user.id === state.account.teamLeadId ? [DEMO_IDS.leadsGroup] : [])];
        const group_memberships = groups.map((groupId, i) => ({
          id: user.id * 10 + i,
          user_id: user.id,
          group_id: groupId,
          default: i === 0,
          created_at: user.created_at,
          updated_at: user.created_at,
          url: `https://${state.account.subdomain}.zendesk.com/api/v2/group_memberships/${user.id * 10 + i}.json`,
        }));
        return ok({ group_memberships, next_page: null, previous_page: null, count: group_memberships.length });
      },
    },
    {
      method: 'GET',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        return isReply(user) ? user : ok({ tags: user.tags });
      },
    },
    {
      // Add Tags: merges the given tags into the user's tags.
      method: 'PUT',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const tags = tagsFromBody(req.body);
        if (!tags) return fail(400, invalidValue('tags must be a list of strings'));
        user.tags = [...new Set([...user.tags, ...tags])];
        user.updated_at = now();
        return ok({ tags: user.tags });
      },
    },
    {
      // Set Tags: replaces the user's tags.
      method: 'POST',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const tags = tagsFromBody(req.body);
        if (!tags) return fail(400, invalidValue('tags must be a list of strings'));
        user.tags = [...new Set(tags)];
        user.updated_at = now();
        return ok({ tags: user.tags }, 201);
      },
    },
    {
      // Remove Tags: answers 204 with no body.
      method: 'DELETE',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const fromQuery = req.url.searchParams.get('tags');
        const tags = fromQuery !== null ? tagsFromBody({ tags: fromQuery.split(',') }) : tagsFromBody(req.body);
        if (!tags) return fail(400, invalidValue('tags must be a list of strings'));
        user.tags = user.tags.filter((t) => !tags.includes(t));
        user.updated_at = now();
        return { status: 204 };
      },
    },
  ];
}

import { composeComment } from './compose';
import type { DraftMessage, DraftOrganization, DraftPerson, DraftTicket } from './draft';
import type { Random } from './random';
import { DAY_MS, MINUTE_MS, isoSeconds, quoteDate } from './time';
import type {
  ApiComment,
  ApiOrganization,
  ApiSatisfactionRating,
  ApiTicket,
  ApiTicketMetricSet,
  ApiUser,
  ApiVia,
  DemoFields,
} from './types';

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

const IDS = {
  userBase: 1203004000000,
  orgBase: 360000100000,
  ticketBase: 4001,
  commentBase: 27000000000000,
  auditBase: 28000000000000,
  metricBase: 32000000000,
  ratingBase: 41000000000,
  group: 360001234567,
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

export interface DraftAgent extends DraftPerson {
  role: 'agent' | 'admin';
  title: string;
}

export interface AccountDraft {
  nowMs: number;
  agents: DraftAgent[];
  organizations: DraftOrganization[];
  people: DraftPerson[];
  tickets: DraftTicket[];
}

export interface Materialized {
  users: ApiUser[];
  organizations: ApiOrganization[];
  tickets: ApiTicket[];
  comments: Record<string, ApiComment[]>;
  metricSets: Record<string, ApiTicketMetricSet>;
  satisfactionRatings: ApiSatisfactionRating[];
  archivedTicketIds: number[];
  userIdByRef: Record<string, number>;
  /** Ticket ids by requester ref, oldest first. */
  ticketIdsByRequester: Record<string, number[]>;
  /** The primary ticket id by requester ref, where a draft was marked primary. */
  primaryByRequester: Record<string, number>;
  agentIds: number[];
  groupId: number;
}

interface TimedMessage extends DraftMessage {
  atMs: number;
}

function spreadMessages(draft: DraftTicket, startMs: number, nowMs: number, rng: Random): TimedMessage[] {
  let offset = 0;
  const offsets = draft.messages.map((m, i) => {
    if (m.at !== undefined) {
      offset = m.at;
    } else if (i > 0) {
      offset += m.by === 'agent' ? rng.int(12, 240) : m.by === 'note' ? rng.int(3, 30) : rng.int(25, 1300);
    }
    return offset;
  });
  const last = offsets[offsets.length - 1] ?? 0;
  // A conversation started recently cannot run past now: squeeze it into the time there was.
  const room = (nowMs - startMs) / MINUTE_MS - 2;
  const scale = last > room && last > 0 ? Math.max(room, 0) / last : 1;
  return draft.messages.map((m, i) => ({ ...m, atMs: startMs + Math.round((offsets[i] ?? 0) * scale) * MINUTE_MS }));
}

function viaFor(channel: string, from: Record<string, unknown>, to: Record<string, unknown>, rel: string | null): ApiVia {
  return { channel, source: { from, to, rel } };
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

/** Turns the drafts into Zendesk records; deterministic for the same drafts and random source. */
export function materialize(draft: AccountDraft, rng: Random): Materialized {
  const { nowMs } = draft;
  const orgIdByRef: Record<string, number> = {};
  const organizations: ApiOrganization[] = draft.organizations.map((o, i) => {
    const id = IDS.orgBase + i * 7;
    orgIdByRef[o.ref] = id;
    const created = nowMs - o.createdDaysAgo * DAY_MS;
    return {
      id,
      url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/organizations/${id}.json`,
      name: o.name,
      created_at: isoSeconds(created),
      updated_at: isoSeconds(created + 3 * DAY_MS),
      domain_names: [o.domain],
      details: null,
      notes: o.notes ?? null,
      external_id: null,
      group_id: null,
      shared_tickets: false,
      shared_comments: false,
      tags: o.tags,
      organization_fields: o.fields,
    };
  });

  const userIdByRef: Record<string, number> = {};
  const personByRef: Record<string, DraftPerson> = {};
  const users: ApiUser[] = [];
  const agentIds: number[] = [];
  const everyone: (DraftPerson & { role: ApiUser['role']; title?: string })[] = [
    ...draft.agents,
    ...draft.people.map((p) => ({ ...p, role: 'end-user' as const })),
  ];
  everyone.forEach((p, i) => {
    const id = IDS.userBase + i * 13;
    userIdByRef[p.ref] = id;
    personByRef[p.ref] = p;
    if (p.role !== 'end-user') agentIds.push(id);
    const created = nowMs - p.createdDaysAgo * DAY_MS;
    const tz = p.timeZone ?? { name: 'Eastern Time (US & Canada)', iana: 'America/New_York' };
    const user: ApiUser = {
      id,
      url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/users/${id}.json`,
      name: p.name,
      email: p.email,
      role: p.role,
      role_type: p.role === 'agent' ? 0 : p.role === 'admin' ? null : null,
      custom_role_id: null,
      locale: 'en-US',
      locale_id: 1,
      time_zone: tz.name,
      iana_time_zone: tz.iana,
      created_at: isoSeconds(created),
      updated_at: isoSeconds(Math.min(nowMs, created + 2 * DAY_MS)),
      organization_id: p.orgRef ? (orgIdByRef[p.orgRef] ?? null) : null,
      phone: p.phone ?? null,
      shared_phone_number: p.phone ? false : null,
      photo: null,
      tags: p.tags ?? [],
      user_fields: p.userFields ?? {},
      active: true,
      verified: true,
      suspended: false,
      moderator: false,
      restricted_agent: p.role === 'end-user',
      only_private_comments: false,
      ticket_restriction: p.role === 'end-user' ? 'requested' : null,
      two_factor_auth_enabled: p.role === 'end-user' ? null : true,
      external_id: null,
      alias: '',
      details: '',
      notes: '',
      shared: false,
      shared_agent: false,
    };
    if (p.role !== 'end-user') {
      user.signature = [p.name, (p as DraftAgent).title ?? 'Support', DEMO_COMPANY.name].join('\n');
      user.default_group_id = IDS.group;
      user.last_login_at = isoSeconds(nowMs - rng.int(10, 600) * MINUTE_MS);
    }
    users.push(user);
  });

  // Zendesk numbers tickets and comments in the order they were created.
  const timed = draft.tickets
    .map((t, index) => {
      const startMs = nowMs - Math.round(t.daysAgo * DAY_MS);
      return { t, index, startMs, messages: spreadMessages(t, startMs, nowMs, rng) };
    })
    .toSorted((a, b) => a.startMs - b.startMs || a.index - b.index);

  const tickets: ApiTicket[] = [];
  const pendingComments: { ticketId: number; atMs: number; seq: number; make: (id: number, auditId: number) => ApiComment }[] = [];
  const metricSets: Record<string, ApiTicketMetricSet> = {};
  const satisfactionRatings: ApiSatisfactionRating[] = [];
  const archivedTicketIds: number[] = [];
  const ticketIdsByRequester: Record<string, number[]> = {};
  const primaryByRequester: Record<string, number> = {};
  let seq = 0;

  timed.forEach(({ t, startMs, messages }, i) => {
    const id = IDS.ticketBase + i;
    const requester = personByRef[t.requesterRef];
    const requesterId = userIdByRef[t.requesterRef];
    if (!requester || requesterId === undefined) throw new Error(`unknown requester ${t.requesterRef}`);
    (ticketIdsByRequester[t.requesterRef] ??= []).push(id);
    if (t.primary) primaryByRequester[t.requesterRef] = id;
    const assigneeIndex = t.assignee ?? (messages.find((m) => m.by === 'agent')?.agent ?? i % draft.agents.length);
    const assigneeRef = draft.agents[assigneeIndex % draft.agents.length]?.ref ?? draft.agents[0]?.ref ?? '';
    const assigneeId = userIdByRef[assigneeRef] ?? 0;
    const lastMs = messages[messages.length - 1]?.atMs ?? startMs;
    const lastBy = messages[messages.length - 1]?.by ?? 'customer';
    const ageDays = (nowMs - lastMs) / DAY_MS;
    const status =
      t.status ?? (ageDays > 28 ? 'closed' : lastBy === 'customer' ? 'open' : ageDays > 3 ? 'solved' : 'pending');
    const solved = status === 'solved' || status === 'closed';
    const updatedMs = status === 'closed' ? Math.min(nowMs, lastMs + 4 * DAY_MS) : lastMs;
    if (status === 'closed' && nowMs - updatedMs > ARCHIVE_AFTER_DAYS * DAY_MS) archivedTicketIds.push(id);

    const customerFrom =
      t.channel === 'voice'
        ? { formatted_phone: requester.phone ?? '', phone: (requester.phone ?? '').replace(/[^+\d]/g, ''), name: requester.name }
        : t.channel === 'email'
          ? { address: requester.email, name: requester.name }
          : {};
    const supportTo =
      t.channel === 'voice'
        ? { formatted_phone: '+1 (555) 010-0200', phone: DEMO_COMPANY.supportPhone }
        : t.channel === 'email'
          ? { address: DEMO_COMPANY.supportAddress, name: DEMO_COMPANY.name }
          : {};
    const ticketVia = viaFor(t.channel, customerFrom, supportTo, t.channel === 'voice' ? 'inbound' : null);

    let lastPublicAgent: { text: string; atMs: number; name: string } | null = null;
    let firstCustomerBody = '';
    let agentReplies = 0;
    let firstReplyMs: number | null = null;
    messages.forEach((m, mi) => {
      const isAgent = m.by !== 'customer';
      const agent = isAgent ? draft.agents[(m.agent ?? assigneeIndex) % draft.agents.length] : undefined;
      const authorId = isAgent ? (userIdByRef[agent?.ref ?? ''] ?? assigneeId) : requesterId;
      const isPublic = m.by !== 'note';
      let texts;
      let type: ApiComment['type'] = 'Comment';
      let data: ApiComment['data'];
      let via: ApiVia;
      if (m.voice) {
        type = 'VoiceComment';
        const minutes = Math.max(1, Math.round(m.voice.durationSeconds / 60));
        const header = m.voice.voicemail
          ? `Voicemail from: ${requester.phone ?? 'unknown'}\nLength of voicemail: ${minutes} minute${minutes === 1 ? '' : 's'}`
          : `Inbound call from ${requester.phone ?? 'unknown'}\nLength of phone call: ${minutes} minute${minutes === 1 ? '' : 's'}`;
        texts = composeComment({ text: `${header}\n\nTranscription: ${m.text}`, rawHtml: m.rawHtml });
        data = {
          from: requester.phone ?? null,
          to: DEMO_COMPANY.supportPhone,
          call_duration: m.voice.durationSeconds,
          answered_by_id: m.voice.voicemail ? null : assigneeId,
          transcription_text: m.text,
          transcription_status: 'completed',
          recording_url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/channels/voice/calls/CA${id}${mi}/twilio/recording`,
          started_at: isoSeconds(m.atMs),
          location: 'Portland, Oregon, United States',
        };
        via = viaFor('voice', customerFrom, supportTo, m.voice.voicemail ? 'voicemail' : 'inbound');
      } else if (isAgent) {
        texts = composeComment({ text: m.text, signature: isPublic ? [agent?.name ?? '', `${(agent as DraftAgent | undefined)?.title ?? 'Support'}, ${DEMO_COMPANY.name}`] : undefined });
        via = viaFor('web', {}, {}, null);
      } else {
        const quote =
          t.channel === 'email' && lastPublicAgent
            ? {
                header: `On ${quoteDate(lastPublicAgent.atMs)}, ${lastPublicAgent.name} (${DEMO_COMPANY.name} Support) <${DEMO_COMPANY.supportAddress}> wrote:`,
                text: lastPublicAgent.text.split('\n\n').slice(0, 2).join('\n\n'),
              }
            : undefined;
        texts = composeComment({
          text: m.text,
          signature: t.channel === 'email' ? requester.signature : undefined,
          quote,
          rawHtml: m.rawHtml,
        });
        via = t.channel === 'web' ? viaFor('web', {}, {}, null) : viaFor('email', customerFrom, supportTo, null);
      }
      if (mi === 0) firstCustomerBody = texts.body;
      if (isAgent && isPublic) {
        agentReplies += 1;
        firstReplyMs ??= m.atMs;
        lastPublicAgent = { text: m.text, atMs: m.atMs, name: firstName(agent?.name ?? '') };
      }
      const system: Record<string, string> = isAgent
        ? { client: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Safari/537.36', ip_address: `198.51.100.${10 + ((m.agent ?? 0) % 20)}` }
        : { client: t.channel === 'email' ? 'Microsoft Outlook 16.0' : 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', ip_address: `203.0.113.${(requesterId % 200) + 20}` };
      const commentVia = via;
      const commentTexts = texts;
      const commentType = type;
      const commentData = data;
      pendingComments.push({
        ticketId: id,
        atMs: m.atMs,
        seq: seq++,
        make: (commentId, auditId) => {
          const comment: ApiComment = {
            id: commentId,
            type: commentType,
            author_id: authorId,
            body: commentTexts.body,
            html_body: commentTexts.html_body,
            plain_body: commentTexts.plain_body,
            public: isPublic,
            attachments: [],
            audit_id: auditId,
            via: commentVia,
            created_at: isoSeconds(m.atMs),
            metadata: { system, custom: {} },
          };
          if (commentData) comment.data = commentData;
          return comment;
        },
      });
    });

    const minutesFromReplies = agentReplies * rng.int(6, 16) + (t.channel === 'voice' ? 10 : 0);
    const timeSpent = t.timeSpentMinutes ?? minutesFromReplies;
    const customFields = [{ id: DEMO_FIELDS.timeSpentTicketFieldId, value: String(timeSpent) }];
    if (t.product) customFields.push({ id: DEMO_FIELDS.productTicketFieldId, value: t.product });

    let satisfaction: ApiTicket['satisfaction_rating'] = { score: 'unoffered' };
    const draftSat = t.satisfaction ?? (solved ? 'offered' : 'unoffered');
    if (typeof draftSat === 'object' && solved) {
      const ratingId = IDS.ratingBase + satisfactionRatings.length * 3;
      satisfaction = { id: ratingId, score: draftSat.score, comment: draftSat.comment };
      const ratedMs = Math.min(nowMs, lastMs + rng.int(60, 2 * 24 * 60) * MINUTE_MS);
      satisfactionRatings.push({
        url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/satisfaction_ratings/${ratingId}.json`,
        id: ratingId,
        assignee_id: assigneeId,
        group_id: IDS.group,
        requester_id: requesterId,
        ticket_id: id,
        score: draftSat.score,
        comment: draftSat.comment,
        created_at: isoSeconds(ratedMs),
        updated_at: isoSeconds(ratedMs),
      });
    } else if (draftSat === 'offered' && solved) {
      satisfaction = { score: 'offered' };
    }

    const requesterOrg = requester.orgRef ? orgIdByRef[requester.orgRef] : undefined;
    const ticket: ApiTicket = {
      url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/tickets/${id}.json`,
      id,
      via: ticketVia,
      created_at: isoSeconds(startMs),
      updated_at: isoSeconds(updatedMs),
      type: t.type ?? (t.tags?.includes('outage') ? 'incident' : 'question'),
      subject: t.subject,
      raw_subject: t.subject,
      description: firstCustomerBody,
      priority: t.priority ?? 'normal',
      status,
      recipient: DEMO_COMPANY.supportAddress,
      requester_id: requesterId,
      submitter_id: requesterId,
      assignee_id: assigneeId,
      group_id: IDS.group,
      collaborator_ids: [],
      follower_ids: [],
      email_cc_ids: [],
      has_incidents: false,
      is_public: true,
      due_at: null,
      tags: t.tags ?? [],
      custom_fields: customFields,
      satisfaction_rating: satisfaction,
      sharing_agreement_ids: [],
      followup_ids: [],
      ticket_form_id: IDS.form,
      brand_id: IDS.brand,
      allow_channelback: false,
      allow_attachments: true,
      from_messaging_channel: false,
    };
    if (requesterOrg !== undefined) ticket.organization_id = requesterOrg;
    tickets.push(ticket);

    const replyMinutes = firstReplyMs === null ? 0 : Math.round((firstReplyMs - startMs) / MINUTE_MS);
    const resolution = Math.round((lastMs - startMs) / MINUTE_MS);
    const metric: ApiTicketMetricSet = {
      url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/ticket_metrics/${IDS.metricBase + i}.json`,
      id: IDS.metricBase + i,
      ticket_id: id,
      created_at: isoSeconds(startMs),
      updated_at: isoSeconds(updatedMs),
      group_stations: 1,
      assignee_stations: 1,
      reopens: t.reopens ?? 0,
      replies: agentReplies,
      assigned_at: isoSeconds(startMs + MINUTE_MS),
      initially_assigned_at: isoSeconds(startMs + MINUTE_MS),
      assignee_updated_at: isoSeconds(lastMs),
      requester_updated_at: isoSeconds(startMs),
      status_updated_at: isoSeconds(updatedMs),
      latest_comment_added_at: isoSeconds(lastMs),
      reply_time_in_minutes: { calendar: replyMinutes, business: Math.round(replyMinutes * 0.6) },
      agent_wait_time_in_minutes: { calendar: 0, business: 0 },
      requester_wait_time_in_minutes: { calendar: resolution, business: Math.round(resolution * 0.5) },
      on_hold_time_in_minutes: { calendar: 0, business: 0 },
    };
    if (solved) {
      metric.solved_at = isoSeconds(lastMs);
      metric.first_resolution_time_in_minutes = { calendar: resolution, business: Math.round(resolution * 0.5) };
      metric.full_resolution_time_in_minutes = { calendar: resolution, business: Math.round(resolution * 0.5) };
    }
    metricSets[String(id)] = metric;
  });

  const comments: Record<string, ApiComment[]> = {};
  pendingComments
    .toSorted((a, b) => a.atMs - b.atMs || a.seq - b.seq)
    .forEach((p, i) => {
      const comment = p.make(IDS.commentBase + i * 11, IDS.auditBase + i * 11);
      (comments[String(p.ticketId)] ??= []).push(comment);
    });

  return {
    users,
    organizations,
    tickets,
    comments,
    metricSets,
    satisfactionRatings,
    archivedTicketIds,
    userIdByRef,
    ticketIdsByRequester,
    primaryByRequester,
    agentIds,
    groupId: IDS.group,
  };
}

import { composeComment } from './compose';
import { DEMO_COMPANY, DEMO_FIELDS, ARCHIVE_AFTER_DAYS, DEMO_IDS as IDS } from './company';
import type { DraftMessage, DraftOrganization, DraftPerson, DraftTicket } from './draft';
import { materializePeople, type DraftAgent } from './people';
import type { Random } from './random';
import { DAY_MS, MINUTE_MS, isoSeconds, quoteDate } from './time';
import type {
  ApiComment,
  ApiSatisfactionRating,
  ApiTicket,
  ApiTicketMetricSet,
  ApiVia,
  DemoAccount,
} from './types';

export interface AccountDraft {
  nowMs: number;
  agents: DraftAgent[];
  organizations: DraftOrganization[];
  people: DraftPerson[];
  tickets: DraftTicket[];
}

/** The generated records, in the demo account's shapes, and how to find each requester's. */
export type Materialized = Pick<
  DemoAccount,
  'users' | 'organizations' | 'tickets' | 'comments' | 'metricSets' | 'satisfactionRatings' | 'archivedTicketIds' | 'agentIds' | 'groupId'
> & {
  userIdByRef: Record<string, number>;
  /** Ticket ids by requester ref, oldest first. */
  ticketIdsByRequester: Record<string, number[]>;
  /** The primary ticket id by requester ref, where a draft was marked primary. */
  primaryByRequester: Record<string, number>;
};

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
  const { organizations, users, userIdByRef, personByRef, agentIds, orgIdByRef } = materializePeople(draft, rng);
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
    // Zendesk's description is the first comment, and its submitter that comment's author.
    let description = '';
    let submitterId = requesterId;
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
      if (mi === 0) {
        description = texts.body;
        submitterId = authorId;
      }
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
      description,
      priority: t.priority ?? 'normal',
      status,
      recipient: DEMO_COMPANY.supportAddress,
      requester_id: requesterId,
      submitter_id: submitterId,
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

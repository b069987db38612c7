import type { FactorId } from '../core/rating/types';
import { DEFAULT_SETTINGS } from '../core/settings';
import { CONCERN_TAG, encodeConcerns, encodeRecord, tagForLevel, WARNING_FIELDS } from '../core/warnings/fields';
import { composeNote } from '../core/warnings/note';
import type { ConcernRecord, WarningAction, WarningLevel, WarningRecord } from '../core/warnings/types';
import { composeComment } from './compose';
import type { ApiComment, ApiTicket, ApiUser } from './types';

/**
 * One step of a flagged customer's warning history, written the way the app writes it: an internal
 * note on the ticket (the app's own note text and marker) and the user's warning fields and tags.
 * The draft ticket carries a placeholder note that this step fills in once ids are known.
 */
export interface WarningStepDraft {
  requesterRef: string;
  kind: 'concern' | 'strike';
  /** The agent who acted (index into the demo's agents): the note's author, as Zendesk records it. */
  agent: number;
  /** The agent the record and the note name instead, when the step was forged from another account. */
  claimedBy?: number;
  reason: string;
  /** What the evidence (the customer's last message on the ticket) shows. */
  evidenceFactor: FactorId;
  placeholder: string;
}

/** The text a draft note starts as; unique per step so the step can find its comment. */
export function warningPlaceholder(requesterRef: string, index: number): string {
  return `warning-step ${requesterRef} ${index}`;
}

interface Records {
  users: ApiUser[];
  tickets: ApiTicket[];
  comments: Record<string, ApiComment[]>;
  userIdByRef: Record<string, number>;
  agents: { id: number; name: string }[];
  accountUrl: string;
}

/**
 * Fills in the flagged customers' warning notes and sets their warning fields and tags from them:
 * the level drop-down and its tag, the date of the last strike, the latest record, the open concerns
 * and the concern tag. Steps run in order; a strike closes the concerns open before it.
 */
export function applyWarningHistory(records: Records, steps: WarningStepDraft[]): void {
  const byRef = new Map<string, WarningStepDraft[]>();
  for (const step of steps) byRef.set(step.requesterRef, [...(byRef.get(step.requesterRef) ?? []), step]);
  const noteOf = new Map<string, { comment: ApiComment; ticketId: number }>();
  for (const [ticketId, list] of Object.entries(records.comments)) {
    for (const comment of list) if (comment.body.startsWith('warning-step ')) noteOf.set(comment.body, { comment, ticketId: Number(ticketId) });
  }

  for (const [ref, userSteps] of byRef) {
    const userId = records.userIdByRef[ref];
    const user = records.users.find((u) => u.id === userId);
    if (!user || userId === undefined) throw new Error(`warning history for unknown requester ${ref}`);
    let level: WarningLevel = 0;
    let open: ConcernRecord[] = [];
    let record: WarningRecord | null = null;
    userSteps.forEach((step, index) => {
      const found = noteOf.get(step.placeholder);
      const agent = records.agents[step.agent];
      const claimed = records.agents[step.claimedBy ?? step.agent];
      if (!found || !agent || !claimed) throw new Error(`no note for ${step.placeholder}`);
      const { comment, ticketId } = found;
      const evidenceComment = (records.comments[String(ticketId)] ?? []).filter((c) => c.author_id === userId).at(-1);
      const to: WarningLevel = step.kind === 'strike' ? (Math.min(3, level + 1) as WarningLevel) : level;
      const action: WarningAction = {
        // Operation ids are opaque; these are stable so the account stays the same byte for byte.
        op: `demo-${ref}-${index + 1}-${ticketId}`,
        kind: step.kind,
        userId,
        userName: user.name,
        ticketId,
        by: { id: claimed.id, name: claimed.name },
        at: comment.created_at,
        reason: step.reason,
        evidence: evidenceComment
          ? [{ factorId: step.evidenceFactor, ticketId, commentId: evidenceComment.id, date: evidenceComment.created_at, excerpt: evidenceComment.body.split('\n')[0]?.slice(0, 160) ?? '' }]
          : [],
        rating: null,
        expectedFrom: level,
        to,
        acknowledges: step.kind === 'strike' ? open.map((c) => c.op) : [],
        finalNoticeText: step.kind === 'strike' && to === 3 ? DEFAULT_SETTINGS.final_notice_text : null,
        accountUrl: records.accountUrl,
      };
      const texts = composeComment({ text: composeNote(action) });
      Object.assign(comment, texts, { author_id: agent.id, public: false });
      if (step.kind === 'concern') {
        open.push({ op: action.op, by: action.by, at: action.at, reason: action.reason, ticketId, commentId: comment.id });
      } else {
        record = {
          v: 1,
          op: action.op,
          action: 'strike',
          level: to,
          from: level,
          by: action.by,
          at: action.at,
          reason: action.reason,
          ticketId,
          commentId: comment.id,
          acknowledged: action.acknowledges,
        };
        open = [];
        level = to;
      }
    });
    const levelTag = tagForLevel(level);
    const latest = record as WarningRecord | null;
    user.user_fields[WARNING_FIELDS.level] = levelTag;
    user.user_fields[WARNING_FIELDS.date] = latest ? latest.at.slice(0, 10) : null;
    user.user_fields[WARNING_FIELDS.record] = latest ? encodeRecord(latest) : null;
    user.user_fields[WARNING_FIELDS.concerns] = encodeConcerns({ v: 1, open, dropped: 0 });
    user.tags = [...user.tags.filter((t) => t !== CONCERN_TAG && t !== tagForLevel(1) && t !== tagForLevel(2) && t !== tagForLevel(3)), ...(levelTag ? [levelTag] : []), ...(open.length > 0 ? [CONCERN_TAG] : [])];
  }
}

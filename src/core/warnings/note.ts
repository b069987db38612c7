import { withoutFormatting } from '../text/invisible';
import { levelName } from './levels';
import type { ChosenEvidence, WarningAction } from './types';

/**
 * The internal notes the warning flag writes on the current ticket. Plain text, composed only from
 * data: the agent's reason and the customer's words are untrusted, so they are cleaned, shortened and
 * quoted, and can never forge the operation marker the app searches for when it retries.
 */

/** Longest reason kept, in characters. */
export const MAX_REASON_LENGTH = 1000;
/** Longest customer excerpt quoted in a note, in characters. */
export const MAX_EXCERPT_LENGTH = 280;

const MARKER_PREFIX = '[customer-fit op:';

// Control characters other than tab and line breaks. Invisible formatting (direction overrides and
// isolates, zero-width characters, byte-order marks: all of Unicode's Cf) goes by `withoutFormatting`.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Makes untrusted text safe to place in a note: strips control characters and invisible formatting and defuses
 * anything that looks like the app's marker.
 *
 * @param text - untrusted text
 * @returns the cleaned text (line breaks kept)
 * @example defuse('see [customer-fit op:abc]') // => 'see (customer-fit op:abc]'
 */
export function defuse(text: string): string {
  return withoutFormatting(text.replace(/\r\n?/g, '\n').replace(CONTROL, '')).replace(/\[(\s*)(customer-fit)/gi, '($1$2');
}

/**
 * A reason as it will be stored: cleaned, trimmed, at most {@link MAX_REASON_LENGTH} characters.
 *
 * @param reason - what the person typed
 * @returns the cleaned reason (may be empty; the planners reject that)
 * @example cleanReason('  Threatened a review\u0000  ') // => 'Threatened a review'
 */
export function cleanReason(reason: string): string {
  return defuse(reason).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function quoteExcerpt(excerpt: string): string {
  const oneLine = defuse(excerpt).replace(/\s+/g, ' ').trim();
  const short = oneLine.length > MAX_EXCERPT_LENGTH ? `${oneLine.slice(0, MAX_EXCERPT_LENGTH - 1)}…` : oneLine;
  return `"${short.replace(/"/g, "'")}"`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function ticketLink(accountUrl: string | null, ticketId: number): string | null {
  if (!accountUrl || !/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(accountUrl)) return null;
  return `${accountUrl}/agent/tickets/${ticketId}`;
}

function evidenceLines(evidence: ChosenEvidence[], accountUrl: string | null): string[] {
  if (evidence.length === 0) return ['Evidence chosen: none'];
  const lines = ['Evidence chosen:'];
  evidence.forEach((item, i) => {
    const where = `ticket #${item.ticketId}${item.commentId === null ? '' : `, comment ${item.commentId}`}`;
    lines.push(`  ${i + 1}. ${item.name ?? item.factorId} (${where}, ${item.date.slice(0, 10)}): ${quoteExcerpt(item.excerpt)}`);
    const link = ticketLink(accountUrl, item.ticketId);
    if (link) lines.push(`     ${link}`);
  });
  return lines;
}

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The marker line that ends every note the app writes; retries search for it to avoid a second note.
 *
 * @param action - the decision
 * @returns e.g. "[customer-fit op:3f2a… action:strike level:2]"
 * @example noteMarker(action) // => '[customer-fit op:3f2a9c1e-7b4d action:strike level:2]'
 */
export function noteMarker(action: Pick<WarningAction, 'op' | 'kind' | 'to'>): string {
  return `${MARKER_PREFIX}${action.op} action:${action.kind} level:${action.to}]`;
}

/**
 * Whether a comment body carries the marker of operation `op`.
 *
 * @param body - a comment's plain body
 * @param op - the operation id
 * @returns true when this comment is the note of that operation
 * @example hasMarker(composeNote(action), action.op) // => true
 */
export function hasMarker(body: string, op: string): boolean {
  return body.includes(`${MARKER_PREFIX}${op} `);
}

function title(action: WarningAction): string {
  switch (action.kind) {
    case 'concern':
      return 'Customer Fit: concern raised';
    case 'strike':
      return action.to === 3
        ? 'Customer Fit: FINAL NOTICE (strike 3 of 3)'
        : `Customer Fit: warning, strike ${action.to} of 3`;
    case 'clear':
      return action.expectedFrom === 0 ? 'Customer Fit: concerns closed' : 'Customer Fit: warning cleared';
  }
}

/**
 * The internal note for a decision: who, when, what, the reason, the rating at that moment, the
 * chosen evidence with links, and the marker.
 *
 * @param action - the planned decision
 * @returns plain text for `comment.body` (sent with `public: false`)
 * @example composeNote(planStrike(input).action).includes('strike 1 of 3') // => true
 */
export function composeNote(action: WarningAction): string {
  const role = action.kind === 'concern' ? 'Raised by' : action.kind === 'strike' ? 'Given by' : 'Cleared by';
  const lines: string[] = [title(action), ''];
  lines.push(`${role}: ${defuse(action.by.name)} (user ${action.by.id}) on ${when(action.at)}`);
  lines.push(`Customer: ${defuse(action.userName)} (user ${action.userId})`);
  if (action.kind !== 'concern') {
    lines.push(`Warning level: ${levelName(action.expectedFrom)} -> ${levelName(action.to)}`);
  }
  lines.push(`Reason (written by ${defuse(action.by.name)}):`);
  lines.push(indent(cleanReason(action.reason)));
  if (action.rating) {
    const score = action.rating.score === null ? 'not enough history' : `${action.rating.score}/100`;
    lines.push(`Fit rating at this moment: ${score} (${action.rating.band})`);
  }
  lines.push(...evidenceLines(action.evidence, action.accountUrl));
  if (action.acknowledges.length > 0) {
    lines.push(`Open concerns this closes: ${action.acknowledges.length}`);
  }
  if (action.kind === 'strike' && action.to === 3 && action.finalNoticeText) {
    lines.push('', 'What the team agreed for a final notice:', indent(defuse(action.finalNoticeText).trim()));
  } else if (action.kind === 'strike') {
    lines.push(action.to === 2 ? 'Next: a third strike is the final notice.' : 'Next: two more strikes lead to a final notice.');
  }
  if (action.kind === 'concern') lines.push('A team lead will review this concern.');
  lines.push('', noteMarker(action));
  return lines.join('\n');
}

/**
 * The short note written when a strike lost a race: another lead recorded a step first, so this
 * operation's note stands but its strike was not recorded.
 *
 * @param action - the decision that was not recorded
 * @param winner - who recorded the other step, and the level it set
 * @returns plain text for an internal note
 * @example composeSupersededNote(action, { by: 'Dana', level: 2 }).includes('was not recorded') // => true
 */
export function composeSupersededNote(action: WarningAction, winner: { by: string; level: number }): string {
  return [
    'Customer Fit: the step above was not recorded',
    '',
    `${defuse(winner.by)} recorded ${levelName(winner.level as 0 | 1 | 2 | 3)} for this customer at the same moment,`,
    `so ${levelName(action.to)} from ${defuse(action.by.name)} (op ${action.op}) was not recorded. Review the current warning before acting again.`,
    '',
    supersededMarker(action.op),
  ].join('\n');
}

/**
 * The short note written when a person changes the reason of a step that failed part way, or
 * cancels it: its note stands on the ticket, but the step was never recorded and does not count.
 *
 * @param action - the decision withdrawn
 * @returns plain text for an internal note
 * @example composeWithdrawnNote(action).startsWith('Customer Fit: the step above was not recorded') // => true
 */
export function composeWithdrawnNote(action: WarningAction): string {
  const step = action.kind === 'concern' ? 'the concern' : action.kind === 'clear' ? 'clearing the warning' : levelName(action.to);
  return [
    'Customer Fit: the step above was not recorded',
    '',
    `${defuse(action.by.name)} changed or cancelled ${step} (op ${action.op}) before it was recorded, so it does not count.`,
    '',
    supersededMarker(action.op),
  ].join('\n');
}

/**
 * The marker of the note saying operation `op` was not recorded.
 *
 * @param op - the operation id
 * @returns the marker line
 * @example supersededMarker('op-12345678') // => '[customer-fit superseded:op-12345678]'
 */
export function supersededMarker(op: string): string {
  return `[customer-fit superseded:${op}]`;
}

/** The line {@link supersededMarker} writes, as read back: group 1 is the operation id. */
export const SUPERSEDED_LINE = /^\[customer-fit superseded:([A-Za-z0-9-]{8,64})\]$/m;

/**
 * The steps their authors withdrew: each private note carrying a superseded marker names one, and
 * only its author can withdraw it.
 *
 * @param notes - private notes, with their author
 * @returns `authorId:op` of each withdrawn step
 * @example withdrawnSteps([{ authorId: 7, body: '[customer-fit superseded:op-12345678]' }]) // => Set { '7:op-12345678' }
 */
export function withdrawnSteps(notes: Iterable<{ authorId: number; body: string }>): Set<string> {
  const withdrawn = new Set<string>();
  for (const { authorId, body } of notes) {
    const line = SUPERSEDED_LINE.exec(body);
    if (line) withdrawn.add(`${authorId}:${line[1]}`);
  }
  return withdrawn;
}

import type { SignalHit } from '../signals';

/**
 * A complaint is shown to an agent, and counts, from this confidence on. Chosen on the training
 * half of the labelled messages: the lowest confidence at which 96 in 100 of the complaints shown
 * were complaints (0.6 gave 94.6). Below it sat polite requests and apologies ("locked myself out
 * again, sorry!"). Held-out figures are in docs/evaluation.md.
 */
export const COMPLAINT_SHOWN = 0.7;

/**
 * How sure the detectors are of a complaint hit: the learned detector's confidence, or the
 * complaint model's probability it reports as a percentage.
 *
 * @param hit - a complaint hit
 * @returns 0..1; 1 when the hit says nothing of it
 * @example complaintConfidence({ signal: 'complaint', start: 0, end: 5, messageId: 'complaint', data: { confidence: '67' } }) // => 0.67
 */
export function complaintConfidence(hit: SignalHit): number {
  if (hit.confidence !== undefined) return hit.confidence;
  const percent = Number(hit.data?.confidence);
  return Number.isFinite(percent) ? percent / 100 : 1;
}

// A valediction that closes a message, with at most a name after it on its line and a short
// signature below: "…can you check the zone? Thanks, Bram\n\nBram Fischer | Pixelmint Agency".
// Markup between the words counts as space, so the comment's HTML reads like its plain text.
const GAP = String.raw`(?:\s|&nbsp;|<[^>]*>)*`;
const VALEDICTION = String.raw`(?:[Mm]any thanks|[Tt]hanks(?: again| in advance| so much)?|[Tt]hank you(?: in advance| so much)?|[Tt]hx|TIA|[Cc]heers)`;
const NAME = String.raw`(?:[A-Z][\p{L}'’.-]*(?:[ \t]+[A-Z][\p{L}'’.-]*){0,2})`;
const BREAK = String.raw`(?:\n|<br\s*/?>|</?p[^>]*>|</?div[^>]*>)`;
const AFTER = String.raw`(?:(?:[ \t]|&nbsp;)*${BREAK}${GAP}[^<\n]{1,80}){0,4}${GAP}$`;
const SIGN_OFF = new RegExp(String.raw`(?:[.!?:)]|<br\s*/?>|</p>|\n)${GAP}(${VALEDICTION}[ \t]*[,!.]?[ \t]*(?:${NAME})?[ \t]*[.!]?)${AFTER}`, 'du');

/**
 * Where a message's closing sign-off is: thanks that end a message which asked or said something
 * before, followed by nothing but a name or a signature. It is how the customer signs every
 * message, not thanks for this conversation.
 *
 * @param text - a message's text, HTML or plain
 * @returns the [start, end) of the valediction and name, or null when the message has none
 * @example signOffSpan('Can you check the zone? Thanks, Bram') // => [24, 36]
 * @example signOffSpan('Thanks!') // => null
 */
export function signOffSpan(text: string): [number, number] | null {
  const tail = text.length > 600 ? text.length - 600 : 0;
  const match = SIGN_OFF.exec(tail ? text.slice(tail) : text);
  const span = match?.indices?.[1];
  return span ? [span[0] + tail, span[1] + tail] : null;
}

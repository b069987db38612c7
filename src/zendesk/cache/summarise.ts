import type { HistoryComment } from '../../core/history';
import { commentText, readText } from '../../core/rating';
import { COMPLAINT_SHOWN, complaintConfidence, signOffSpan } from '../../core/rating/shown';
import { LEVELS, type Detector, type LearnedModel } from '../../core/signals';
import { withoutContactDetails } from '../../core/text/contact-details';
import { stripHtml } from '../../core/text/html';

/**
 * Characters kept either side of a signal, tried in turn: the classifier reads context (a signature
 * is recognised by the quoted mail after it), so a passage that reads differently alone is widened.
 */
const CONTEXTS = [160, 600, 2_000];
/** A cached comment's text never exceeds this. */
const MAX_CHARS = 4_000;
const GAP = ' … ';

/**
 * The summary of a comment for the cache: its metadata and, as `body`, only the passages around
 * what the rating looks for (the signals and chasing), joined by " … ", checked to read the same as
 * the whole comment at every sensitivity level. A re-open then rates the same words without the cache
 * ever holding a full body (customer text stays in Zendesk). A comment with no signal keeps no text.
 * The passages are those the learned detectors find at their most sensitive level, which holds every
 * other level's hits; a passage cut mid-sentence can still read differently at another level, so
 * each level is checked.
 * Email addresses and long numbers (cards, accounts, phones) are masked as `[email]` and `[number]`
 * (see `withoutContactDetails`), as the rating reads them.
 *
 * @param model - the learned detectors the sidebar rates with, or null for the patterns alone
 * @returns the summariser
 * @example summariserFor(null)({ id: 1, author_id: 2, public: true, created_at: '…', body: '… I will sue you …' }).body
 * // => 'I will sue you' with up to 160 characters of context either side
 */
export function summariserFor(model: LearnedModel | null): (comment: HistoryComment) => HistoryComment {
  const detector: Detector = { model, level: 'sensitive' };
  return (comment) => ({
    id: comment.id,
    author_id: comment.author_id,
    public: comment.public,
    created_at: comment.created_at,
    ...(comment.via ? { via: comment.via } : {}),
    body: summaryText(plainText(comment), comment, detector),
  });
}

/** The summary with the patterns alone (see `summariserFor`). */
export const defaultSummarise = summariserFor(null);

function plainText(comment: HistoryComment): string {
  if (comment.plain_body !== undefined) return comment.plain_body;
  if (comment.body !== undefined) return comment.body;
  return comment.html_body === undefined ? '' : visibleText(comment.html_body);
}

function visibleText(html: string): string {
  let text = '';
  stripHtml(html, (chars) => {
    text += chars;
  });
  return text;
}

/**
 * What the rating finds in a text, as one string: the signals and how often the customer chases, in
 * order, with what the rating asks of a hit beyond its signal: whether a complaint is sure enough to
 * count, whether thanks are a sign-off. A passage read alone can differ there from the whole text.
 */
function fingerprint({ hits, chasing }: ReturnType<typeof readText>, text: string): string {
  const signOff = hits.some((h) => h.signal === 'gratitude') ? signOffSpan(text) : null;
  const named = hits.map((h) => {
    if (h.signal === 'complaint') return complaintConfidence(h) >= COMPLAINT_SHOWN ? 'complaint' : 'complaint (faint)';
    if (h.signal === 'gratitude' && signOff && h.start >= signOff[0] && h.start < signOff[1]) return 'gratitude (sign-off)';
    return h.signal;
  });
  return [...named, ...chasing.map(() => 'chasing')].join(',');
}

/**
 * The fingerprint of a text at every level, or '' when it has nothing at the most sensitive one.
 * `read` is the text's reading at the detector's (most sensitive) level, when already made.
 */
function readsAs(text: string, detector: Detector, read: ReturnType<typeof readText> = readText(text, detector)): string {
  const sensitive = fingerprint(read, text);
  if (sensitive === '' || detector.model === null) return sensitive;
  return LEVELS.map((level) => (level === detector.level ? sensitive : fingerprint(readText(text, { ...detector, level }), text))).join(' | ');
}

function summaryText(plain: string, comment: HistoryComment, detector: Detector): string {
  // The rating reads addresses and long numbers masked (see `commentText`), and so does the summary.
  const text = withoutContactDetails(plain);
  const found = readText(text, detector);
  if (!found.hits.length && !found.chasing.length) return '';
  // The rating reads a comment's HTML when it has one, and the HTML may read differently from the
  // plain text (escaped markup, say): the summary must read as the rating reads the whole comment.
  const html = comment.html_body === undefined ? null : commentText(comment);
  const whole = html === null ? readsAs(text, detector, found) : readsAs(html, detector);
  if (whole === '') return '';
  // The text is masked before any passage is cut, so no passage can keep the half of a number that
  // its edge left.
  const spans = [...found.hits, ...found.chasing];
  const fromPlain = readingAlike(text, spans, whole, detector);
  if (fromPlain !== null) return fromPlain;
  // Markup the customer typed reads as text in the HTML but as markup in the plain text ("<i>" is
  // gone, "&amp;" becomes "&"). The HTML's visible text, with &, < and > written as entities, reads
  // as the HTML does, and still keeps no markup.
  if (html !== null) {
    const visible = escapeMarkup(visibleText(html));
    const inHtml = readText(visible, detector);
    const fromHtml = readingAlike(visible, [...inHtml.hits, ...inHtml.chasing], whole, detector);
    if (fromHtml !== null) return fromHtml;
  }
  return passages(text, spans, CONTEXTS.at(-1)!);
}

/** The narrowest passages of `text` around `spans` that read as `whole`, or null when none does. */
function readingAlike(text: string, spans: { start: number; end: number }[], whole: string, detector: Detector): string | null {
  for (const context of CONTEXTS) {
    const summary = passages(text, spans, context);
    if (readsAs(summary, detector) === whole) return summary;
  }
  return null;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function passages(text: string, found: { start: number; end: number }[], context: number): string {
  const spans = found.map((s) => ({ start: Math.max(0, s.start - context), end: Math.min(text.length, s.end + context) })).toSorted((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  for (const { start, end } of merged) {
    const piece = text.slice(start, end);
    const next = out ? out + GAP + piece : piece;
    if (next.length > MAX_CHARS) return out || piece.slice(0, MAX_CHARS);
    out = next;
  }
  return out;
}

// Where the customer's own new words end: the first line that starts quoted mail, a signature
// or a legal disclaimer. Everything from there on is someone else's text or boilerplate.
const TAIL = new RegExp(
  [
    String.raw`^[ \t]*on\b[^\n]{0,200}(?:\n[^\n]{0,120})?\bwrote:[ \t]*$`,
    String.raw`^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|reply above this line)`,
    String.raw`^[ \t]*#+-[^\n]*reply above this line`,
    String.raw`^[ \t]*from:[^\n]*\n[ \t]*(?:sent|date|to):`,
    String.raw`^[ \t]*-- ?$`,
    String.raw`^[ \t]*_{5,}[ \t]*$`,
    String.raw`^[ \t]*sent from (?:my |yahoo|outlook|mail for)`,
    String.raw`^[ \t]*get outlook for`,
    String.raw`^[ \t]*(?:confidentiality notice|disclaimer\b|legal notice|privacy notice|this (?:e-?mail|message|communication)(?: and any (?:files|attachments?)[^\n]{0,40})? (?:is|are|may|contains?|and its)\b[^\n]{0,60}\b(?:confidential|privileged|intended))`,
  ].join('|'),
  'my',
);

// A closing such as "Thanks,\nJane Doe\nAcme Ltd" is a sign-off, not sincere thanks: the
// valediction with its comma and up to four short lines after it, to the end.
const SIGN_OFF = /\n[ \t]*(?:thanks|thank you|many thanks|thanks again|regards|kind regards|best regards|warm regards|best|cheers|sincerely|yours(?: truly| sincerely)?|respectfully|br)[ \t]*,?[ \t]*(?:\n[ \t]*[^\n]{1,60}){1,4}\s*$/;

const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;

/**
 * Finds the quoted parts of a (folded, lowercase) message: where its own words end, and the
 * `>` lines before that.
 *
 * @param text - the prepared lowercase text
 * @returns `end`: the index where the customer's new words stop; `quoted`: [start, end) spans
 *   before `end` that quote someone else
 * @example findQuoted('ok\n> old\nthanks') // => { end: 15, quoted: [[3, 8]] }
 */
export function findQuoted(text: string): { end: number; quoted: [number, number][] } {
  let end = text.length;
  // Quoted mail, signatures and sign-offs all start on a line of their own: a one-line message
  // has none, and in a longer one only line starts are tried.
  if (text.indexOf('\n') < 0) return { end, quoted: quotedLines(text, end) };
  for (let line = 0; line < text.length; ) {
    TAIL.lastIndex = line;
    if (mayStartTail(text, line) && TAIL.test(text)) {
      end = line;
      break;
    }
    const next = text.indexOf('\n', line);
    if (next < 0) break;
    line = next + 1;
  }
  const sign = SIGN_OFF.exec(end === text.length ? text : text.slice(0, end));
  if (sign) end = sign.index;
  return { end, quoted: quotedLines(text, end) };
}

// The first characters of TAIL's alternatives after the indent: on, --, #, from:, ___, sent from,
// get outlook, confidentiality, disclaimer, legal, privacy, this.
const TAIL_STARTS = 'o-#f_sgcdlpt';

/** Whether the line at `line` can start one of TAIL's alternatives; most lines cannot, and skip the regex. */
function mayStartTail(text: string, line: number): boolean {
  let i = line;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i < text.length && TAIL_STARTS.includes(text.charAt(i));
}

function quotedLines(text: string, end: number): [number, number][] {
  const quoted: [number, number][] = [];
  if (text.indexOf('>') >= 0) {
    QUOTED_LINE.lastIndex = 0;
    for (let m = QUOTED_LINE.exec(text); m && m.index < end; m = QUOTED_LINE.exec(text)) {
      quoted.push([m.index, Math.min(end, m.index + m[0].length)]);
    }
  }
  return quoted;
}

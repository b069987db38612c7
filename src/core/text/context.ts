// Helpers that look at the words around a match, within its clause, to tell a threat from a
// denial ("I would never..."), a hypothetical ("if I ..."), or someone else's words.

/** Characters that end a clause for the purpose of looking back from a match. */
function isClauseBreak(code: number): boolean {
  // . ! ? ; : newline and the sentence-like parenthesis
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 40 || code === 41;
}

/**
 * The text of the clause before `index`, up to `max` characters back.
 *
 * @param text - prepared lowercase text
 * @param index - where the match starts
 * @param max - how far back to look at most
 * @returns the preceding part of the clause
 * @example clauseBefore('fine. i will not sue', 17) // => ' i will not '
 */
export function clauseBefore(text: string, index: number, max = 80): string {
  const stop = Math.max(0, index - max);
  let i = index - 1;
  while (i >= stop) {
    const c = text.charCodeAt(i);
    // A full stop between digits or letters ("3.5", "e.g") does not end the clause.
    if (isClauseBreak(c) && !(c === 46 && i + 1 < text.length && text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 10)) break;
    i--;
  }
  return text.slice(i + 1, index);
}

/**
 * The text of the clause after `end`, up to `max` characters on.
 *
 * @param text - prepared lowercase text
 * @param end - where the match ends
 * @param max - how far on to look at most
 * @returns the following part of the clause
 * @example clauseAfter('i will sue. ok', 10) // => ''
 */
export function clauseAfter(text: string, end: number, max = 60): string {
  const stop = Math.min(text.length, end + max);
  let i = end;
  while (i < stop && !isClauseBreak(text.charCodeAt(i))) i++;
  return text.slice(end, i);
}

const NEGATION = /\b(?:not|never|no|nor|none|nobody|cannot|without|hardly|neither|n't|dont|wont|wouldnt|didnt|isnt|arent|wasnt|havent|hasnt|shouldnt|cant|couldnt|no need to|no intention|no plans?|far from)\b|n't\b/;

/**
 * Whether the clause before a match negates it ("I would never", "not a complaint").
 *
 * @param before - the clause before the match (see `clauseBefore`)
 * @param words - how many words back the negation may be
 * @returns true when a negation is in reach
 * @example isNegated('i would never ') // => true
 */
export function isNegated(before: string, words = 5): boolean {
  const tail = lastWords(before, words);
  return NEGATION.test(tail);
}

const HYPOTHETICAL = /\b(?:whether|would you|should i|should we|do i need to|do i have to|do we need to|how (?:do|can|would|could) (?:i|we)|can i|could i|may i|can we|in case|hypothetically|imagine|suppose|what if|if i (?:were|was|had)|even if|thinking about whether|afraid (?:they|he|she) will|wondering if|wonder if|asking if|is it possible to)\b/;

/**
 * Whether the clause before a match makes it a hypothetical or a question about it
 * ("if this fails I'll...", "can I dispute...").
 *
 * @param before - the clause before the match
 * @returns true when a conditional or question frame is in the clause
 * @example isHypothetical('if they refuse, ') // => true
 */
export function isHypothetical(before: string): boolean {
  return HYPOTHETICAL.test(before);
}

// The subject right before the match is someone else: "someone posted a bad review".
const OTHER_SUBJECT = /\b(?:he|she|they|he'd|she'd|they'd|he'll|she'll|they'll|someone|somebody|people|customers|a customer|other customers|the (?:collector|agency|company|bank|lender|landlord|neighbou?r|seller|driver|other (?:customer|guy|person))|my (?:neighbou?r|friend|landlord|ex|brother|sister|husband|wife|mom|mum|dad|boss|colleague|tenant|client|son|daughter)s?)\s+(?:also |just |even |then |had |has |have |already |apparently |supposedly |must |should |can |could |will |would |did |may |might )?$/;

// Someone other than the writer speaks: "the collector threatened to...", "he said he'd...".
const THIRD_PARTY = /\b(?:he|she|they|his|her|their|someone|somebody|people|customers?|collectors?|agency|agents?|reps?|representatives?|company|bank|lender|landlord|neighbou?r|friend|brother|sister|husband|wife|mom|mum|dad|boss|coworker|colleague|lawyer|attorney)\b(?:(?!\b(?:i|we|i'm|i'll|we'll|my|our)\b)[^,;]){0,40}\b(?:said|says|told|threatened|threatening|threatens|claimed|claims|wants? to|wanted to|tried to|tries to|is going to|are going to|was going to|were going to|plans? to|planned to|started|filed|accused|asked|advised|yelled|suggested|recommended|instructed|insisted|'s going to|'s gonna|gonna|threat to)\b/;

/**
 * Whether the clause reports a third party's words or action rather than the writer's own.
 *
 * @param before - the clause before the match
 * @returns true when a third-party speaker frames the match
 * @example isReported('the collector threatened to ') // => true
 */
export function isReported(before: string): boolean {
  return OTHER_SUBJECT.test(before) || THIRD_PARTY.test(lastWords(before, 10)) || /\b(?:threatened|threatening) (?:me|us) with\b|\bthreat(?:s|ened|ening)?(?: to)? $|\b(?:was|were|been|am|is|are|being) (?:asked|told|advised|instructed) to $|\b(?:told|asked|advised|instructed|forced|wanted|yelled at|recommended|suggested) (?:me|us)(?: that)?(?: i| we)?(?: need| should| must| have| had)? to $/.test(before);
}

/**
 * The last `count` words of a string (with the space before them).
 *
 * @param text - any text
 * @param count - how many words to keep
 * @returns the tail of `text` holding those words
 * @example lastWords('i really will not', 2) // => ' will not'
 */
export function lastWords(text: string, count: number): string {
  let i = text.length;
  let seen = 0;
  let inWord = false;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    const space = c === 32 || c === 10 || c === 9 || c === 44;
    if (!space && !inWord) {
      inWord = true;
      seen++;
      if (seen > count) break;
    } else if (space) inWord = false;
    i--;
  }
  return text.slice(i);
}

import { prepare, toOriginal, type PreparedText } from '../text/prepare';

// "Any update?" and its cousins: the customer chasing the team rather than adding anything new.
const CHASING =
  /\b(?:any (?:update|news|progress|word)s?\b|(?:is there|do you have) (?:an )?(?:update|news)\b|still waiting\b|still no (?:answer|reply|response|word|update)\b|(?:just )?(?:following|checking) up\b|why (?:has(?:n't| not) anyone|has no one|have(?:n't| not) you|no one has) (?:replied|responded|answered|gotten back)\b|when will (?:i|we) (?:hear|get an? (?:answer|reply|response|update))\b|hello\?{2,}|gibt es (?:schon )?(?:neuigkeiten|ein update)\b|warte (?:immer )?noch\b)/g;

/**
 * Finds where a customer chases the team ("any update?", "still waiting", "following up"),
 * outside quoted mail.
 *
 * @param raw - one comment, HTML or plain text
 * @param prepared - `prepare(raw)`, when the caller has it already (see `readText`)
 * @returns the spans in `raw`, in order
 * @example findChasing('Hi, any update on this?') // => [{ start: 4, end: 14 }]
 */
export function findChasing(raw: string, prepared: PreparedText = prepare(raw)): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  CHASING.lastIndex = 0;
  for (let m = CHASING.exec(prepared.text); m; m = CHASING.exec(prepared.text)) {
    const [start, end] = toOriginal(prepared, m.index, m.index + m[0].length);
    spans.push({ start, end });
  }
  return spans;
}

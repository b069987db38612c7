// The commonest function words of English and of the languages a support desk most often sees
// besides it. A message whose words are mostly another language's function words is not read.
/** English function words. */
export const ENGLISH_WORDS = (
  'the a an and or but of to in on at for with is are was were be been am i you he she it we they me my your our this that these those not no do does did have has had will would can could should just so if as from by about what when how why there here all any up out'
).split(' ');
const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS);
/** Function words of other common languages (Spanish, French, German, Portuguese, Italian, Dutch). */
export const OTHER_WORDS = [
    // Spanish
    'el la los las y o pero de del en con por para es son fue era que se lo su sus mi tu yo usted nosotros muy gracias por favor una uno esta este pero',
    // French
    'le les et ou mais du des en au aux avec pour est sont était que qui je tu il elle nous vous ils mon ma mes votre vos ne pas très merci une un ce cette sur dans',
    // German
    'der die das und oder aber von zu mit für ist sind war ich du er sie wir ihr mein meine nicht sehr danke ein eine auf dem den des im',
    // Portuguese, Italian, Dutch
    'os as um uma com não obrigado você eu ele ela nós il lo gli e che di non sono per grazie io het een en van ik je niet dat wij jullie bedankt',
]
  .join(' ')
  .normalize('NFD')
  // Prepared text has its accents folded away, so the lists are folded the same way.
  .replace(/[\u0300-\u036f]/g, '')
  .split(' ')
  .filter((w) => !ENGLISH.has(w));
const OTHER: ReadonlySet<string> = new Set(OTHER_WORDS);

const WORD = /[a-zà-ÿ']+/g;

/**
 * Tells whether a (lowercase) message is English enough to read. Short messages with no
 * function words either way count as English, so a terse "Refund NOW" is still read.
 *
 * @param text - prepared lowercase text
 * @returns false when the message is mostly in another language
 * @example isEnglish('merci beaucoup pour votre aide, je suis très content') // => false
 */
export function isEnglish(text: string): boolean {
  let english = 0;
  let other = 0;
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && words < 200; m = WORD.exec(text)) {
    words++;
    const w = m[0];
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  if (other === 0) return true;
  return english >= other;
}

// Word families that let the learned detectors generalise past the words their training text
// happened to use: every word of a family adds the family's feature, and every two families met
// in one sentence add a feature for the pair ("you" with an insult, a review site with a future
// tense). A family names kinds of words, not verdicts: the weights decide what they mean.

/** The families, each a list of normalised word forms (digits read as 0); a trailing * is a prefix. */
export const CUES: Readonly<Record<string, readonly string[]>> = {
  you: ['you', 'your', "you're", 'youre', 'ur', 'u', 'yall', "y'all", 'yourself', 'yourselves', 'thou'],
  staff: ['staff', 'team', 'company', 'agent', 'agents', 'employee', 'employees', 'people', 'rep', 'reps', 'crew', 'support', 'service', 'business', 'firm', 'agency', 'airline', 'bank', 'department', 'guys', 'folks', 'everyone'],
  insult: ['idiot*', 'moron*', 'stupid*', 'dumb*', 'clown*', 'incompetent*', 'useless', 'pathetic', 'liar*', 'lying', 'thief', 'thieves', 'crook*', 'scam*', 'fraud*', 'trash', 'garbage', 'joke', 'jokes', 'loser*', 'imbecile*', 'jerk*', 'asshole*', 'scumbag*', 'disgrace*', 'worthless', 'suck', 'sucks', 'clueless', 'retard*', 'buffoon*', 'amateur*', 'circus', 'criminal*', 'cheat*', 'robber*', 'rude', 'ignorant', 'lazy', 'hopeless', 'inept', 'hell', 'shame*', 'bastard*', 'rubbish', 'dumbass', 'muppet*', 'cowboy*', 'pig*', 'snake*', 'vultur*', 'greedy', 'pos', 'dicks', 'dick'],
  profane: ['fuck*', 'fck*', 'fuk*', 'shit*', 'sh*t', 'bullshit', 'damn*', 'dammit', 'goddamn*', 'wtf', 'crap*', 'bitch*', 'ass', 'asses', 'arse*', 'pissed', 'piss*', 'bs', 'af', 'gd', 'stfu', 'omfg', 'fu', 'effing', 'bloody', 'hell'],
  exposure: ['review*', 'yelp', 'google', 'trustpilot', 'tripadvisor', 'bbb', 'facebook', 'twitter', 'instagram', 'tiktok', 'reddit', 'linkedin', 'youtube', 'star', 'stars', 'rating', 'ratings', 'rate', 'media', 'news', 'press', 'newspaper', 'paper', 'reporter*', 'journalist*', 'tv', 'viral', 'followers', 'friends', 'family', 'everyone', 'everybody', 'world', 'public', 'publicly', 'network', 'community', 'group', 'forum', 'post', 'blog', 'warn', 'word', 'mouth', 'recommend', 'avoid', 'local', 'neighbours', 'neighbors', 'colleagues', 'share', 'spread', 'expose', '#cnn', '#abc', '#nbc', 'cnn', 'abc', 'nbc', 'fox', 'bbc'],
  future: ['will', "i'll", 'ill', "we'll", 'gonna', 'going', 'shall', 'until', 'unless', 'otherwise', 'or', 'if', 'next', 'soon', 'tomorrow', 'make', 'sure', 'plan', 'about', 'leave', 'leaving', 'write', 'writing', 'tell', 'telling', 'let', 'know', 'want', 'ready', 'considering', 'consider', 'thinking'],
  legal: ['lawyer*', 'attorney*', 'sue', 'suing', 'sued', 'lawsuit*', 'court*', 'legal*', 'legally', 'claim', 'claims', 'litigation', 'litigate', 'cfpb', 'ftc', 'fcc', 'dot', 'faa', 'regulator*', 'general', 'chargeback*', 'charge', 'dispute*', 'disputing', 'report', 'reporting', 'reported', 'solicitor*', 'ombudsman', 'standards', 'authorities', 'authority', 'police', 'action', 'liable', 'liability', 'counsel', 'class', 'judge', 'small', 'commission', 'department', 'consumer', 'protection', 'complaint', 'file', 'filed', 'filing', 'bank', 'card', 'visa', 'amex', 'mastercard', 'paypal', 'reverse', 'reversal', '@ftc', '@cfpb', '@usdot', '@faa'],
  chief: ['manager*', 'supervisor*', 'corporate', 'ceo', 'ceos', 'executive*', 'exec', 'execs', 'president', 'boss', 'bosses', 'management', 'head', 'escalat*', 'higher', 'superior*', 'owner', 'owners', 'director*', 'founder', 'chairman', 'hq', 'headquarters', 'office', 'charge', 'senior', 'someone', 'somebody', 'person', 'speak', 'talk', 'call', 'transfer', 'contact', 'email', 'emailed', 'complaint*'],
  money: ['pay', 'paid', 'paying', 'payment*', 'bill', 'bills', 'billing', 'invoice*', 'overdue', 'past', 'due', 'late', 'extension', 'afford', 'behind', 'missed', 'miss', 'declined', 'decline', 'bounced', 'bounce', 'autopay', 'refuse', 'refusing', 'friday', 'payday', 'paycheck', 'salary', 'installment*', 'instalment*', 'balance', 'owe', 'owed', 'owing', 'fee', 'fees', 'card', 'funds', 'money', 'broke', 'arrangement', 'plan', 'delay', 'week', 'month', 'until', 'cannot', "can't", 'cant', 'unable', 'wont', "won't", 'not', 'reminder', 'statement', 'amount', '$0', '£0', '€0', 'account'],
  before: ['last', 'previous', 'previously', 'old', 'former', 'formerly', 'before', 'other', 'others', 'every', 'all', 'same', 'companies', 'agencies', 'provider*', 'airlines', 'vendor*', 'developer*', 'designer*', 'contractor*', 'accountant*', 'switched', 'switch', 'left', 'unlike', 'worse', 'than', 'just', 'like', 'another', 'any', 'each', 'ever', 'used', 'were', 'was', 'too', 'also', 'as', 'bad', 'ones', 'them', 'they', 'those', 'these', 'competitor*', '@delta', '@united', '@americanair', '@southwestair', '@jetblue', '@virginamerica', '@usairways', '@spiritairlines', '@alaskaair', 'delta', 'united', 'southwest', 'jetblue', 'spirit', 'comcast', 'verizon', 'at&t', 'att'],
  expert: ['know', 'knows', 'knew', 'knowledge', 'clue', 'clueless', 'idea', 'trained', 'training', 'train', 'job', 'jobs', 'learn', 'competent', 'expert*', 'told', 'tell', 'telling', 'listen', 'listening', 'explain', 'understand', 'obviously', 'clearly', 'common', 'sense', 'qualified', 'professional*', 'basic', 'simple', 'slowly', 'read', 'doing', 'hired', 'paying', 'opinion*', 'instruction*', 'exactly', 'said', 'asked', 'what', 'how', 'better', 'more', 'than', 'whole', 'anyone', 'nobody', 'nothing'],
  again: ['again', 'still', 'third', 'second', 'fourth', 'fifth', '0th', '0rd', '0nd', '0st', 'times', 'time', 'keep', 'keeps', 'kept', 'already', 'another', 'every', 'multiple', 'several', 'numerous', 'repeated*', 'yet', 'same', 'follow', 'following', 'followed', 'update', 'updates', 'ago', 'weeks', 'days', 'months', 'since', 'twice', 'thrice', 'once', 'recurring', 'constantly', 'always', 'continues', 'continue', 'persist*', 'ongoing', 'nothing', 'response', 'reply', 'heard', 'waiting', 'any', 'usual', 'anymore', 'back', 'ever', 'never', 'previous'],
  thanks: ['thank*', 'thx', 'thanx', 'ty', 'appreciat*', 'great', 'awesome', 'love', 'loved', 'kudos', 'amazing', 'helpful', 'excellent', 'best', 'wonderful', 'fantastic', 'brilliant', 'grateful', 'cheers', 'pleasure', 'kind', 'kindly', 'lovely', 'perfect', 'superb', 'shoutout', 'props', 'bless', 'happy', 'glad', 'nice', 'good', 'impressed', 'stellar', 'outstanding', 'advance'],
  negation: ['not', 'never', 'no', "don't", 'dont', "won't", 'wont', "wouldn't", 'wouldnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't", "can't", 'cant', 'cannot', 'nor', 'without', 'neither', "haven't", "doesn't", 'doesnt'],
  ask: ['how', 'what', 'where', 'when', 'can', 'could', 'would', 'please', 'pls', 'plz', 'help', 'is', 'do', 'does', 'any', 'may', 'should', 'question', 'wondering'],
  sorry: ['sorry', 'apologies', 'apologise', 'apologize', 'oops', 'my', 'bad', 'mistake', 'accidentally'],
};

/** The family names in a fixed order; a family's index is its bit. */
export const CUE_NAMES = Object.keys(CUES);

/**
 * A lookup from a normalised word form to the bits of the families it belongs to.
 *
 * @param cues - the families
 * @returns the exact forms and the prefixes, each with their family bits
 * @example cueTable(CUES).exact.get('idiot') // => undefined (idiot* is a prefix)
 */
export function cueTable(cues: Readonly<Record<string, readonly string[]>>): { exact: Map<string, number>; prefixes: [string, number][] } {
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  Object.values(cues).forEach((words, i) => {
    for (const word of words) {
      if (word.endsWith('*') && word.length > 1 && !word.slice(0, -1).includes('*')) prefixes.push([word.slice(0, -1), 1 << i]);
      else exact.set(word, (exact.get(word) ?? 0) | (1 << i));
    }
  });
  return { exact, prefixes };
}

/**
 * The family bits of one word form.
 *
 * @param table - from `cueTable`
 * @param form - a normalised word
 * @returns the OR of the families it belongs to (0 for none)
 * @example cueBits(cueTable(CUES), 'idiots') // => the insult bit
 */
export function cueBits(table: ReturnType<typeof cueTable>, form: string): number {
  let bits = table.exact.get(form) ?? 0;
  for (const [prefix, bit] of table.prefixes) if (form.startsWith(prefix)) bits |= bit;
  return bits;
}

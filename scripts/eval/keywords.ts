// The floor every signal must clearly beat: a plain list of each signal's obvious words, matched
// as whole words (a trailing * matches any ending), case-insensitive. Written once and left alone:
// a list tuned on the evaluation would be no floor.
import type { SignalId } from '../../src/core/signals/types';

export const KEYWORDS: Record<SignalId, readonly string[]> = {
  complaint: ['bad', 'terrible', 'awful', 'worst', 'horrible', 'disappointed', 'unacceptable', 'problem', 'issue', 'broken', 'not working', "doesn't work", 'complain*', 'poor', 'rude', 'delay*', 'cancel*', 'lost', 'refund', 'still waiting'],
  'review-threat': ['review', 'yelp', 'trustpilot', 'tripadvisor', 'one star', '1 star', 'tell everyone', 'social media', 'the media', 'the press', 'the news'],
  'legal-threat': ['lawyer*', 'attorney*', 'sue', 'suing', 'lawsuit', 'court', 'legal action', 'chargeback', 'dispute', 'bbb', 'ftc', 'cfpb', 'attorney general'],
  'escalation-demand': ['manager', 'supervisor', 'corporate', 'ceo', 'escalate', 'executive*'],
  'late-payment': ['late payment', 'pay late', 'overdue', 'past due', "can't pay", 'cannot pay', 'extension', 'missed payment', "can't afford"],
  'past-vendor-blame': ['previous company', 'last company', 'other companies', 'every company', 'all companies', 'previous provider', 'other airlines', 'every airline', 'all airlines', 'just like'],
  abuse: ['idiot*', 'stupid', 'moron*', 'incompetent', 'useless', 'pathetic', 'clowns', 'liars', 'you suck', 'f*** you', 'fuck you'],
  profanity: ['fuck*', 'shit*', 'damn*', 'crap*', 'hell', 'wtf', 'bitch*', 'ass', 'asshole*', 'bullshit', 'f***', 'sh*t'],
  'expertise-disrespect': ['do your job', 'no idea', 'no clue', 'clueless', 'know nothing', 'who trained you', 'common sense', "don't tell me", 'i know more'],
  'repeat-issue': ['again', 'still', 'third time', 'second time', 'every time', 'keeps', 'already', 'any update', 'multiple times', 'yet again'],
  gratitude: ['thank*', 'thx', 'appreciate*', 'grateful', 'great job', 'awesome', 'kudos'],
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The keyword floor of one signal, as a regex over a text.
 *
 * @param signal - the signal
 * @returns a case-insensitive regex matching any of its keywords as whole words
 * @example keywordRegex('escalation-demand').test('Get me a MANAGER') // => true
 */
export function keywordRegex(signal: SignalId): RegExp {
  const alternatives = KEYWORDS[signal].map((k) => (k.endsWith('*') && !k.slice(0, -1).includes('*') ? `${escape(k.slice(0, -1))}\\w*` : escape(k)));
  return new RegExp(`(?<![\\w*])(?:${alternatives.join('|')})(?![\\w*])`, 'i');
}

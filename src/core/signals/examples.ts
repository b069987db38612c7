// Every signal's example table, by id: read by the tests and the docs, never by the app (which
// imports the registry in index.ts, not this file, so its bundle leaves the tables out).
import { examples as abuse } from './rules/abuse';
import { examples as complaint } from './rules/complaint';
import { examples as escalationDemand } from './rules/escalation-demand';
import { examples as expertiseDisrespect } from './rules/expertise-disrespect';
import { examples as gratitude } from './rules/gratitude';
import { examples as latePayment } from './rules/late-payment';
import { examples as legalThreat } from './rules/legal-threat';
import { examples as pastVendorBlame } from './rules/past-vendor-blame';
import { examples as profanity } from './rules/profanity';
import { examples as repeatIssue } from './rules/repeat-issue';
import { examples as reviewThreat } from './rules/review-threat';
import type { SignalExamples, SignalId } from './types';

/** The example table of each signal, from its own module. */
export const signalExamples: Readonly<Record<SignalId, SignalExamples>> = {
  complaint,
  'review-threat': reviewThreat,
  'legal-threat': legalThreat,
  'escalation-demand': escalationDemand,
  'late-payment': latePayment,
  'past-vendor-blame': pastVendorBlame,
  abuse,
  profanity,
  'expertise-disrespect': expertiseDisrespect,
  'repeat-issue': repeatIssue,
  gratitude,
};

// Times classification over the real customer text in ../shared/data, with the learned detectors
// and with the patterns alone, beside a pass that only lowercases and tokenises the same messages
// (this machine's speed in the same run).
import { classify, PATTERNS_ONLY, type Detector } from '../../src/core/signals/index';
import { benchModel } from './model';
import { airlineTweets, cfpbNarratives, complaintTweets, rsics, supportTurns } from '../eval/data';
import { baseline } from './baseline';
import { median, type BenchReport, type BenchSection } from './report';

function classifyAll(texts: string[], detector: Detector): number {
  let hits = 0;
  for (const text of texts) hits += classify(text, detector).length;
  return hits;
}

function time(run: () => number, repeats: number): number {
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

const section: BenchSection = async (report: BenchReport) => {
  const learned: Detector = { model: benchModel(), level: 'balanced' };
  const texts = [...complaintTweets(), ...rsics(), ...cfpbNarratives(), ...airlineTweets(), ...supportTurns()].map((r) => r.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  // Warm up every path so the JIT has compiled them before timing.
  baseline(texts.slice(0, 5000));
  classifyAll(texts.slice(0, 5000), learned);
  classifyAll(texts.slice(0, 5000), PATTERNS_ONLY);
  // The passes alternate, round by round: on a shared machine the load drifts, and the passes of
  // one round see about the same load.
  const baseRuns: number[] = [];
  const learnedRuns: number[] = [];
  const patternRuns: number[] = [];
  for (let round = 0; round < 5; round++) {
    baseRuns.push(time(() => baseline(texts), 1));
    learnedRuns.push(time(() => classifyAll(texts, learned), 1));
    patternRuns.push(time(() => classifyAll(texts, PATTERNS_ONLY), 1));
  }
  const baseMs = median(baseRuns);
  const learnedMs = median(learnedRuns);
  // 10,000 messages of the support threads: the shape of Zendesk comments.
  const tenThousand = supportTurns().slice(0, 10_000).map((r) => r.text);
  const tenMs = time(() => classifyAll(tenThousand, learned), 5);

  report.figure('messages', texts.length, 'messages');
  report.figure('text', bytes / 1e6, 'MB');
  report.figure('classify with the learned detectors', texts.length / (learnedMs / 1000), 'messages/s');
  report.figure('classify with the patterns alone', texts.length / (median(patternRuns) / 1000), 'messages/s');
  report.figure('baseline (lowercase + tokenise)', bytes / 1e6 / (baseMs / 1000), 'MB/s');
  report.figure('learned / baseline (median of 5 alternating rounds)', learnedMs / baseMs, 'x');
  report.figure('learned / patterns alone', learnedMs / median(patternRuns), 'x');
  report.bound('10,000 real messages classify in under 1 s on one core, learned detectors included', tenMs < 1000, `${tenMs.toFixed(0)} ms`);
};

export default section;

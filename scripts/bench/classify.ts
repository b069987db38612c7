// Times classification over the real customer text in ../shared/data against a baseline pass
// that only lowercases and tokenises the same messages, in the same run.
import { classify } from '../../src/core/signals/index';
import { airlineTweets, cfpbNarratives, complaintTweets, rsics, supportTurns } from '../eval/data';
import { baseline } from './baseline';
import { median, type BenchReport, type BenchSection } from './report';

function classifyAll(texts: string[]): number {
  let hits = 0;
  for (const text of texts) hits += classify(text).length;
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
  const texts = [...complaintTweets(), ...rsics(), ...cfpbNarratives(), ...airlineTweets(), ...supportTurns()].map((r) => r.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  // Warm up both paths so the JIT has compiled them before timing.
  baseline(texts.slice(0, 5000));
  classifyAll(texts.slice(0, 5000));
  // The two passes alternate, round by round, and the ratio is the median of the rounds' ratios:
  // on a shared machine the load drifts, and both passes of one round see about the same load.
  const baseRuns: number[] = [];
  const classifyRuns: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < 7; round++) {
    const b = time(() => baseline(texts), 1);
    const c = time(() => classifyAll(texts), 1);
    baseRuns.push(b);
    classifyRuns.push(c);
    ratios.push(c / b);
  }
  const baseMs = median(baseRuns);
  const classifyMs = median(classifyRuns);
  // 10,000 messages of the support threads: the shape of Zendesk comments.
  const tenThousand = supportTurns().slice(0, 10_000).map((r) => r.text);
  const tenMs = time(() => classifyAll(tenThousand), 5);

  report.figure('messages', texts.length, 'messages');
  report.figure('text', bytes / 1e6, 'MB');
  report.figure('classify', texts.length / (classifyMs / 1000), 'messages/s');
  report.figure('classify', bytes / 1e6 / (classifyMs / 1000), 'MB/s');
  report.figure('baseline (lowercase + tokenise)', bytes / 1e6 / (baseMs / 1000), 'MB/s');
  const ratio = median(ratios);
  report.figure('classify / baseline (median of 7 alternating rounds)', ratio, 'x');
  report.bound('classification within 5x of lowercase + tokenise', ratio <= 5, `${ratio.toFixed(2)}x`);
  report.bound('10,000 messages classify in under 1 s on one core', tenMs < 1000, `${tenMs.toFixed(0)} ms`);
};

export default section;

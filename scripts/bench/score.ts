// Times rate() over a 1,500-ticket, 20,000-comment history built from the demo account's heaviest
// requester, and a classification-only pass over the same customer messages for comparison.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchReport, BenchSection } from './report';
import type { ScoringFigures } from './score-run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUN = fileURLToPath(new URL('score-run.ts', import.meta.url));

/**
 * Runs the measurement in a Node process of its own with V8's helper threads off. In this process
 * the collector and the compiler also work on other threads, on the other core: their time counted
 * in this process's CPU time, which was then not one core's, and it depended on what the earlier
 * sections had left on the heap. The child may collect garbage between timed ratings (`gc`).
 */
function runScoring(): ScoringFigures {
  const child = spawnSync(process.execPath, ['--expose-gc', '--single-threaded', '--import', 'tsx', RUN], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the scoring run failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as ScoringFigures;
}

const section: BenchSection = async (report: BenchReport) => {
  const f = runScoring();
  report.figure('tickets', f.tickets, 'tickets');
  report.figure('comments', f.comments, 'comments');
  report.figure("customer's public comments classified", f.classified, 'comments');
  report.figure('rate, CPU time on one core (median of 9)', f.rate, 'ms');
  report.figure('rate, wall time (median of 9)', f.rateWall, 'ms');
  report.figure('classification alone, CPU time', f.classification, 'ms');
  report.figure('rating beyond classification, CPU time', f.rate - f.classification, 'ms');
  report.figure('re-rating a later snapshot of the same history (slowest of 9), CPU time', f.rerate, 'ms');
  // This machine's speed for the run: the classification bench's tokenising pass over the same
  // messages, so that a slower figure can be told from a slower machine. The bound on rating is in
  // the loading section: the sidebar never reads every thread of this history.
  report.figure('baseline tokenising pass over the same comments, CPU time', f.baseline, 'ms');
  report.figure('rate / baseline', f.rate / f.baseline, 'x');
  if (!f.singleThreaded) throw new Error('the scoring run did not get --single-threaded');
  report.keep('rate of the 1,500-ticket history', f.rate);
};

export default section;

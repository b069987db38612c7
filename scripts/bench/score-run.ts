// The scoring measurement, run by the scoring section in a Node process of its own with V8's
// helper threads off: all of its work, collection and compilation included, is then done on one
// core, and the process's CPU time is that core's time. Prints its figures as JSON.
import { createReader, rate } from '../../src/core/rating';
import { commentText } from '../../src/core/rating/words';
import { classify } from '../../src/core/signals';
import { baseline } from './baseline';
import { benchModel } from './model';
import { median } from './report';
import { benchHistory, benchSettings, COMMENTS, NOW } from './score-history';

/** What one scoring run measured, in milliseconds of CPU time unless named otherwise. */
export interface ScoringFigures {
  tickets: number;
  comments: number;
  classified: number;
  /** Whether the process ran with V8's helper threads off. */
  singleThreaded: boolean;
  rate: number;
  rateWall: number;
  classification: number;
  /** The tokenising pass of the classification bench over the same messages. */
  baseline: number;
  rerate: number;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * A full collection before each timed rating, when the process allows it: the comparison passes
 * between ratings leave garbage, and collecting it is not the rating's work.
 */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function measure(): ScoringFigures {
  const history = benchHistory();
  const settings = benchSettings();
  const model = benchModel();
  const detector = { model, level: 'balanced' } as const;
  const own = Object.values(history.comments)
    .flat()
    .filter((c) => c.author_id === history.user.id && c.public)
    .map(commentText);

  // Warm up so the JIT has compiled every path before timing. Each run gets a fresh copy of the
  // history: rate() remembers the comments it has read, and the bound is for a history never seen.
  for (let i = 0; i < 3; i++) {
    rate(structuredClone(history), settings, NOW, createReader(model));
    baseline(own);
  }
  const rateCpu: number[] = [];
  const rateWall: number[] = [];
  const classifyCpu: number[] = [];
  const baselineCpu: number[] = [];
  let rerate = 0;
  for (let i = 0; i < 9; i++) {
    const fresh = structuredClone(history);
    collect();
    let cpu = process.cpuUsage();
    const start = performance.now();
    const reader = createReader(model);
    const rating = rate(fresh, settings, NOW, reader);
    rateWall.push(performance.now() - start);
    rateCpu.push(cpuSince(cpu));
    if (rating.stats.commentsRead !== COMMENTS) throw new Error(`the bench history has ${rating.stats.commentsRead} comments`);
    cpu = process.cpuUsage();
    for (const text of own) classify(text, detector);
    classifyCpu.push(cpuSince(cpu));
    cpu = process.cpuUsage();
    baseline(own);
    baselineCpu.push(cpuSince(cpu));
    // The sidebar's next snapshot of the same history: its comments are already read.
    cpu = process.cpuUsage();
    rate(fresh, settings, NOW, reader);
    rerate = Math.max(rerate, cpuSince(cpu));
  }
  return {
    tickets: history.tickets.length,
    comments: COMMENTS,
    classified: own.length,
    singleThreaded: process.execArgv.includes('--single-threaded'),
    rate: median(rateCpu),
    rateWall: median(rateWall),
    classification: median(classifyCpu),
    baseline: median(baselineCpu),
    rerate,
  };
}

process.stdout.write(JSON.stringify(measure()));

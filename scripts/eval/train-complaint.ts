// Trains the complaint model on all the complaint tweets and writes the shipped weights.
// Deterministic: the folds, the shuffles and the hyper-parameter choice all derive from SEED.
// Usage: tsx scripts/eval/train-complaint.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUCKETS } from '../../src/core/signals/complaint/features';
import { chooseOptions, SEED } from './complaint-cv';
import { toExamples } from './complaint-data';
import { complaintTweets } from './data';
import { train } from './logistic';
import { quantize } from './quantize';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/core/signals/model/complaint.json');

const examples = toExamples(complaintTweets());
const options = chooseOptions(examples, 5, SEED);
const model = train(examples, { ...options, buckets: BUCKETS, seed: SEED });
const json = JSON.stringify({
  about: 'Logistic regression over hashed word and character n-grams, trained on the complaint tweets of Preotiuc-Pietro et al. (ACL 2019) by scripts/eval/train-complaint.ts.',
  options,
  buckets: BUCKETS,
  bias: Math.round(model.bias * 1000) / 1000,
  ...quantize(Float32Array.from(model.weights)),
});
writeFileSync(out, json + '\n');
console.log(`trained on ${examples.length} tweets with ${JSON.stringify(options)}; wrote ${path.relative(process.cwd(), out)} (${(json.length / 1024).toFixed(0)} kB)`);

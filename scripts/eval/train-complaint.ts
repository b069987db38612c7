// Trains the complaint pattern's model on the complaint tweets, less those held out for evaluation
// (see scripts/train/labels.ts), and writes the shipped weights. Deterministic: the folds, the
// shuffles and the hyper-parameter choice all derive from SEED. Part of `npm run train`.
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
import { heldOutIds, readLabelledSet } from '../train/labels';
import { requireData, sha12 } from '../train/sources';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/core/signals/model/complaint.json');

requireData('npm run train');
const labelled = readLabelledSet();
const held = heldOutIds(labelled);
const heldText = new Set(labelled.filter((r) => held.has(`${r.dataset}:${r.key}`)).map((r) => r.sha));
const tweets = complaintTweets().filter((t) => !held.has(t.id.replace(/^tweets:/, 'complaints-tweets:')) && !heldText.has(sha12(t.text)));
const examples = toExamples(tweets);
const options = chooseOptions(examples, 5, SEED);
const model = train(examples, { ...options, buckets: BUCKETS, seed: SEED });
const json = JSON.stringify({
  about: 'Logistic regression over hashed word and character n-grams, trained on the complaint tweets of Preotiuc-Pietro et al. (ACL 2019), less the rows held out for evaluation, by scripts/eval/train-complaint.ts.',
  options,
  buckets: BUCKETS,
  bias: Math.round(model.bias * 1000) / 1000,
  ...quantize(Float32Array.from(model.weights)),
});
writeFileSync(out, json + '\n');
console.log(`trained on ${examples.length} tweets with ${JSON.stringify(options)}; wrote ${path.relative(process.cwd(), out)} (${(json.length / 1024).toFixed(0)} kB)`);

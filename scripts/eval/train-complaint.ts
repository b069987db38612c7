// Trains the complaint pattern's model on every training message with a complaint label: the
// complaint tweets, the training half of the labelled set, the project's labelled rows and the
// written messages, less anything held out for evaluation (see scripts/train/corpus.ts), and writes
// the shipped weights. Support messages teach it what the tweets cannot: that a polite request or an
// apology ("locked myself out again, sorry!") is not a complaint. Deterministic: the folds, the
// shuffles and the hyper-parameter choice all derive from SEED. Part of `npm run train`.
// Usage: tsx scripts/eval/train-complaint.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUCKETS } from '../../src/core/signals/complaint/features';
import { chooseOptions, SEED } from './complaint-cv';
import { toExamples } from './complaint-data';
import { train } from './logistic';
import { quantize } from './quantize';
import { readCorpus } from '../train/corpus';
import { requireData } from '../train/sources';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/core/signals/model/complaint.json');

requireData('npm run train');
const corpus = readCorpus();
const rows = corpus.train.flatMap((m) => (m.labels.complaint === null ? [] : [{ id: m.id, text: m.text, label: m.labels.complaint }]));
const examples = toExamples(rows);
const options = chooseOptions(examples, 5, SEED);
const model = train(examples, { ...options, buckets: BUCKETS, seed: SEED });
const json = JSON.stringify({
  about: 'Logistic regression over hashed word and character n-grams, trained on the complaint tweets of Preotiuc-Pietro et al. (ACL 2019) and the training messages of the other signals, less the rows held out for evaluation, by scripts/eval/train-complaint.ts.',
  options,
  buckets: BUCKETS,
  bias: Math.round(model.bias * 1000) / 1000,
  ...quantize(Float32Array.from(model.weights)),
});
writeFileSync(out, json + '\n');
console.log(`trained on ${examples.length} messages with ${JSON.stringify(options)}; wrote ${path.relative(process.cwd(), out)} (${(json.length / 1024).toFixed(0)} kB)`);

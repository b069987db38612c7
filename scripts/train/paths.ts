import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The learned detectors' weights: written by `npm run train`, read by the CLI, the tests and the build. */
export const MODEL_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../model/signals.json');

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../core/signals';
import { decodeModel } from '../core/signals/learned/load';

/** The learned detectors for the command line, or why they are missing (the patterns then read alone). */
export interface ModelLoad {
  model: LearnedModel | null;
  problem: string | null;
}

/**
 * The weights file in the package: model/signals.json at its root, one folder up from the built
 * command (dist-cli/) and two from its source (src/cli/).
 */
export const MODEL_FILE = [new URL('../model/signals.json', import.meta.url), new URL('../../model/signals.json', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((path) => existsSync(path)) ?? fileURLToPath(new URL('../model/signals.json', import.meta.url));

/**
 * Reads and decodes the weights file. Never throws: a missing or corrupt file is a `problem`.
 *
 * @param path - the file (the package's by default)
 * @returns the model, or null with the reason
 * @example await readModel('/nowhere.json') // => { model: null, problem: 'cannot read /nowhere.json: ENOENT…' }
 */
export async function readModel(path: string = MODEL_FILE): Promise<ModelLoad> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { model: null, problem: `cannot read ${path}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { model: null, problem: `${path} is not JSON` };
  }
  const model = decodeModel(json);
  return 'error' in model ? { model: null, problem: `${path}: ${model.error}` } : { model, problem: null };
}

/** The line a command prints on stderr when the weights are missing. */
export function incompleteWarning(command: string, problem: string): string {
  return `customer-fit ${command}: detection is incomplete, only the patterns read the text (${problem}).\n`;
}

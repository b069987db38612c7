import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/** A fixed timestamp for every entry, so the same files always make the same zip. */
const ENTRY_TIME = new Date('2020-01-01T00:00:00Z');
/** Already-compressed formats are stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|woff2?)$/i;

/**
 * Zips the package's files with their paths as given (the manifest at the zip root), in sorted order
 * and with a fixed timestamp, so rebuilding unchanged sources gives a byte-identical zip.
 */
export function zipPackage(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].toSorted()) {
    entries[path] = [files.get(path)!, { level: STORED.test(path) ? 0 : 9, mtime: ENTRY_TIME }];
  }
  return zipSync(entries);
}

import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * An app package in memory: its files by path relative to the package root (with `/` separators)
 * and the paths that were symbolic links. The same shape whether it was read from a directory
 * (`dist/`) or from the zip handed to Zendesk, so every check runs on what would be uploaded.
 */
export interface AppPackage {
  files: ReadonlyMap<string, Uint8Array>;
  /** Paths that were symbolic links on disk (zips carry none here: fflate stores their target as a file). */
  symlinks: readonly string[];
}

/**
 * Files that a local run leaves in `dist/` but that are never part of the package:
 * `zcli apps:server`'s settings (it reads them from the app folder, and they may hold secret values),
 * the `.zcliignore` that keeps those out of a zip zcli makes, the zips `npm run package` writes,
 * and zcli's `tmp/` folder, which Zendesk's own package reader
 * skips too (`Package#files` in github.com/zendesk/zendesk_apps_support).
 */
export function isLocalOnly(path: string): boolean {
  return (
    path === 'zcli.apps.config.json' ||
    path === '.zcliignore' ||
    /^customer-fit-[^/]*\.zip$/.test(path) ||
    path.startsWith('tmp/')
  );
}

/** Reads every file under `dir`, hidden ones too, so the checks can reject them. */
export function readPackageDir(dir: string): AppPackage {
  const files = new Map<string, Uint8Array>();
  const symlinks: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      const path = relative(dir, full).split(sep).join('/');
      if (lstatSync(full).isSymbolicLink()) {
        // Recorded for the check to reject, but never followed into: a link to a parent would loop.
        symlinks.push(path);
        if (existsSync(full) && statSync(full).isFile()) files.set(path, readFileSync(full));
      } else if (entry.isDirectory()) walk(full);
      else files.set(path, readFileSync(full));
    }
  };
  walk(dir);
  return { files, symlinks };
}

/** Reads the files of a zip; directory entries (names ending in `/`) carry no content and are dropped. */
export function readPackageZip(zip: Uint8Array): AppPackage {
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (!name.endsWith('/')) files.set(name, data);
  }
  return { files, symlinks: [] };
}

/** Reads a package from a directory or a `.zip` file, whichever `path` is. */
export function readPackage(path: string): AppPackage {
  return statSync(path).isDirectory() ? readPackageDir(path) : readPackageZip(readFileSync(path));
}

/** The package's files without the local-only ones: what `npm run package` zips. */
export function shippedFiles(files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...files].filter(([path]) => !isLocalOnly(path)));
}

/** Decodes a file as UTF-8 text, or undefined when the package has no such file. */
export function textOf(files: ReadonlyMap<string, Uint8Array>, path: string): string | undefined {
  const data = files.get(path);
  return data === undefined ? undefined : new TextDecoder().decode(data);
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * An app package in memory: its files by path relative to the package root, with `/` separators.
 * The same shape whether it was read from a directory (`dist/`) or from the zip handed to Zendesk,
 * so every check runs on exactly what would be uploaded.
 */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

/**
 * Files that a local run leaves in `dist/` but that are never part of the package:
 * `zcli apps:server`'s settings (it reads them from the app folder, and they may hold secret values),
 * the zips `npm run package` writes, and zcli's own `tmp/` folder where `apps:package` puts its zip.
 */
export function isLocalOnly(path: string): boolean {
  return path === 'zcli.apps.config.json' || /^customer-fit-[^/]*\.zip$/.test(path) || path.startsWith('tmp/');
}

/** Reads every file under `dir` (hidden ones too, so the checks can reject them). */
export function readPackageDir(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || statSync(full).isFile()) {
        files.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
      }
    }
  };
  walk(dir);
  return files;
}

/** Reads the files of a zip; directory entries (names ending in `/`) carry no content and are dropped. */
export function readPackageZip(zip: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (!name.endsWith('/')) files.set(name, data);
  }
  return files;
}

/** Reads a package from a directory or a `.zip` file, whichever `path` is. */
export function readPackage(path: string): Map<string, Uint8Array> {
  return statSync(path).isDirectory() ? readPackageDir(path) : readPackageZip(readFileSync(path));
}

/** The package's files without the local-only ones (what `npm run package` zips). */
export function shippedFiles(files: PackageFiles): Map<string, Uint8Array> {
  return new Map([...files].filter(([path]) => !isLocalOnly(path)));
}

/** Decodes a file as UTF-8 text, or undefined when the package has no such file. */
export function textOf(files: PackageFiles, path: string): string | undefined {
  const data = files.get(path);
  return data === undefined ? undefined : new TextDecoder().decode(data);
}

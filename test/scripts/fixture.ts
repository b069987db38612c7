import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach } from 'vitest';
import { readPackage } from '../../scripts/package/package-files';
import type { Problem } from '../../scripts/package/problem';
import { validatePackage } from '../../scripts/package/validate-package';

/** An opaque PNG of the given size; colour type 6 (RGBA) unless `rgb` asks for plain RGB. */
export function png(width: number, height: number, rgb = false): Uint8Array {
  const image = new PNG({ width, height, colorType: rgb ? 2 : 6, inputHasAlpha: true });
  image.data.fill(200);
  for (let alpha = 3; alpha < image.data.length; alpha += 4) image.data[alpha] = 255;
  return PNG.sync.write(image, { colorType: rgb ? 2 : 6 });
}

const text = (value: string) => new TextEncoder().encode(value);
/** Encodes a value as a JSON file. */
export const json = (value: unknown) => text(JSON.stringify(value, null, 2));

/** A manifest that passes every check; tests change one thing at a time. */
export function validManifest(): Record<string, unknown> {
  return {
    name: 'Customer Fit',
    author: { name: 'Customer Fit', email: 'support@customer-fit.example', url: 'https://github.com/customer-fit/customer-fit' },
    defaultLocale: 'en',
    private: true,
    location: {
      support: {
        ticket_sidebar: { url: 'assets/iframe.html', flexible: true },
        nav_bar: { url: 'assets/iframe.html' },
      },
    },
    parameters: [{ name: 'hourly_cost', type: 'number', default: 15 }],
    version: '1.2.3',
    frameworkVersion: '2.0',
  };
}

/** The files of a package that passes every check. */
export function validFiles(manifest: Record<string, unknown> = validManifest()): Map<string, Uint8Array> {
  return new Map<string, Uint8Array>([
    ['manifest.json', json(manifest)],
    ['translations/en.json', json({ app: { name: 'Customer Fit', parameters: { hourly_cost: { label: 'Hourly cost' } } } })],
    ['translations/de.json', json({ app: { name: 'Customer Fit', parameters: { hourly_cost: { label: 'Stundenkosten' } } } })],
    [
      'assets/iframe.html',
      text(`<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'"><script type="module" crossorigin src="./iframe-abc.js"></script>`),
    ],
    ['assets/iframe-abc.js', text('console.log("sidebar");')],
    ['assets/logo.png', png(320, 320)],
    ['assets/logo-small.png', png(128, 128)],
    ['assets/icon_nav_bar.svg', text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><circle cx="9" cy="9" r="5"/></svg>')],
  ]);
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes the files into a fresh temporary folder (removed after the test) and returns its path. */
export function writePackageDir(files: ReadonlyMap<string, Uint8Array>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'customer-fit-pkg-'));
  dirs.push(dir);
  for (const [path, data] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}

/** Writes the package to disk, reads it back as the check does, and returns what the check finds. */
export function check(files: ReadonlyMap<string, Uint8Array>, links?: Record<string, string>): Problem[] {
  return validatePackage(readPackage(writePackageDir(files, links)));
}

/** The problems of one severity as `file › field: message` lines, easy to match in assertions. */
export function lines(problems: Problem[], severity: Problem['severity'] = 'error'): string[] {
  return problems
    .filter((p) => p.severity === severity)
    .map((p) => `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
}

/** A copy of `files` with one file's JSON changed by `edit`. */
export function editJson(files: Map<string, Uint8Array>, path: string, edit: (value: Record<string, unknown>) => void): Map<string, Uint8Array> {
  const value = JSON.parse(new TextDecoder().decode(files.get(path))) as Record<string, unknown>;
  edit(value);
  return new Map(files).set(path, json(value));
}

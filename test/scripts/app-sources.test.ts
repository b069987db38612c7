/**
 * The app's own package sources, as an admin installing it would meet them: the manifest, the
 * translations and the logos in the repository.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LOGOS, drawLogo } from '../../scripts/draw-logos';
import { readPngHeader } from '../../scripts/package/png';
import { ROOT } from '../../scripts/package/paths';
import { validatePackage } from '../../scripts/package/validate-package';

interface Manifest {
  name: string;
  version: string;
  frameworkVersion: string;
  defaultLocale: string;
  private: boolean;
  location: unknown;
}
interface Translations {
  app: Record<string, unknown>;
}
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
const manifest = readJson<Manifest>('manifest.json');

describe('manifest.json', () => {
  it('carries the version of package.json, so the installed app says which release it is', () => {
    expect(manifest.version).toBe(readJson<{ version: string }>('package.json').version);
  });

  it('shows the app in the ticket sidebar, the user sidebar and the nav bar from the bundled page', () => {
    expect(manifest.name).toBe('Customer Fit');
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.private).toBe(true);
    expect(manifest.location).toEqual({
      support: {
        ticket_sidebar: { url: 'assets/iframe.html', flexible: true },
        user_sidebar: { url: 'assets/iframe.html', flexible: true },
        nav_bar: { url: 'assets/iframe.html' },
      },
    });
  });
});

describe('translations', () => {
  const locales = readdirSync(join(ROOT, 'translations')).filter((f) => f.endsWith('.json'));

  it('offer English and German with the same listing strings, each filled in', () => {
    expect(locales.toSorted()).toEqual(['de.json', 'en.json']);
    for (const file of locales) {
      const app = readJson<Translations>(`translations/${file}`).app;
      expect(app.name, file).toBe('Customer Fit');
      for (const key of ['short_description', 'long_description', 'installation_instructions']) {
        const value = app[key];
        expect(typeof value === 'string' && value.length > 40 ? 'filled in' : `${file} app.${key}`).toBe('filled in');
      }
    }
  });

  it('tell the admin that nothing leaves Zendesk', () => {
    expect(readJson<Translations>('translations/en.json').app.long_description).toMatch(/nothing leaves your Zendesk account/);
    expect(readJson<Translations>('translations/de.json').app.long_description).toMatch(/nichts verlässt Ihr Zendesk-Konto/);
  });
});

describe('logos', () => {
  it('are the PNGs the drawing script makes, at the sizes Zendesk wants', () => {
    for (const { file, size, rounded } of LOGOS) {
      const committed = readFileSync(join(ROOT, 'assets', file));
      expect(readPngHeader(committed)).toMatchObject({ width: size, height: size, colorType: 6 });
      // Compare pixels, not bytes: zlib versions may compress the same image differently.
      expect(Buffer.from(PNG.sync.read(committed).data).equals(Buffer.from(drawLogo(size, rounded).data)), file).toBe(true);
    }
  });
});

describe('the package made from these sources', () => {
  it('passes the package check, with a stand-in for the built page', () => {
    const files = new Map<string, Uint8Array>([
      ['manifest.json', readFileSync(join(ROOT, 'manifest.json'))],
      // The page as Vite writes it: the source page, its policy included, with the script built.
      ['assets/iframe.html', new TextEncoder().encode(readFileSync(join(ROOT, 'src/ui/iframe.html'), 'utf8').replace('./main.tsx', './iframe.js'))],
      ['assets/iframe.js', new TextEncoder().encode('export {};')],
    ]);
    for (const dir of ['translations', 'assets']) {
      for (const name of readdirSync(join(ROOT, dir))) files.set(`${dir}/${name}`, readFileSync(join(ROOT, dir, name)));
    }
    expect(validatePackage({ files, symlinks: [] }).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemblePackage } from '../../scripts/package/assemble-package';
import { readPackageDir, shippedFiles } from '../../scripts/package/package-files';
import { validatePackage } from '../../scripts/package/validate-package';
import { validFiles, writePackageDir } from './fixture';

/** A repository (manifest, translations, assets) and a dist/ holding only what the page build wrote. */
function sources() {
  const files = validFiles();
  const root = writePackageDir(new Map([...files].filter(([path]) => !path.startsWith('assets/iframe'))));
  writeFileSync(join(root, 'assets', '.DS_Store'), 'junk');
  const dist = writePackageDir(new Map([...files].filter(([path]) => path.startsWith('assets/iframe'))));
  return { root, dist };
}

describe('assemblePackage', () => {
  it('makes dist/ a complete package that passes the check', () => {
    const { root, dist } = sources();
    assemblePackage(root, dist);
    const pkg = readPackageDir(dist);
    const shipped = shippedFiles(pkg.files);
    expect([...shipped.keys()].toSorted()).toEqual([...validFiles().keys()].toSorted());
    expect(validatePackage({ ...pkg, files: shipped })).toEqual([]);
  });

  it('ships requirements.json, which creates the app\'s user fields on install', () => {
    const { root, dist } = sources();
    writeFileSync(join(root, 'requirements.json'), '{"user_fields":{}}');
    assemblePackage(root, dist);
    expect(readFileSync(join(dist, 'requirements.json'), 'utf8')).toBe('{"user_fields":{}}');
  });

  it('writes a .zcliignore so that zcli apps:package never zips local settings', () => {
    const { root, dist } = sources();
    assemblePackage(root, dist);
    expect(readFileSync(join(dist, '.zcliignore'), 'utf8').split('\n')).toEqual(['zcli.apps.config.json', 'customer-fit-*.zip', '']);
  });

  it('removes what an earlier run left, such as a dropped locale or an old zip', () => {
    const { root, dist } = sources();
    mkdirSync(join(dist, 'translations'));
    writeFileSync(join(dist, 'translations', 'fr.json'), '{}');
    writeFileSync(join(dist, 'customer-fit-0.0.1.zip'), 'PK');
    assemblePackage(root, dist);
    expect(existsSync(join(dist, 'translations', 'fr.json'))).toBe(false);
    expect(existsSync(join(dist, 'customer-fit-0.0.1.zip'))).toBe(false);
  });

  it('can run again over the same build', () => {
    const { root, dist } = sources();
    assemblePackage(root, dist);
    assemblePackage(root, dist);
    expect(readFileSync(join(dist, 'assets', 'logo.png'))).toEqual(readFileSync(join(root, 'assets', 'logo.png')));
  });

  it('refuses to overwrite a different file the page build wrote, and a missing page', () => {
    const { root, dist } = sources();
    writeFileSync(join(root, 'assets', 'iframe.html'), '<p>hand-written</p>');
    expect(() => assemblePackage(root, dist)).toThrow('assets/iframe.html clashes with dist/assets/iframe.html');
    expect(() => assemblePackage(root, writePackageDir(new Map()))).toThrow('dist/assets/iframe.html is missing');
  });
});

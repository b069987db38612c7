/** The commands as a developer runs them: `npm run validate` and `npm run package` on a package folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackageZip } from '../../scripts/package/package-files';
import { ROOT } from '../../scripts/package/paths';
import { zipPackage } from '../../scripts/package/zip';
import { editJson, json, validFiles, writePackageDir } from './fixture';

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
};

describe('npm run validate', () => {
  it('says a good package has no problems and exits 0', () => {
    const dir = writePackageDir(validFiles());
    const { code, out } = run('validate.ts', dir);
    expect(out).toMatch(/no problems in 8 files\./);
    expect(code).toBe(0);
  });

  it('lists each error with file and field, and exits non-zero', () => {
    const files = editJson(validFiles(), 'manifest.json', (m) => {
      (m.author as Record<string, unknown>).url = 'not a url';
      m.parameters = [{ name: 'token', type: 'password' }];
    });
    const { code, out } = run('validate.ts', writePackageDir(files));
    expect(out).toContain('error   manifest.json › author.url: "not a url" is not a valid http(s) url.');
    expect(out).toContain('error   manifest.json › parameters[name="token"].type: "password" is no longer a setting type');
    expect(out).toContain(`see https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/`);
    expect(out).toContain('error   translations/en.json › app.parameters.token.label: is missing');
    expect(out).toMatch(/: 3 errors, 3 warnings in 8 files\./);
    expect(code).toBe(1);
  });

  it('checks a zip as it is: the zip npm run package wrote passes, one with local settings fails', () => {
    expect(run('validate.ts', join(packaged(validFiles()), 'customer-fit-1.2.3.zip')).code).toBe(0);
    const dir = writePackageDir(new Map());
    writeFileSync(join(dir, 'hand-made.zip'), zipPackage(validFiles().set('zcli.apps.config.json', json({}))));
    const { code, out } = run('validate.ts', join(dir, 'hand-made.zip'));
    expect(out).toContain('error   zcli.apps.config.json: holds local zcli settings');
    expect(code).toBe(1);
  });

  it('leaves local zcli settings out when checking a folder', () => {
    const dir = writePackageDir(validFiles().set('zcli.apps.config.json', json({ parameters: {} })));
    expect(run('validate.ts', dir).code).toBe(0);
  });

  it('says what to do when there is nothing to check', () => {
    const { code, out } = run('validate.ts', join(writePackageDir(new Map()), 'dist'));
    expect(out).toMatch(/does not exist: run `npm run build`/);
    expect(code).toBe(2);
  });
});

/** Runs package.ts on a folder with these files and returns the folder. */
function packaged(files: Map<string, Uint8Array>): string {
  const dir = writePackageDir(files);
  const { code, out } = run('package.ts', dir);
  expect(code, out).toBe(0);
  return dir;
}

describe('npm run package', () => {
  it('zips the package as customer-fit-<version>.zip with the manifest at the root and no local files', () => {
    const dir = packaged(validFiles().set('zcli.apps.config.json', json({ parameters: { token: 'secret' } })));
    const zip = readPackageZip(readFileSync(join(dir, 'customer-fit-1.2.3.zip'))).files;
    expect([...zip.keys()].toSorted()).toEqual([...validFiles().keys()].toSorted());
  });

  it('refuses to zip a package the check rejects', () => {
    const files = validFiles();
    files.delete('assets/logo.png');
    const dir = writePackageDir(files);
    const { code, out } = run('package.ts', dir);
    expect(out).toContain('error   assets/logo.png: is missing');
    expect(out).toContain('Not packaged');
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'customer-fit-1.2.3.zip'))).toBe(false);
  });
});

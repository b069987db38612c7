import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../scripts/package/package-files';
import { validatePackage } from '../../../scripts/package/validate-package';
import { zipPackage } from '../../../scripts/package/zip';
import { check, validFiles, writePackageDir } from '../fixture';

describe('a well-formed package', () => {
  it('passes the check with no problem at all, read from a folder', () => {
    expect(check(validFiles())).toEqual([]);
  });

  it('passes the check read back from its zip', () => {
    const dir = writePackageDir(new Map());
    const zip = join(dir, 'app.zip');
    writeFileSync(zip, zipPackage(validFiles()));
    expect(validatePackage(readPackage(zip))).toEqual([]);
  });
});

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check, lines, validFiles } from '../fixture';

describe('package size', () => {
  it('must zip within the 2 MB a private app may have', () => {
    // Random bytes do not compress, so the zip is as large as they are.
    const files = validFiles().set('assets/vendor.js', randomBytes(2.1 * 1024 * 1024));
    expect(lines(check(files))[0]).toMatch(/^\(package\): zips to 2\.1\d MB; Zendesk accepts at most 2\.00 MB for a private app\.$/);
    expect(check(validFiles().set('assets/vendor.js', randomBytes(1.5 * 1024 * 1024)))).toEqual([]);
  });
});

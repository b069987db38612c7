import { describe, expect, it } from 'vitest';
import { check, json, lines, validFiles } from '../fixture';

const bytes = (...values: number[]) => new Uint8Array([...values, ...Array.from({ length: 32 }, () => 0)]);

describe('package contents', () => {
  it('reject hidden files and folders', () => {
    const files = validFiles().set('.DS_Store', bytes(0)).set('assets/.cache/x.js', bytes(0));
    const problems = lines(check(files));
    expect(problems).toContain('.DS_Store: is a hidden file (OS or editor leftovers); it must not ship in the package.');
    expect(problems).toContain('assets/.cache/x.js: is a hidden file (OS or editor leftovers); it must not ship in the package.');
  });

  it('reject node_modules', () => {
    expect(lines(check(validFiles().set('assets/node_modules/react/index.js', bytes(0))))).toContain(
      'assets/node_modules/react/index.js: is inside node_modules; dependencies are bundled into assets/ by the build, never shipped as-is.',
    );
  });

  it('reject blocked types by extension', () => {
    const problems = lines(check(validFiles().set('assets/setup.exe', bytes(0)).set('docs/guide.pdf', bytes(0))));
    expect(problems).toContain('assets/setup.exe: is a .exe file, a type Zendesk does not accept in an app package.');
    expect(problems).toContain('docs/guide.pdf: is a .pdf file, a type Zendesk does not accept in an app package.');
  });

  it('reject blocked types by content, whatever the name', () => {
    const problems = lines(check(validFiles().set('assets/vendor.js', bytes(0x25, 0x50, 0x44, 0x46)).set('assets/data.json', bytes(0x50, 0x4b, 0x03, 0x04))));
    expect(problems).toContain('assets/vendor.js: is a PDF document, a type Zendesk does not accept in an app package.');
    expect(problems).toContain('assets/data.json: is a zip archive (or a document or jar built on one), a type Zendesk does not accept in an app package.');
    expect(lines(check(validFiles().set('assets/tool.js', bytes(0x7f, 0x45, 0x4c, 0x46))))).toContain(
      'assets/tool.js: is an ELF executable, a type Zendesk does not accept in an app package.',
    );
  });

  it('accept only the documented types under assets/', () => {
    expect(lines(check(validFiles().set('assets/iframe.js.LICENSE.txt', bytes(0x4c))))[0]).toMatch(
      /^assets\/iframe\.js\.LICENSE\.txt: has a type Zendesk does not serve from assets\/ \(accepted: png, jpg/,
    );
    expect(check(validFiles().set('assets/fonts/inter.woff2', bytes(0x77, 0x4f, 0x46, 0x32)).set('assets/iframe-abc.js.map', json({})))).toEqual([]);
  });

  it('reject local zcli settings, which may hold secure values', () => {
    expect(lines(check(validFiles().set('zcli.apps.config.json', json({ parameters: { token: 'x' } }))))).toContain(
      'zcli.apps.config.json: holds local zcli settings, secure values included; it must not ship in the package.',
    );
  });

  it('reject symbolic links, without looping on one that points back up', () => {
    const problems = lines(check(validFiles(), { 'assets/logo-copy.png': 'logo.png', 'assets/loop': '..' }));
    expect(problems).toContain('assets/logo-copy.png: is a symbolic link; Zendesk rejects packages that contain one.');
    expect(problems).toContain('assets/loop: is a symbolic link; Zendesk rejects packages that contain one.');
  });

  it('warn about top-level files a framework 2 app does not use', () => {
    expect(lines(check(validFiles().set('app.js', bytes(0x2f)).set('templates/layout.hdbs', bytes(0x3c))), 'warning')).toEqual([
      'app.js: is not used by a framework 2.0 app, which is made of manifest.json, assets/ and translations/.',
      'templates/: is not used by a framework 2.0 app, which is made of manifest.json, assets/ and translations/.',
    ]);
  });
});

describe('secrets', () => {
  it('are not shipped in any text file', () => {
    const key = ['-----BEGIN RSA PRIVATE', 'KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----'].join(' ');
    const files = validFiles()
      .set('assets/config.json', new TextEncoder().encode(JSON.stringify({ key })))
      .set('assets/iframe-abc.js', new TextEncoder().encode(`const t="${'xoxb'}-1234567890-abcdefghij";`));
    const problems = lines(check(files));
    expect(problems).toContain('assets/config.json: contains what looks like a private key; every agent can read the package, so keep secrets in secure settings.');
    expect(problems).toContain('assets/iframe-abc.js: contains what looks like a Slack token; every agent can read the package, so keep secrets in secure settings.');
  });
});

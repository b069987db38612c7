import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { check, lines, png, validFiles } from '../fixture';

const svg = (body: string) => new TextEncoder().encode(body);

describe('images', () => {
  it('need both logos', () => {
    const files = validFiles();
    files.delete('assets/logo-small.png');
    expect(lines(check(files))).toContain("assets/logo-small.png: is missing: Zendesk shows it on the app's pages (PNG, 128×128).");
  });

  it('need each logo at its exact size, read from the PNG header', () => {
    const files = validFiles().set('assets/logo.png', png(300, 300));
    expect(lines(check(files))).toContain('assets/logo.png: is 300×300; it must be 320×320 pixels.');
  });

  it('need the logos to be PNGs whatever their name', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 40 }, () => 0)]);
    expect(lines(check(validFiles().set('assets/logo.png', jpeg)))).toContain('assets/logo.png: is not a PNG image.');
  });

  it('need the large logo without rounded corners, which Zendesk adds', () => {
    const rounded = new PNG({ width: 320, height: 320 });
    rounded.data.fill(255);
    rounded.data[3] = 0;
    expect(lines(check(validFiles().set('assets/logo.png', PNG.sync.write(rounded))))).toContain(
      'assets/logo.png: has transparent corners; the large logo must be square-cornered, Zendesk rounds them itself.',
    );
  });

  it('need the small logo with transparency', () => {
    expect(lines(check(validFiles().set('assets/logo-small.png', png(128, 128, true))))).toContain(
      'assets/logo-small.png: must be PNG-24 with transparency (8-bit RGBA).',
    );
  });

  it('accept screenshots at 1280×800 and reject other sizes', () => {
    const files = validFiles().set('assets/screenshot-0.png', png(1280, 800)).set('assets/screenshot-1.png', png(1280, 800));
    expect(check(files)).toEqual([]);
    files.set('assets/screenshot-2.png', png(1024, 768));
    expect(lines(check(files))).toContain('assets/screenshot-2.png: is 1024×768; screenshots are 1280×800.');
  });

  it('warn when screenshots are not numbered from 0 without gaps', () => {
    const files = validFiles().set('assets/screenshot-1.png', png(1280, 800));
    expect(lines(check(files), 'warning')).toContain('assets/: screenshots are numbered 1; number them 0, 1, 2… without gaps.');
  });

  it('check the banner size when there is one', () => {
    expect(lines(check(validFiles().set('assets/banner.png', png(800, 200))))).toContain(
      'assets/banner.png: must be a PNG of 830×200 or 1660×400.',
    );
  });

  it('need SVG icons with a viewBox and without bitmaps or script', () => {
    const files = validFiles().set('assets/icon_nav_bar.svg', svg('<svg xmlns="http://www.w3.org/2000/svg" width="18"><image href="a.png"/></svg>'));
    const problems = lines(check(files));
    expect(problems).toContain('assets/icon_nav_bar.svg: needs a viewBox attribute, or Zendesk cannot scale it to 18×18.');
    expect(problems).toContain('assets/icon_nav_bar.svg: embeds a bitmap; Zendesk replaces such an SVG with a placeholder.');
    files.set('assets/icon_nav_bar.svg', svg('<svg viewBox="0 0 18 18" onload="alert(1)"></svg>'));
    expect(lines(check(files))).toContain('assets/icon_nav_bar.svg: contains script; Zendesk strips it when it sanitises the SVG.');
  });
});

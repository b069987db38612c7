import { describe, expect, it } from 'vitest';
import { measurePageScripts, scriptReferences } from '../../../scripts/package/bundle-size';
import { duplicateKeys } from '../../../scripts/package/json';
import { readPackageZip } from '../../../scripts/package/package-files';
import { isLocalOnly, shippedFiles } from '../../../scripts/package/package-files';
import { readPngHeader } from '../../../scripts/package/png';
import { zipPackage } from '../../../scripts/package/zip';
import { png, validFiles } from '../fixture';

const text = (s: string) => new TextEncoder().encode(s);

describe('readPngHeader', () => {
  it('reads size and colour type from the IHDR chunk', () => {
    expect(readPngHeader(png(320, 200))).toEqual({ width: 320, height: 200, bitDepth: 8, colorType: 6 });
    expect(readPngHeader(png(10, 10, true))?.colorType).toBe(2);
  });

  it('refuses what is not a PNG', () => {
    expect(readPngHeader(text('GIF89a.........................'))).toBeUndefined();
    expect(readPngHeader(png(10, 10).slice(0, 20))).toBeUndefined();
  });
});

describe('duplicateKeys', () => {
  it('finds repeated keys at any depth, and not across sibling objects or in strings', () => {
    expect(duplicateKeys('{"a":1,"b":{"c":1,"c":2},"d":[{"e":1},{"e":2}],"f":"\\"a\\":","a":3}')).toEqual(['b.c', 'a']);
    expect(duplicateKeys('{"x":[{"k":1,"k":2}]}')).toEqual(['x[].k']);
  });
});

describe('measurePageScripts', () => {
  it('counts the page scripts and every chunk they import, the lazy ones apart', () => {
    const files = new Map([
      ['assets/iframe.html', text('<script type="module" src="./main.js"></script><link rel="modulepreload" href="./vendor.js">')],
      ['assets/main.js', text('import{a}from"./vendor.js";import "./styles.js";const l=()=>import("./lazy.js");const s="import \'./nothing.js\'";')],
      ['assets/vendor.js', text('export const a=1;')],
      ['assets/styles.js', text('document.title="x";')],
      ['assets/lazy.js', text('import{a}from"./vendor.js";export const big=`' + 'x'.repeat(100000) + '`;')],
      ['assets/unused.js', text('x'.repeat(5000))],
    ]);
    const page = measurePageScripts(files);
    expect(page.scripts.map((s) => `${s.path}${s.lazy ? ' (lazy)' : ''}`).toSorted()).toEqual([
      'assets/lazy.js (lazy)',
      'assets/main.js',
      'assets/styles.js',
      'assets/vendor.js',
    ]);
    expect(page.gzipBytes).toBe(page.scripts.reduce((sum, s) => sum + s.gzipBytes, 0));
    expect(page.initialGzipBytes).toBe(page.scripts.filter((s) => !s.lazy).reduce((sum, s) => sum + s.gzipBytes, 0));
    expect(page.initialGzipBytes).toBeLessThan(page.gzipBytes);
  });

  it('fails loudly rather than report a size for a page whose script is missing', () => {
    expect(() => measurePageScripts(new Map([['assets/iframe.html', text('<script src="gone.js"></script>')]]))).toThrow(
      'assets/iframe.html loads assets/gone.js, which is not in the package.',
    );
  });

  it('reads script and modulepreload references only', () => {
    expect(scriptReferences('<script src="a.js"></script><link rel="stylesheet" href="b.css"><link rel="modulepreload" href="c.js">')).toEqual(['a.js', 'c.js']);
  });
});

describe('zipPackage', () => {
  it('puts the manifest at the zip root and gives the same bytes for the same files', () => {
    const zip = zipPackage(validFiles());
    const back = readPackageZip(zip).files;
    expect([...back.keys()]).toContain('manifest.json');
    expect(new TextDecoder().decode(back.get('manifest.json'))).toContain('"Customer Fit"');
    expect(zipPackage(validFiles())).toEqual(zip);
  });

  it('leaves out what a local run puts in dist/', () => {
    const files = validFiles().set('zcli.apps.config.json', text('{}')).set('customer-fit-0.1.0.zip', text('PK')).set('tmp/app-1.zip', text('PK'));
    expect([...shippedFiles(files).keys()].filter(isLocalOnly)).toEqual([]);
    expect(shippedFiles(files).size).toBe(validFiles().size);
  });
});

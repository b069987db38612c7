import { describe, expect, it } from 'vitest';
import { check, lines, validFiles } from '../fixture';

const page = (html: string) => validFiles().set('assets/iframe.html', new TextEncoder().encode(html));

describe('app pages', () => {
  it('load no script from another host', () => {
    const files = page('<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script><script type="module" src="./iframe-abc.js"></script>');
    expect(lines(check(files))).toContain(
      'assets/iframe.html: loads https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js from another host; the app bundles everything it runs.',
    );
    expect(lines(check(page('<link rel="stylesheet" href="//cdn.example/x.css">')))).toContain(
      'assets/iframe.html: loads //cdn.example/x.css from another host; the app bundles everything it runs.',
    );
  });

  it('load only files the package holds, by relative path', () => {
    expect(lines(check(page('<script type="module" src="./iframe-old.js"></script>')))).toContain(
      'assets/iframe.html: loads ./iframe-old.js, but assets/iframe-old.js is not in the package.',
    );
    expect(lines(check(page('<script type="module" src="/assets/iframe-abc.js"></script>')))).toContain(
      'assets/iframe.html: names /assets/iframe-abc.js by an absolute path; Zendesk serves the package under its own prefix, so use a relative one.',
    );
  });

  it('may link other things, such as an icon, anywhere', () => {
    expect(check(page('<link rel="icon" href="https://example.com/x.ico"><script type="module" src="iframe-abc.js"></script>'))).toEqual([]);
  });
});

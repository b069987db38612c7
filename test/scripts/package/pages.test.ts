import { describe, expect, it } from 'vitest';
import { check, lines, validFiles } from '../fixture';

const page = (html: string) => validFiles().set('assets/iframe.html', new TextEncoder().encode(html));
const POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'";
const withPolicy = (policy: string, script = '<script type="module" src="./iframe-abc.js"></script>') =>
  page(`<!doctype html><head><meta http-equiv="Content-Security-Policy" content="${policy}">${script}</head>`);

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
    expect(check(withPolicy(POLICY, '<link rel="icon" href="https://example.com/x.ico"><script type="module" src="iframe-abc.js"></script>'))).toEqual([]);
  });
});

describe('the pages\' Content-Security-Policy', () => {
  it('is there, before the script it must cover', () => {
    expect(lines(check(page('<script type="module" src="./iframe-abc.js"></script>')))).toContain(
      'assets/iframe.html: carries no Content-Security-Policy; add <meta http-equiv="Content-Security-Policy"> before its script.',
    );
    const late = page(`<script type="module" src="./iframe-abc.js"></script><meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
    expect(lines(check(late))).toContain('assets/iframe.html: sets its Content-Security-Policy after a script, which the policy does not cover then.');
    expect(check(withPolicy(POLICY))).toEqual([]);
  });

  it('runs only the package\'s own scripts and connects only to its own origin', () => {
    expect(lines(check(withPolicy("default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'self'")))).toContain(
      "assets/iframe.html: the Content-Security-Policy allows 'unsafe-eval' in script-src; only 'self' belongs there.",
    );
    expect(lines(check(withPolicy("default-src 'none'; script-src 'self' https://cdn.example; connect-src 'self'")))).toContain(
      "assets/iframe.html: the Content-Security-Policy allows https://cdn.example in script-src; only 'self' belongs there.",
    );
    expect(lines(check(withPolicy("default-src 'none'; script-src 'self'; connect-src *")))).toContain(
      "assets/iframe.html: the Content-Security-Policy allows * in connect-src; only 'self' belongs there.",
    );
    // Without its own directive, script-src falls back to default-src.
    expect(lines(check(withPolicy("default-src 'self' 'unsafe-inline'; connect-src 'self'")))).toContain(
      "assets/iframe.html: the Content-Security-Policy allows 'unsafe-inline' in script-src; only 'self' belongs there.",
    );
  });
});

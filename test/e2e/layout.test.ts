import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('the sidebar fits its column in English with the longest rating', async () => {
  const preview = await session.open({ requester: 'abusive' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await preview.sidebarOverflow()).toBe(0);
  await preview.close();
});

test('the sidebar fits its column in German with the longest rating', async () => {
  const preview = await session.open({ requester: 'abusive', locale: 'de' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await preview.sidebarOverflow()).toBe(0);
  await preview.close();
});

/**
 * Words in the app that wrap across two lines with no hyphen at the break, as "first half|second
 * half". A break after a hyphen or a soft hyphen shows a hyphen, so it is not counted.
 */
function splitWords(): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const word of text.matchAll(/[\p{L}\p{N}\u00ad-]{2,}/gu)) {
      const start = word.index;
      const range = document.createRange();
      const top = (offset: number) => {
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().top;
      };
      for (let i = start + 1; i < start + word[0].length; i++) {
        if (Math.abs(top(i) - top(i - 1)) < 2 || /[\u00ad-]/.test(text[i - 1]!)) continue;
        split.push(`${text.slice(start, i)}|${text.slice(i, start + word[0].length)}`);
      }
    }
  }
  return split;
}

test('German at 320 px: the document speaks German, hyphenates, and breaks no word without a hyphen', async () => {
  for (const requester of ['late-payer', 'abusive', 'heavy']) {
    const preview = await session.open({ requester, locale: 'de', role: 'admin' });
    expect(await preview.waitForSidebarSettled()).toBe('ready');
    const frame = await preview.sidebarFrame();
    const page = await frame.evaluate(() => ({
      lang: document.documentElement.lang,
      hyphens: getComputedStyle(document.querySelector('[data-testid="summary"]')!).hyphens,
      bodyHyphens: getComputedStyle(document.body).hyphens,
    }));
    expect(page).toEqual({ lang: 'de', hyphens: 'auto', bodyHyphens: 'auto' });
    expect(await frame.evaluate(splitWords)).toEqual([]);
    await preview.close();
  }
});

import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

let session: PreviewSession;
const cspConsole: string[] = [];

interface Violation {
  directive: string;
  blocked: string;
  /** The script and position that caused it, to find the culprit when this test fails. */
  where: string;
}

beforeAll(async () => {
  session = await startPreviewSession();
  // Installed in every frame before its own scripts run, so a violation while the app starts counts.
  await session.browser.context.addInitScript(() => {
    const found: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) => found.push({ directive: e.effectiveDirective, blocked: e.blockedURI, where: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` }));
  });
  session.browser.context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspConsole.push(message.text());
  });
});

afterAll(async () => {
  await session?.close();
});

const violations = (frame: Frame) => frame.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations.splice(0));

test('the sidebar, the warning form and the watchlist load, rate and show their evidence under the Content-Security-Policy without a violation', async () => {
  const preview = await session.open({ requester: 'unsafe', role: 'admin' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  await sidebar.getByTestId('factor').first().getByRole('button').first().click();
  const frame = await preview.sidebarFrame();
  const policy = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
  expect(policy).toContain("script-src 'self'");
  expect(await violations(frame)).toEqual([]);

  // The customer whose words carry the most signals, in the other sidebar location too.
  await preview.selectRequester('abusive');
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  await sidebar.getByTestId('factor').first().getByRole('button').first().click();
  await sidebar.getByTestId('evidence-link').first().waitFor();
  expect(await violations(await preview.sidebarFrame())).toEqual([]);
  await preview.selectLocation('user_sidebar');
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await violations(await preview.sidebarFrame())).toEqual([]);

  // A lead's warning form (Garden's fields and checkboxes) and the watchlist (its table and filters).
  const lead = await session.open({ requester: 'watch-strike-1', role: 'admin' });
  expect(await lead.waitForSidebarSettled()).toBe('ready');
  const form = lead.sidebar().locator('form[data-testid^="form-"]');
  for (let attempt = 0; attempt < 5 && !(await form.isVisible()); attempt++) {
    await lead.sidebar().getByRole('button', { name: 'Give strike 2', exact: true }).click();
    await form.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await form.getByTestId('confirm').waitFor();
  expect(await violations(await lead.sidebarFrame())).toEqual([]);
  await lead.selectLocation('nav_bar');
  const watchlist = lead.sidebar();
  await watchlist.getByTestId('rating-progress').filter({ hasText: 'The ratings of this page are done.' }).waitFor({ timeout: 30_000 });
  expect(await violations(await lead.sidebarFrame())).toEqual([]);
  expect(cspConsole).toEqual([]);
});

test('the policy is in force: an injected inline script, eval and a request to another host are blocked and reported', async () => {
  const preview = await session.open({ requester: 'loyal' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const frame = await preview.sidebarFrame();
  await violations(frame);
  const outcome = await frame.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.appendChild(script);
    // A string handed to setTimeout is compiled like eval: 'unsafe-eval' is missing, so it never runs.
    // (eval called here directly would not tell: the test's own evaluation is exempt from the policy.)
    (setTimeout as unknown as (code: string, ms: number) => number)('window.evalRan = true;', 0);
    // Another port is another origin: connect-src 'self' refuses it before any packet is sent.
    const fetched = await fetch(`${location.protocol}//${location.hostname}:9/leak`).then(
      () => true,
      () => false,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ran = window as unknown as { inlineRan?: boolean; evalRan?: boolean };
    return { inline: ran.inlineRan === true, evalRan: ran.evalRan === true, fetched };
  });
  expect(outcome).toEqual({ inline: false, evalRan: false, fetched: false });
  const seen = (await violations(frame)).map((v) => v.directive).toSorted();
  expect(seen).toEqual(['connect-src', 'script-src', 'script-src-elem']);
  // The console listener the first test relies on hears these refusals too.
  await expect.poll(() => cspConsole.length).toBeGreaterThanOrEqual(3);
});

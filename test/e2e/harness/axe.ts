import axe from 'axe-core';
import type { Frame } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A and AA rules, the level Zendesk's Garden components are built to. */
const DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core inside one frame (the app's iframe or the host page) and lists what it flags. */
export async function runAxe(frame: Frame, tags: string[] = DEFAULT_TAGS): Promise<AxeViolation[]> {
  await settleTransitions(frame);
  await frame.evaluate(axe.source);
  return frame.evaluate(async (runOnly: string[]) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const results = await engine.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, tags);
}

/**
 * Waits for the finite CSS transitions and animations of the frame to end. axe reads computed
 * colours as they are at that instant: a Garden button that just became enabled fades from its
 * disabled grey over 0.25 s, and contrast measured half-way fails although the settled button passes.
 * Endless animations (a loader, a skeleton's shimmer) are left running.
 */
async function settleTransitions(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

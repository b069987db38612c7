import type { FrameLocator, Locator } from 'playwright-core';
import type { PreviewPage } from './preview-page';

/**
 * The sidebar once its rating is done and the warning actions are shown.
 *
 * @param preview - the preview page with a ticket open
 * @returns the sidebar's frame
 */
export async function warningActionsReady(preview: PreviewPage): Promise<FrameLocator> {
  const app = preview.sidebar();
  await app.locator('[data-testid="fit-panel"][data-done="true"]').waitFor({ timeout: 30_000 });
  await app.getByTestId('warning-actions').waitFor({ timeout: 15_000 });
  return app;
}

/**
 * Opens the form behind `button`; clicks again if the sidebar was still settling. A click that
 * cannot land (the button re-rendering, or gone because the form opened meanwhile) is retried
 * rather than waited on for the whole action timeout.
 *
 * @param app - the sidebar's frame
 * @param button - the action's exact button name
 * @returns the open form
 */
export async function openWarningForm(app: FrameLocator, button: string): Promise<Locator> {
  const form = app.locator('form[data-testid^="form-"]');
  for (let attempt = 0; attempt < 5 && !(await form.isVisible()); attempt++) {
    await app.getByRole('button', { name: button, exact: true }).click({ timeout: 3_000 }).catch(() => undefined);
    await form.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await form.waitFor();
  return form;
}

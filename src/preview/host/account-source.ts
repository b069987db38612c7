import type { PreviewAccount } from './account';
import { createDemoPreviewAccount } from './demo-account';

/** The account the preview shows; `now` is the real date so ages and trends read as today's. */
export function loadAccount(now: Date): PreviewAccount {
  return createDemoPreviewAccount(now);
}

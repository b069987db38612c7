import type { PreviewAccount } from '../../../src/preview/host/account';
import { loadAccount } from '../../../src/preview/host/account-source';

/**
 * The same account the preview page builds, built here in Node so tests know what the sidebar
 * should show. Both use the real date, so relative ages agree within a test run.
 */
export function demoAccount(): PreviewAccount {
  return loadAccount(new Date());
}

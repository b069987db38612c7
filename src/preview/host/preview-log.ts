import type { HostLogEntry } from './zaf-host';

/** What the host did on the app's behalf; tests read it as `window.__previewLog`. */
export type PreviewLogEntry = (
  | HostLogEntry
  | { kind: 'routeTo'; target: string; id: number | string; known: boolean }
  | { kind: 'resize'; width: unknown; height: unknown; appliedHeight: number | null }
  | { kind: 'notify'; message: string; type: string }
  | { kind: 'mount'; location: string; requester: string; ticketId: number; role: string; locale: string }
) & { at: number; instanceGuid: string };

// The double underscore marks it as a hook for tests, not part of any page API.
/* oxlint-disable no-underscore-dangle */
declare global {
  interface Window {
    __previewLog: PreviewLogEntry[];
  }
}

export function previewLog(): PreviewLogEntry[] {
  window.__previewLog ??= [];
  return window.__previewLog;
}
/* oxlint-enable no-underscore-dangle */

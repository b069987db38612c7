import { createContext, useContext } from 'react';
import type { CitingStep } from '../../core/dismissals';
import type { DismissalsView } from './useDismissals';

/** What an evidence quote needs to offer "not a red flag": the dismissals, and which warnings cite which quotes. */
export interface DismissContextValue {
  view: DismissalsView;
  citing: readonly CitingStep[];
}

export const DismissContext = createContext<DismissContextValue | null>(null);

/** The dismissals of the customer on screen, or null where quotes cannot be dismissed. */
export function useDismissContext(): DismissContextValue | null {
  return useContext(DismissContext);
}

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ModelState } from '../../zendesk/model/load-model';

const ModelContext = createContext<ModelState>({ status: 'failed', reason: 'no weights were given to the app' });

/**
 * Gives its children the state of the learned detectors' weights. The load starts before the app
 * renders (see main.tsx), so it runs in parallel with the first Zendesk request, not after it.
 */
export function ModelProvider({ loading, children }: { loading: Promise<ModelState>; children: ReactNode }) {
  const [state, setState] = useState<ModelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loading.then((settled) => live && setState(settled));
    return () => {
      live = false;
    };
  }, [loading]);
  return <ModelContext.Provider value={state}>{children}</ModelContext.Provider>;
}

/** The weights' state: `loading`, `ready` with the model, or `failed` with the reason. */
export function useSignalModel(): ModelState {
  return useContext(ModelContext);
}

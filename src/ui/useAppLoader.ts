import { useEffect } from "react";
import { demoProjectUrl, loadProject, loadTerritory } from "../io/app-data.ts";
import type { AppStore } from "../store/app-store.ts";

/** Loads the territories, then the demo project, into the store. */
export function useAppLoader(store: AppStore) {
  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const territory = await loadTerritory(abort.signal);
      store.getState().setTerritory(territory);
      const { project } = await loadProject(demoProjectUrl(), territory.index, abort.signal);
      if (!abort.signal.aborted) store.getState().setProject(project);
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) store.getState().fail(error instanceof Error ? error.message : String(error));
    });
    return () => abort.abort();
  }, [store]);
}

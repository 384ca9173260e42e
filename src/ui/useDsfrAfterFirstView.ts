import { useEffect } from "react";
import type { AppStore } from "../store/app-store.ts";

/**
 * Loads and starts the DSFR's script (with react-dsfr's start-up, about 45 kB gzip, and some
 * 80 ms of work on the page) once the map has drawn its first view, or after `ms` without a
 * map: nothing of the first view needs it, and the map is what the user waits for. Its
 * stylesheet is loaded with the page.
 */
export function useDsfrAfterFirstView(store: AppStore, ms = 4000) {
  useEffect(() => {
    const start = () => {
      clearTimeout(timer);
      unsubscribe();
      void import("@codegouvfr/react-dsfr/spa").then(({ startReactDsfr }) => startReactDsfr({ defaultColorScheme: "light" }));
    };
    const timer = setTimeout(start, ms);
    const unsubscribe = store.subscribe((state) => state.mapDrawn && start());
    if (store.getState().mapDrawn) start();
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, ms]);
}

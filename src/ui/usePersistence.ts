import { useEffect } from "react";
import { openProjectDatabase } from "../persistence/project-database.ts";
import type { AppStore } from "../store/app-store.ts";
import { connectPersistence, type PersistenceConnection } from "../store/persistence.ts";

/**
 * Saves the document in this browser. Once the store holds a territory and the project
 * loaded at startup (the demo), restores the last opened saved project in its place, or
 * saves the demo as the first project; then every change is saved within 250 ms, and at
 * once when the page is hidden or left. Failures show in `saveStatus` / `saveMessage`.
 */
export function usePersistence(store: AppStore): void {
  useEffect(() => {
    let connection: PersistenceConnection | null = null;
    const start = () => {
      const { territory, workspace } = store.getState();
      if (connection || !territory || !workspace) return false;
      connection = connectPersistence(store, openProjectDatabase());
      return true;
    };
    const unsubscribe = start() ? () => undefined : store.subscribe(() => start() && unsubscribe());
    return () => {
      unsubscribe();
      void connection?.disconnect();
    };
  }, [store]);
}

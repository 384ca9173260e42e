import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { AppState, AppStore } from "../store/app-store.ts";

export const StoreContext = createContext<AppStore | null>(null);

/** Reads the app store from React; re-renders when the selected slice changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("StoreContext manquant");
  return useStore(store, selector);
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("StoreContext manquant");
  return store;
}

// How the saving in this browser is going, as the saving reports it (src/app/autosave.ts).
import type { StateCreator } from "zustand/vanilla";
import type { AppState } from "./app-store.ts";

/** « conflict »: another tab saved this project since this tab read it; nothing is written until the user reloads or keeps their version apart. */
export type SaveStatus = "saved" | "saving" | "error" | "conflict";

export interface SaveSlice {
  /** "saving" while a change waits to be written, "error" with `message` when it cannot be. */
  save: { status: SaveStatus; message: string | null };
  setSaveState(status: SaveStatus, message?: string | null): void;
}

export const createSaveSlice: StateCreator<AppState, [], [], SaveSlice> = (set) => ({
  // Until the saving has restored the last project or saved this one as the first.
  save: { status: "saving", message: null },
  setSaveState: (status, message = null) => set({ save: { status, message } }),
});

// What the app computes on, apart from the document: the territory (first-view index, then
// the full reference and polygons), the demonstration's fictional needs, whether the map
// has drawn its first view, and a loading error to show.
import type { StateCreator } from "zustand/vanilla";
import type { NeedsReading } from "../domain/needs-readings.ts";
import type { Territory } from "../io/app-data.ts";
import type { AppState } from "./app-store.ts";
import { boundsOfTarget } from "./transient-slice.ts";

export interface LoadSlice {
  territory: Territory | null;
  /**
   * The demonstration's needs (a generated, fictional DECP file), loaded after the first
   * view: used by a demonstration project whose workspace has no needs of its own.
   */
  demoNeeds: readonly NeedsReading[] | null;
  /** True once the map has drawn its first coloured view, or could not (no WebGL): the rest of the data loads after. */
  mapDrawn: boolean;
  /** French message when loading failed; null otherwise. */
  error: string | null;
  /** Sets (or completes: first view, then full reference and polygons) the territory; the document is recomputed on it. */
  setTerritory(territory: Territory): void;
  setDemoNeeds(readings: readonly NeedsReading[]): void;
  markMapDrawn(): void;
  fail(message: string): void;
}

export const createLoadSlice: StateCreator<AppState, [], [], LoadSlice> = (set, get) => ({
  territory: null,
  demoNeeds: null,
  mapDrawn: false,
  error: null,
  setTerritory(territory) {
    set({ territory });
    // A framing asked for before the polygons came (a link's territory or commune) is done now.
    const fit = get().transient.fit;
    if (fit && !fit.bbox && territory.geometry) {
      const bbox = boundsOfTarget(get(), fit.target);
      if (bbox) set((state) => ({ transient: { ...state.transient, fit: { ...fit, bbox, seq: fit.seq + 1 } } }));
    }
  },
  setDemoNeeds(readings) {
    set({ demoNeeds: readings });
  },
  markMapDrawn() {
    if (!get().mapDrawn) set({ mapDrawn: true });
  },
  fail(message) {
    set({ error: message });
  },
});

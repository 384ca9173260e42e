// The shareable view: what a link carries (coloured layer, overlays, focus, selection,
// compared scenario, screen mode) and the perimeter being edited. Changing it never touches
// the document; the pointer's fleeting state lives apart (transient-slice.ts).
import type { StateCreator } from "zustand/vanilla";
import type { Colouring, EditTool, Focus, NeedsMeasure, Overlay, ScreenMode, Selection } from "../view/vocabulary.ts";
import type { AppState } from "./app-store.ts";
import { readOnlyRefusal } from "./document-slice.ts";

/** The perimeter being edited on the map: map clicks add or remove a commune or its whole EPCI. */
export interface PerimeterEditing {
  facilitateurId: string;
  unit: "commune" | "epci";
  /** Additions are *extension limitrophe*. */
  extension: boolean;
  /** What a map click does (« clic » by default). */
  tool?: EditTool;
}

export interface ViewState {
  colouring: Colouring;
  /** What the « besoins » colouring counts per commune. */
  needsMeasure: NeedsMeasure;
  overlays: Record<Overlay, boolean>;
  focus: Focus;
  selection: Selection;
  /** Facilitator whose perimeter is outlined on the map. */
  highlighted: string | null;
  /** Plan IGN basemap under the communes: off by default (a call outside the app's origin). */
  basemap: boolean;
  /** Names on the map (régions, départements, préfectures, communes): on by default. */
  labels: boolean;
  editing: PerimeterEditing | null;
  /** Id of the scenario the active one is compared with (the reference, « avant »), or null. */
  compareWith: string | null;
  /** « carte » shows the editing tools; the other modes are read-only views of the same figures. */
  mode: ScreenMode;
}

export const initialView = (): ViewState => ({
  colouring: "zones-blanches",
  needsMeasure: "marches",
  overlays: { regions: true, departements: true, epci: false, perimetres: false, acheteurs: true, "acheteurs-decp": false, "grands-projets": true, coordinateurs: false },
  focus: null,
  selection: null,
  highlighted: null,
  basemap: false,
  labels: true,
  editing: null,
  compareWith: null,
  mode: "carte",
});

export interface ViewSlice {
  view: ViewState;
  setColouring(colouring: Colouring): void;
  setNeedsMeasure(measure: NeedsMeasure): void;
  setOverlay(overlay: Overlay, visible: boolean): void;
  setBasemap(enabled: boolean): void;
  setLabels(visible: boolean): void;
  /** Shows a région or département alone (null: France) and asks the map to frame it. */
  focus(focus: Focus): void;
  select(selection: Selection): void;
  /** Selects an object and asks the map to show it (a facilitator's perimeter outlined). */
  show(selection: NonNullable<Selection>): void;
  /** Selects a commune and asks the map to show it. */
  showCommune(code: string): void;
  /** Selects a facilitator, outlines its perimeter and asks the map to show it. */
  showPerimeter(facilitateurId: string): void;
  /** Compares the active scenario with scenario `id` (the reference) on the map and in the figures; null stops. */
  compareWithScenario(id: string | null): void;
  /** Switches between the map and the read-only presentation, print and charts views; leaving the map stops perimeter editing. */
  setMode(mode: ScreenMode): void;
  /** Enters the editing of a post's perimeter on the map (selects and outlines it). */
  startEditing(facilitateurId: string): void;
  setEditOptions(options: Partial<Omit<PerimeterEditing, "facilitateurId">>): void;
  stopEditing(): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  const setView = (change: Partial<ViewState>) => set((state) => ({ view: { ...state.view, ...change } }));
  return {
    view: initialView(),
    setColouring: (colouring) => setView({ colouring }),
    setNeedsMeasure: (needsMeasure) => setView({ needsMeasure }),
    setOverlay: (overlay, visible) => set((state) => ({ view: { ...state.view, overlays: { ...state.view.overlays, [overlay]: visible } } })),
    setBasemap: (basemap) => setView({ basemap }),
    setLabels: (labels) => setView({ labels }),
    focus(focus) {
      setView({ focus });
      if (focus) get().requestFit({ kind: "focus", focus });
    },
    select: (selection) => set((state) => ({ view: { ...state.view, selection, highlighted: selection?.kind === "facilitateur" ? state.view.highlighted : null } })),
    show(selection) {
      setView({ selection, highlighted: selection.kind === "facilitateur" ? selection.id : null });
      get().requestFit(selection);
    },
    showCommune: (code) => get().show({ kind: "commune", code }),
    showPerimeter: (facilitateurId) => get().show({ kind: "facilitateur", id: facilitateurId }),
    compareWithScenario: (id) =>
      set((state) => ({
        view: { ...state.view, compareWith: id, colouring: id ? "comparaison" : state.view.colouring === "comparaison" ? "zones-blanches" : state.view.colouring },
      })),
    setMode(mode) {
      setView({ mode, ...(mode !== "carte" && { editing: null }) });
      if (mode !== "carte") get().setEditMessage(null);
    },
    startEditing(facilitateurId) {
      // Editing on the map is a change to come: refused where every change is.
      if (readOnlyRefusal(get())) return;
      get().showPerimeter(facilitateurId);
      setView({ editing: { facilitateurId, unit: "commune", extension: false } });
      get().setEditMessage(null);
    },
    setEditOptions: (options) => set((state) => (state.view.editing ? { view: { ...state.view, editing: { ...state.view.editing, ...options } } } : {})),
    stopEditing() {
      setView({ editing: null });
      get().setLasso(null);
      get().setEditMessage(null);
    },
  };
};

// The one store: the document (project) apart from the view; derived figures are recomputed
// from the document by the coverage engine whenever it changes.
import { createStore } from "zustand/vanilla";
import type { Project, Seuils } from "../domain/model.ts";
import { computeAll, type ComputeResult } from "../domain/recompute.ts";
import { linkProjectByCodes } from "../domain/code-links.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import type { Territory } from "../io/app-data.ts";
import { initialView, type Colouring, type FitRequest, type Focus, type Overlay, type Selection, type ViewState } from "./view.ts";

export interface AppState {
  status: "loading" | "ready" | "error";
  /** True once the map has drawn its first coloured view (the rest of the data loads after). */
  mapDrawn: boolean;
  error: string | null;
  territory: Territory | null;
  project: Project | null;
  /** Derived from `project`: where acheteurs and grands projets fall, then everything else. */
  links: SpatialLinks | null;
  result: ComputeResult | null;
  view: ViewState;

  /** Sets (or completes: first view, then full reference and polygons) the territory; recomputes the project on it. */
  setTerritory(territory: Territory): void;
  setProject(project: Project): void;
  fail(message: string): void;
  markMapDrawn(): void;
  /** Changes the thresholds of the third kind of zone blanche, saved with the project. */
  setSeuils(seuils: Seuils): void;
  setColouring(colouring: Colouring): void;
  setOverlay(overlay: Overlay, visible: boolean): void;
  setBasemap(enabled: boolean): void;
  focus(focus: Focus): void;
  hover(code: string | null): void;
  select(selection: Selection): void;
  /** Selects a commune and shows it on the map. */
  showCommune(code: string): void;
  /** Selects a facilitator, outlines its perimeter and shows it on the map. */
  showPerimeter(facilitateurId: string): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The bounding box of some communes as a new fit request, or null when none has geometry. */
function fitRequest(territory: Territory | null, communes: ArrayLike<number>, previous: FitRequest | null): FitRequest | null {
  if (!territory?.geometry) return null;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const { bboxes } = territory.geometry.shapes;
  for (let k = 0; k < communes.length; k++) {
    const o = communes[k]! * 4;
    if (!(bboxes[o]! <= bboxes[o + 2]!)) continue;
    box[0] = Math.min(box[0]!, bboxes[o]!);
    box[1] = Math.min(box[1]!, bboxes[o + 1]!);
    box[2] = Math.max(box[2]!, bboxes[o + 2]!);
    box[3] = Math.max(box[3]!, bboxes[o + 3]!);
  }
  if (!(box[0]! <= box[2]!)) return null;
  return { bbox: box as FitRequest["bbox"], seq: (previous?.seq ?? 0) + 1 };
}

export function createAppStore() {
  return createStore<AppState>()((set, get) => ({
    status: "loading",
    mapDrawn: false,
    error: null,
    territory: null,
    project: null,
    links: null,
    result: null,
    view: initialView(),

    setTerritory(territory) {
      const project = get().project;
      set({ territory, links: null });
      if (project) get().setProject(project);
    },
    setProject(project) {
      const { territory, project: previous, links: previousLinks } = get();
      if (!territory) throw new Error("Le référentiel des territoires n'est pas chargé");
      // Geometry work only when the located objects changed (links are reset with the territory).
      const links =
        previousLinks && previous && previous.acheteurs === project.acheteurs && previous.grandsProjets === project.grandsProjets
          ? previousLinks
          : (territory.geometry?.link(project) ?? linkProjectByCodes(territory.index, project));
      const result = computeAll(territory.index, project, { links });
      set({ project, links, result, status: "ready", error: null });
    },
    setSeuils(seuils) {
      const project = get().project;
      if (project) get().setProject({ ...project, seuils });
    },
    markMapDrawn() {
      if (!get().mapDrawn) set({ mapDrawn: true });
    },
    fail(message) {
      set({ status: "error", error: message });
    },
    setColouring(colouring) {
      set((state) => ({ view: { ...state.view, colouring } }));
    },
    setOverlay(overlay, visible) {
      set((state) => ({ view: { ...state.view, overlays: { ...state.view.overlays, [overlay]: visible } } }));
    },
    setBasemap(basemap) {
      set((state) => ({ view: { ...state.view, basemap } }));
    },
    focus(focus) {
      const territory = get().territory;
      let communes: ArrayLike<number> = [];
      if (territory && focus) {
        const { index } = territory;
        const at = focus.level === "region" ? index.regionIndex.get(focus.code) : index.departementIndex.get(focus.code);
        if (at !== undefined) communes = focus.level === "region" ? index.communesOfRegion[at]! : index.communesOfDepartement[at]!;
      }
      set((state) => ({ view: { ...state.view, focus, fit: fitRequest(territory, communes, state.view.fit) ?? state.view.fit } }));
    },
    hover(code) {
      if (get().view.hovered !== code) set((state) => ({ view: { ...state.view, hovered: code } }));
    },
    select(selection) {
      set((state) => ({ view: { ...state.view, selection, highlighted: selection?.kind === "facilitateur" ? state.view.highlighted : null } }));
    },
    showCommune(code) {
      const territory = get().territory;
      const c = territory?.index.communeIndex.get(code);
      set((state) => ({
        view: { ...state.view, selection: { kind: "commune", code }, highlighted: null, fit: (c !== undefined && fitRequest(territory, [c], state.view.fit)) || state.view.fit },
      }));
    },
    showPerimeter(facilitateurId) {
      const { territory, project, result } = get();
      const f = project?.facilitateurs.findIndex((item) => item.id === facilitateurId) ?? -1;
      const communes = f >= 0 && result ? result.perimeters.communes.subarray(result.perimeters.offsets[f]!, result.perimeters.offsets[f + 1]!) : [];
      set((state) => ({
        view: { ...state.view, selection: { kind: "facilitateur", id: facilitateurId }, highlighted: facilitateurId, fit: fitRequest(territory, communes, state.view.fit) ?? state.view.fit },
      }));
    },
  }));
}

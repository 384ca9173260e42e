// The fleeting state of the screen: the commune under the pointer, the lasso being drawn,
// the last message of a map edit, the map's next framing. Kept apart from the view and the
// document, so that a pointer move wakes neither the address bar nor the saving.
import type { StateCreator } from "zustand/vanilla";
import { boundsOfCommunes, boundsOfZone, type Bounds } from "../domain/commune-bounds.ts";
import { communesOfPerimeter } from "../domain/perimeter.ts";
import type { Focus, LassoDrawing, Selection } from "../view/vocabulary.ts";
import type { AppState } from "./app-store.ts";

/** What the map is asked to frame: a focused territory, or a selected object. */
export type FitTarget = { kind: "focus"; focus: NonNullable<Focus> } | NonNullable<Selection>;

/**
 * A request to the map to show an area: `bbox` [west, south, east, north] degrees, null
 * while the polygons are not loaded (it is filled in when they arrive); `seq` makes each
 * request new.
 */
export interface FitRequest {
  target: FitTarget;
  bbox: Bounds | null;
  seq: number;
}

export interface TransientState {
  /** INSEE code of the commune under the pointer. */
  hovered: string | null;
  /** The object drawn over the communes under the pointer (a buyer, a coordinator's seat, a grand projet). */
  hoveredObject: NonNullable<Selection> | null;
  /** The zone being drawn with the lasso, real positions; null when none. */
  lasso: LassoDrawing | null;
  /** Outcome of the last edit made on the map, in French (refusals, no-ops); null when none. */
  editMessage: string | null;
  fit: FitRequest | null;
}

export interface TransientSlice {
  transient: TransientState;
  hover(code: string | null, object?: NonNullable<Selection> | null): void;
  setLasso(lasso: LassoDrawing | null): void;
  setEditMessage(message: string | null): void;
  /** Asks the map to frame `target` (a new request even for the same target). */
  requestFit(target: FitTarget): void;
}

/** The bounding box of a fit target on the state's territory and document, or null. */
export function boundsOfTarget(state: AppState, target: FitTarget): Bounds | null {
  const territory = state.territory;
  const shapes = territory?.geometry?.shapes;
  if (!territory || !shapes) return null;
  const { index } = territory;
  switch (target.kind) {
    case "focus":
      return boundsOfZone(index, shapes, target.focus.level, target.focus.code);
    case "commune":
      return boundsOfZone(index, shapes, "commune", target.code);
    case "facilitateur": {
      const project = state.derived.project(state);
      const result = state.derived.result(state);
      const f = project?.facilitateurs.findIndex((item) => item.id === target.id) ?? -1;
      return f >= 0 && result ? boundsOfCommunes(shapes, communesOfPerimeter(result.perimeters, f)) : null;
    }
    case "structure": {
      const structure = state.derived.project(state)?.structures.find((item) => item.id === target.id);
      return structure ? boundsOfZone(index, shapes, "commune", structure.communeSiege) : null;
    }
    case "acheteur": {
      const project = state.derived.project(state);
      const links = state.derived.links(state);
      const b = project?.acheteurs.findIndex((item) => item.id === target.id) ?? -1;
      const c = b >= 0 ? (links?.acheteurCommunes[b] ?? -1) : -1;
      return c >= 0 ? boundsOfCommunes(shapes, [c]) : null;
    }
    case "grand-projet": {
      const project = state.derived.project(state);
      const links = state.derived.links(state);
      const g = project?.grandsProjets.findIndex((item) => item.id === target.id) ?? -1;
      return g >= 0 && links ? boundsOfCommunes(shapes, links.grandProjetCommunes[g] ?? []) : null;
    }
    case "acheteurs-decp":
      return boundsOfZone(index, shapes, "commune", target.id);
  }
}

export const createTransientSlice: StateCreator<AppState, [], [], TransientSlice> = (set, get) => {
  const setTransient = (change: Partial<TransientState>) => set((state) => ({ transient: { ...state.transient, ...change } }));
  return {
    transient: { hovered: null, hoveredObject: null, lasso: null, editMessage: null, fit: null },
    hover(code, object = null) {
      const { hovered, hoveredObject } = get().transient;
      const same = hoveredObject === object || (hoveredObject !== null && object !== null && JSON.stringify(hoveredObject) === JSON.stringify(object));
      if (hovered !== code || !same) setTransient({ hovered: code, hoveredObject: object });
    },
    setLasso: (lasso) => setTransient({ lasso }),
    setEditMessage(editMessage) {
      if (get().transient.editMessage !== editMessage) setTransient({ editMessage });
    },
    requestFit(target) {
      const state = get();
      const bbox = boundsOfTarget(state, target);
      // Before the polygons arrive a target without box is kept: it is framed once they are there.
      if (!bbox && state.territory?.geometry) return;
      setTransient({ fit: { target, bbox, seq: (state.transient.fit?.seq ?? 0) + 1 } });
    },
  };
};

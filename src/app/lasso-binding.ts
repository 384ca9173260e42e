// The lasso of the perimeter editor: while `view.editing.tool` is « lasso », map clicks add
// the points of a zone (drawn as it grows, with a line to the pointer), a double-click or
// Enter closes it, Escape cancels it. The zone lives in the store (`transient.lasso`, real
// positions); the perimeter editor applies it to the communes.
import { appendLassoPoint, lassoPolygon, type LonLat } from "../domain/lasso-drawing.ts";
import type { MapController } from "../map/map-controller.ts";
import type { AppState, AppStore } from "../store/app-store.ts";

const lassoOn = (state: AppState) => state.view.editing?.tool === "lasso";

/** Keys typed in a field, on a button or in a dialog belong there. */
function ownedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName) || target.closest("dialog") !== null;
}

/** Follows the store's lasso and turns map input into it; returns the cleanup. */
export function bindLasso(map: MapController, store: AppStore): () => void {
  let pointer: LonLat | null = null;
  const draw = () => map.drawLasso(store.getState().transient.lasso, pointer);
  const close = () => {
    const drawing = store.getState().transient.lasso;
    if (drawing && !drawing.closed && lassoPolygon(drawing.points)) store.getState().setLasso({ points: drawing.points, closed: true });
  };

  const stopPointer = map.onMapPointer({
    click(point) {
      if (!lassoOn(store.getState())) return;
      const drawing = store.getState().transient.lasso;
      // A click after a closed zone starts a new one.
      store.getState().setLasso({ points: drawing && !drawing.closed ? appendLassoPoint(drawing.points, point) : [point], closed: false });
    },
    doubleClick(prevent) {
      if (!lassoOn(store.getState())) return;
      prevent();
      close();
    },
    move(point) {
      if (!lassoOn(store.getState())) return;
      const drawing = store.getState().transient.lasso;
      if (!drawing || drawing.closed) return;
      pointer = point;
      draw();
    },
  });
  const onKey = (event: KeyboardEvent) => {
    const state = store.getState();
    if (!lassoOn(state) || event.defaultPrevented || ownedElsewhere(event.target)) return;
    const drawing = state.transient.lasso;
    if (event.key === "Enter" && drawing && !drawing.closed) {
      close();
      event.preventDefault();
    } else if (event.key === "Escape" && drawing) {
      state.setLasso(null);
      event.preventDefault();
    }
  };

  const apply = (state: AppState, previous: AppState | null) => {
    const on = lassoOn(state);
    if (on !== (previous ? lassoOn(previous) : false)) {
      map.setLassoActive(on);
      // Leaving the lasso tool drops the zone being drawn.
      if (!on && state.transient.lasso) state.setLasso(null);
    }
    if (state.transient.lasso !== (previous?.transient.lasso ?? null)) {
      if (!state.transient.lasso || state.transient.lasso.closed) pointer = null;
      draw();
    }
  };

  window.addEventListener("keydown", onKey);
  apply(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => apply(state, previous));
  return () => {
    unsubscribe();
    stopPointer();
    window.removeEventListener("keydown", onKey);
  };
}

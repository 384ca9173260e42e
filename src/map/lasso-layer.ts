// The lasso of the perimeter editor: while `view.editing.tool` is « lasso », map clicks add
// the points of a zone (drawn as it grows, with a line to the pointer), a double-click or
// Enter closes it, Escape cancels it. The zone lives in the store's view
// (`view.editing.lasso`, real positions); the perimeter editor applies it to the communes.
import type * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection, Position } from "geojson";
import { appendLassoPoint, lassoPolygon, type LonLat } from "../domain/lasso-drawing.ts";
import type { AppState, AppStore } from "../store/app-store.ts";
import type { LassoDrawing } from "../store/view.ts";
import { INSETS, toDisplay, toDisplayFeatures } from "./insets.ts";

export const LASSO_SOURCE = "lasso";

const LASSO_LAYERS: maplibregl.AddLayerObject[] = [
  { id: "lasso-fill", type: "fill", source: LASSO_SOURCE, filter: ["==", ["geometry-type"], "Polygon"], paint: { "fill-color": "#000091", "fill-opacity": 0.12 } },
  { id: "lasso-line", type: "line", source: LASSO_SOURCE, paint: { "line-color": "#000091", "line-width": 2, "line-dasharray": [2, 1] } },
  {
    id: "lasso-points",
    type: "circle",
    source: LASSO_SOURCE,
    filter: ["==", ["geometry-type"], "Point"],
    paint: { "circle-radius": 4, "circle-color": "#ffffff", "circle-stroke-color": "#000091", "circle-stroke-width": 2 },
  },
];

/** A displayed position back to the real one: out of its DROM inset when it falls in one. */
function fromDisplay(position: LonLat): LonLat {
  const [x, y] = position;
  for (const inset of INSETS) {
    const [W, S, E, N] = inset.display;
    if (x < W || x > E || y < S || y > N) continue;
    // toDisplay is affine per inset: read it back from two corners.
    const [w, s, e, n] = inset.real;
    const [x0, y0] = toDisplay([w, s]) as LonLat;
    const [x1, y1] = toDisplay([e, n]) as LonLat;
    const scaleX = (x1 - x0) / (e - w);
    const scaleY = (y1 - y0) / (n - s);
    return [w + (x - x0) / scaleX, s + (y - y0) / scaleY];
  }
  return position;
}

const lassoOf = (state: AppState): LassoDrawing | null => state.view.editing?.lasso ?? null;
const lassoOn = (state: AppState) => state.view.editing?.tool === "lasso";

/** The drawing as features: the closed zone, or the open line (to the pointer) and its points. */
function lassoFeatures(drawing: LassoDrawing | null, pointer: LonLat | null): FeatureCollection {
  const features: Feature[] = [];
  if (drawing && drawing.points.length > 0) {
    const polygon = drawing.closed ? lassoPolygon(drawing.points) : null;
    if (polygon) features.push({ type: "Feature", properties: {}, geometry: polygon });
    else {
      const line: Position[] = pointer ? [...drawing.points, pointer] : drawing.points;
      if (line.length > 1) features.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: line } });
    }
    for (const point of drawing.points) features.push({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: point } });
  }
  return toDisplayFeatures({ type: "FeatureCollection", features });
}

/** Keys typed in a field, on a button or in a dialog belong there. */
function ownedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName) || target.closest("dialog") !== null;
}

/** Adds the lasso source and layers (on top) and follows the store; returns the cleanup. */
export function startLassoLayer(map: maplibregl.Map, store: AppStore): () => void {
  map.addSource(LASSO_SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
  for (const layer of LASSO_LAYERS) map.addLayer(layer);
  let pointer: LonLat | null = null;
  const draw = () => (map.getSource(LASSO_SOURCE) as maplibregl.GeoJSONSource | undefined)?.setData(lassoFeatures(lassoOf(store.getState()), pointer));
  const setLasso = (lasso: LassoDrawing | null) => store.getState().setEditOptions({ lasso });

  const close = () => {
    const drawing = lassoOf(store.getState());
    if (drawing && !drawing.closed && lassoPolygon(drawing.points)) setLasso({ points: drawing.points, closed: true });
  };

  const onClick = (event: maplibregl.MapMouseEvent) => {
    if (!lassoOn(store.getState())) return;
    const point = fromDisplay([event.lngLat.lng, event.lngLat.lat]);
    const drawing = lassoOf(store.getState());
    // A click after a closed zone starts a new one.
    setLasso({ points: drawing && !drawing.closed ? appendLassoPoint(drawing.points, point) : [point], closed: false });
  };
  const onDoubleClick = (event: maplibregl.MapMouseEvent) => {
    if (!lassoOn(store.getState())) return;
    event.preventDefault();
    close();
  };
  const onMove = (event: maplibregl.MapMouseEvent) => {
    if (!lassoOn(store.getState())) return;
    map.getCanvas().style.cursor = "crosshair";
    const drawing = lassoOf(store.getState());
    if (!drawing || drawing.closed) return;
    pointer = fromDisplay([event.lngLat.lng, event.lngLat.lat]);
    draw();
  };
  const onKey = (event: KeyboardEvent) => {
    const state = store.getState();
    if (!lassoOn(state) || event.defaultPrevented || ownedElsewhere(event.target)) return;
    const drawing = lassoOf(state);
    if (event.key === "Enter" && drawing && !drawing.closed) {
      close();
      event.preventDefault();
    } else if (event.key === "Escape" && drawing) {
      setLasso(null);
      event.preventDefault();
    }
  };

  const apply = (state: AppState, previous: AppState | null) => {
    const on = lassoOn(state);
    if (on !== (previous ? lassoOn(previous) : false)) {
      // A double-click closes the zone instead of zooming.
      if (on) map.doubleClickZoom.disable();
      else map.doubleClickZoom.enable();
      map.getCanvas().style.cursor = on ? "crosshair" : "";
    }
    if (lassoOf(state) !== (previous ? lassoOf(previous) : null)) {
      if (!lassoOf(state) || lassoOf(state)?.closed) pointer = null;
      draw();
    }
  };

  map.on("click", onClick);
  map.on("dblclick", onDoubleClick);
  map.on("mousemove", onMove);
  window.addEventListener("keydown", onKey);
  apply(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => apply(state, previous));
  return () => {
    unsubscribe();
    map.off("click", onClick);
    map.off("dblclick", onDoubleClick);
    map.off("mousemove", onMove);
    window.removeEventListener("keydown", onKey);
  };
}

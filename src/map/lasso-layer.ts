// How the lasso of the perimeter editor is drawn: the closed zone, or the open line (to the
// pointer) and its points. The interaction itself (clicks, Enter, Escape) is the binding's
// (src/app/lasso-binding.ts); the zone lives in the store, at real positions.
import type * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection, Position } from "geojson";
import { lassoPolygon, type LonLat } from "../domain/lasso-drawing.ts";
import type { LassoDrawing } from "../view/vocabulary.ts";

export const LASSO_SOURCE = "lasso";
/** The lowest of the lasso's layers: what is drawn under the lasso is added beneath it. */
export const LASSO_BOTTOM_LAYER = "lasso-fill";

export const LASSO_LAYERS: maplibregl.LayerSpecification[] = [
  { id: LASSO_BOTTOM_LAYER, type: "fill", source: LASSO_SOURCE, filter: ["==", ["geometry-type"], "Polygon"], paint: { "fill-color": "#000091", "fill-opacity": 0.12 } },
  { id: "lasso-line", type: "line", source: LASSO_SOURCE, paint: { "line-color": "#000091", "line-width": 2, "line-dasharray": [2, 1] } },
  {
    id: "lasso-points",
    type: "circle",
    source: LASSO_SOURCE,
    filter: ["==", ["geometry-type"], "Point"],
    paint: { "circle-radius": 4, "circle-color": "#ffffff", "circle-stroke-color": "#000091", "circle-stroke-width": 2 },
  },
];

/** The lasso's source and layers (hidden), for the map's first style: on top of everything. */
export function lassoStyle(): Pick<maplibregl.StyleSpecification, "sources" | "layers"> {
  return {
    sources: { [LASSO_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } } },
    layers: LASSO_LAYERS.map((layer) => ({ ...layer, layout: { ...layer.layout, visibility: "none" } }) as maplibregl.LayerSpecification),
  };
}

/** The drawing as features at real positions: the closed zone, or the open line (to the pointer) and its points. */
export function lassoFeatures(drawing: LassoDrawing | null, pointer: LonLat | null): FeatureCollection {
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
  return { type: "FeatureCollection", features };
}

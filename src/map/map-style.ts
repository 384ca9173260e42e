// The base style: no external basemap, no glyphs or sprites, nothing outside the app's origin.
// Communes and département borders come from the app's own vector tiles (scripts/web/).
import type { FillLayerSpecification, LineLayerSpecification, StyleSpecification, VectorSourceSpecification } from "@maplibre/maplibre-gl-style-spec";
import { TILE_LAYERS, TILE_MAX_ZOOM, TILE_MIN_ZOOM, TILES_BOUNDS, tilesUrl } from "./tile-layout.ts";

export const ATTRIBUTION = "Contours : IGN Admin Express (Licence Ouverte)";

/** The vector source of communes and département borders; feature ids are commune indices. */
export const SOURCE_FRANCE = "france";

export function franceSource(base: string): VectorSourceSpecification {
  return { type: "vector", tiles: [tilesUrl(base)], minzoom: TILE_MIN_ZOOM, maxzoom: TILE_MAX_ZOOM, bounds: [...TILES_BOUNDS] };
}

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    // No fades: a new coloured layer shows at once (the default 300 ms transition would keep
    // the map busy redrawing for that long after every switch).
    transition: { duration: 0, delay: 0 },
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#e8edf2" } }],
  };
}

export const communeFillLayer: FillLayerSpecification = {
  id: "communes-fill",
  type: "fill",
  source: SOURCE_FRANCE,
  "source-layer": TILE_LAYERS.communes,
  // Commune borders fade out at the national zooms, where a commune is two or three pixels
  // wide and grey borders would hide the colours.
  paint: { "fill-color": "#cfd8e3", "fill-outline-color": ["interpolate", ["linear"], ["zoom"], 4, "rgba(255, 255, 255, 0.12)", 6, "rgba(154, 168, 184, 0.5)", 8, "#9aa8b8"] },
};

export const departementLineLayer: LineLayerSpecification = {
  id: "departements-line",
  type: "line",
  source: SOURCE_FRANCE,
  "source-layer": TILE_LAYERS.departements,
  paint: { "line-color": "#2f3f5a", "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 9, 2] },
};

// The base style: no external basemap, no sprites, nothing outside the app's origin.
// Communes and département borders come from the app's own vector tiles (scripts/web/); the
// names and their glyphs are added after the first view (label-layers.ts).
import type { FillLayerSpecification, LineLayerSpecification, StyleSpecification, VectorSourceSpecification } from "@maplibre/maplibre-gl-style-spec";
import { fillColourExpression } from "./commune-states.ts";
import { TILE_LAYERS, TILE_MAX_ZOOM, TILE_MIN_ZOOM, TILES_BOUNDS, tilesUrl } from "./tile-layout.ts";

export const ATTRIBUTION = "Contours : IGN Admin Express (Licence Ouverte)";

/** The vector source of communes and département borders; feature ids are commune indices. */
export const SOURCE_FRANCE = "france";

export function franceSource(base: string): VectorSourceSpecification {
  return { type: "vector", tiles: [tilesUrl(base)], minzoom: TILE_MIN_ZOOM, maxzoom: TILE_MAX_ZOOM, bounds: [...TILES_BOUNDS] };
}

/** The background the map's first style (initial-style.ts) starts from. */
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

export const COMMUNE_FILL_LAYER = "communes-fill";
export const DEPARTEMENT_LINE_LAYER = "departements-line";

/** The communes, coloured by the palette code of their feature-state (see commune-states.ts). */
export const communeFillLayer: FillLayerSpecification = {
  id: COMMUNE_FILL_LAYER,
  type: "fill",
  source: SOURCE_FRANCE,
  "source-layer": TILE_LAYERS.communes,
  // Commune borders are not drawn at the national zooms, where a commune is two or three
  // pixels wide: grey borders would hide the colours, and drawing 250,000 edges doubles the
  // cost of a frame in software WebGL. They fade in from zoom 5.
  paint: { "fill-color": fillColourExpression(), "fill-antialias": ["step", ["zoom"], false, 5, true], "fill-outline-color": ["interpolate", ["linear"], ["zoom"], 4, "rgba(255, 255, 255, 0.12)", 6, "rgba(154, 168, 184, 0.5)", 8, "#9aa8b8"] },
};

/** The frames of the DROM insets, from the same tiles. */
export const insetFrameLayer: LineLayerSpecification = {
  id: "encadres-line",
  type: "line",
  source: SOURCE_FRANCE,
  "source-layer": TILE_LAYERS.encadres,
  paint: { "line-color": "#3a3a3a", "line-width": 1 },
};

export const departementLineLayer: LineLayerSpecification = {
  id: DEPARTEMENT_LINE_LAYER,
  type: "line",
  source: SOURCE_FRANCE,
  "source-layer": TILE_LAYERS.departements,
  paint: { "line-color": "#2f3f5a", "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 9, 2] },
};

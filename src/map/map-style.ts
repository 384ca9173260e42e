// The base style: no external basemap, no glyphs or sprites, nothing outside the app's origin.
import type { FillLayerSpecification, LineLayerSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";

export const ATTRIBUTION = "Contours : IGN Admin Express (Licence Ouverte)";

export const SOURCE_COMMUNES = "communes";
export const SOURCE_DEPARTEMENTS = "departements";

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#e8edf2" } }],
  };
}

export const communeFillLayer: FillLayerSpecification = {
  id: "communes-fill",
  type: "fill",
  source: SOURCE_COMMUNES,
  paint: { "fill-color": "#cfd8e3", "fill-outline-color": "#9aa8b8" },
};

export const departementLineLayer: LineLayerSpecification = {
  id: "departements-line",
  type: "line",
  source: SOURCE_DEPARTEMENTS,
  paint: { "line-color": "#2f3f5a", "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 9, 2] },
};

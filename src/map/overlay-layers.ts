// Sources and layers drawn over the coloured communes, all from the app's own data.
import type * as maplibregl from "maplibre-gl";
import type { FilterSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Overlay } from "../view/vocabulary.ts";
import { CATEGORICAL } from "./palettes.ts";

export const OVERLAY_SOURCES = ["regions", "epci", "acheteurs", "coordinateurs", "grands-projets", "perimetres", "surlignage", "masque", "encadres"] as const;
export type OverlaySource = (typeof OVERLAY_SOURCES)[number];

const ACHETEUR_COLOURS = ["match", ["get", "type"], "pfra", CATEGORICAL[0], "dreets", CATEGORICAL[2], "prefecture", CATEGORICAL[5], "ddets", CATEGORICAL[1], CATEGORICAL[7]];
const isZone: FilterSpecification = ["==", ["get", "part"], "zone"];
const isTrace: FilterSpecification = ["==", ["get", "part"], "trace"];

/** Layers of each overlay, drawn in this order over the communes. */
export const OVERLAY_LAYERS: Record<Overlay | "surlignage" | "masque" | "encadres", LayerSpecification[]> = {
  encadres: [{ id: "encadres-line", type: "line", source: "encadres", paint: { "line-color": "#3a3a3a", "line-width": 1 } }],
  masque: [{ id: "masque-fill", type: "fill", source: "masque", paint: { "fill-color": "#ffffff", "fill-opacity": 0.65 } }],
  epci: [{ id: "epci-line", type: "line", source: "epci", paint: { "line-color": "#6a6a6a", "line-width": 0.6 } }],
  departements: [],
  regions: [{ id: "regions-line", type: "line", source: "regions", paint: { "line-color": "#161616", "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1.2, 9, 3] } }],
  perimetres: [{ id: "perimetres-line", type: "line", source: "perimetres", paint: { "line-color": "#000091", "line-width": 1.2, "line-opacity": 0.8 } }],
  "grands-projets": [
    { id: "grands-projets-zone", type: "fill", source: "grands-projets", filter: isZone, paint: { "fill-color": "#a94645", "fill-opacity": 0.15 } },
    { id: "grands-projets-contour", type: "line", source: "grands-projets", filter: isZone, paint: { "line-color": "#a94645", "line-width": 2, "line-dasharray": [2, 1] } },
    { id: "grands-projets-trace", type: "line", source: "grands-projets", filter: isTrace, paint: { "line-color": "#6e445a", "line-width": 3 } },
  ],
  surlignage: [{ id: "surlignage-line", type: "line", source: "surlignage", paint: { "line-color": "#000091", "line-width": 3.5 } }],
  acheteurs: [
    {
      id: "acheteurs-circle",
      type: "circle",
      source: "acheteurs",
      paint: { "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 3.5, 10, 7], "circle-color": ACHETEUR_COLOURS as never, "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.2 },
    },
  ],
  coordinateurs: [
    {
      id: "coordinateurs-circle",
      type: "circle",
      source: "coordinateurs",
      paint: { "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 6, 10, 10], "circle-color": "#000091", "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 },
    },
  ],
};

/** Colour of each type of State buyer on the map, for the legend. */
export const ACHETEUR_LEGEND: { type: string; colour: string }[] = [
  { type: "PFRA", colour: CATEGORICAL[0] },
  { type: "DREETS", colour: CATEGORICAL[2] },
  { type: "Préfecture", colour: CATEGORICAL[5] },
  { type: "DDETS", colour: CATEGORICAL[1] },
  { type: "Autre", colour: CATEGORICAL[7] },
];

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** Adds every overlay source (empty) and layer (hidden until shown). */
export function addOverlayLayers(map: maplibregl.Map): void {
  for (const source of OVERLAY_SOURCES) map.addSource(source, { type: "geojson", data: EMPTY });
  for (const layers of Object.values(OVERLAY_LAYERS)) for (const layer of layers) map.addLayer(layer as maplibregl.AddLayerObject);
}

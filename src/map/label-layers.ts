// Names on the map, in Marianne from the app's own glyphs (no font from elsewhere): régions
// at the national zooms, départements and préfectures at the middle zooms, communes when
// zoomed in, the larger first. And the selected commune, outlined and named above them all.
// Added after the first view (see map-binding.ts): the first view downloads none of it.
import type * as maplibregl from "maplibre-gl";
import type { ExpressionSpecification, SymbolLayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import { glyphsUrl, LABEL_FONTS, LABEL_TILE_LAYER, LABEL_TILE_ZOOM, labelTilesUrl, territoryLabelsUrl, TILES_BOUNDS, type TerritoryLabelKind } from "./tile-layout.ts";

const TERRITORIES = "noms-territoires";
const COMMUNES = "noms-communes";
export const SELECTION_SOURCE = "selection-commune";
const SELECTION_BOTTOM_LAYER = "selection-contour";

const kind = (...kinds: TerritoryLabelKind[]): ExpressionSpecification => ["in", ["get", "kind"], ["literal", kinds]];
/** Readable over any colour of the communes. */
const HALO = { "text-halo-color": "rgba(255, 255, 255, 0.92)", "text-halo-width": 1.6, "text-halo-blur": 0.3 };
const byZoom = (...stops: number[]): ExpressionSpecification => ["interpolate", ["linear"], ["zoom"], ...stops] as ExpressionSpecification;

/** The label layers, top first: MapLibre places the upper layers' names first, the others around them. */
export const LABEL_LAYERS: SymbolLayerSpecification[] = [
  {
    id: "noms-regions",
    type: "symbol",
    source: TERRITORIES,
    maxzoom: 6,
    filter: kind("region"),
    layout: {
      "text-field": ["get", "nom"],
      "text-font": [LABEL_FONTS.bold],
      "text-size": byZoom(4, 10, 6, 14),
      "text-transform": "uppercase",
      "text-letter-spacing": 0.04,
      "text-max-width": 7,
      "text-padding": 1,
      // On a small map of France, a name that would touch its neighbour's moves a little off its point.
      "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
      "text-radial-offset": 0.4,
    },
    paint: { "text-color": "#3a3a3a", ...HALO },
  },
  {
    id: "noms-departements",
    type: "symbol",
    source: TERRITORIES,
    minzoom: 6,
    maxzoom: LABEL_TILE_ZOOM,
    filter: kind("departement"),
    layout: { "text-field": ["get", "nom"], "text-font": [LABEL_FONTS.regular], "text-size": byZoom(6, 12, 8, 14), "text-transform": "uppercase", "text-letter-spacing": 0.04, "text-max-width": 8, "text-padding": 4 },
    paint: { "text-color": "#53575e", ...HALO },
  },
  {
    id: "noms-prefectures",
    type: "symbol",
    source: TERRITORIES,
    minzoom: 7,
    filter: kind("prefecture-region", "prefecture"),
    layout: {
      "text-field": ["get", "nom"],
      "text-font": [LABEL_FONTS.bold],
      "text-size": byZoom(7, 12, 10, 15),
      "text-max-width": 8,
      // The préfectures de région first, then by population.
      "symbol-sort-key": ["-", ["case", ["==", ["get", "kind"], "prefecture-region"], 0, 1e8], ["get", "population"]],
    },
    paint: { "text-color": "#161616", ...HALO },
  },
  {
    // The DROM's communes, in their insets: drawn at another scale than the map's zoom says.
    id: "noms-communes-encarts",
    type: "symbol",
    source: TERRITORIES,
    minzoom: 7,
    filter: kind("commune"),
    layout: { "text-field": ["get", "nom"], "text-font": [LABEL_FONTS.regular], "text-size": byZoom(7, 11, 12, 14), "text-max-width": 7, "symbol-sort-key": ["-", 0, ["get", "population"]] },
    paint: { "text-color": "#161616", ...HALO },
  },
  {
    id: "noms-communes",
    type: "symbol",
    source: COMMUNES,
    "source-layer": LABEL_TILE_LAYER,
    minzoom: LABEL_TILE_ZOOM,
    layout: { "text-field": ["get", "nom"], "text-font": [LABEL_FONTS.regular], "text-size": byZoom(9, 11, 12, 14), "text-max-width": 7, "symbol-sort-key": ["-", 0, ["get", "population"]] },
    paint: { "text-color": "#161616", ...HALO },
  },
];

const SELECTION_LAYERS: maplibregl.AddLayerObject[] = [
  // A line layer draws the outline only; the symbol layer, the name only.
  { id: SELECTION_BOTTOM_LAYER, type: "line", source: SELECTION_SOURCE, paint: { "line-color": "#000091", "line-width": 3 } },
  {
    id: "selection-nom",
    type: "symbol",
    source: SELECTION_SOURCE,
    filter: ["==", ["geometry-type"], "Point"],
    // Always shown, and the other names keep clear of it.
    layout: { "text-field": ["get", "nom"], "text-font": [LABEL_FONTS.bold], "text-size": 16, "text-max-width": 10, "text-allow-overlap": true },
    paint: { "text-color": "#000091", "text-halo-color": "#ffffff", "text-halo-width": 2 },
  },
];

/** The map's glyphs, from the app's origin; set once, when the first names are added. */
function ensureGlyphs(map: maplibregl.Map): void {
  if (!map.getGlyphs()) map.setGlyphs(glyphsUrl(document.baseURI), { validate: false });
}

/**
 * Adds the names' sources and layers under `beforeId` and the selection's layers, once (true
 * when added now); their data loads from then on.
 */
export function addLabelLayers(map: maplibregl.Map, beforeId: string): boolean {
  if (map.getSource(TERRITORIES)) return false;
  ensureGlyphs(map);
  if (map.getLayer(SELECTION_BOTTOM_LAYER)) beforeId = SELECTION_BOTTOM_LAYER;
  map.addSource(TERRITORIES, { type: "geojson", data: territoryLabelsUrl(document.baseURI) });
  map.addSource(COMMUNES, { type: "vector", tiles: [labelTilesUrl(document.baseURI)], minzoom: LABEL_TILE_ZOOM, maxzoom: LABEL_TILE_ZOOM, bounds: [...TILES_BOUNDS] });
  for (const layer of [...LABEL_LAYERS].reverse()) map.addLayer(layer as maplibregl.AddLayerObject, beforeId);
  return true;
}

export function setLabelVisibility(map: maplibregl.Map, visible: boolean): void {
  for (const layer of LABEL_LAYERS) if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
}

/** The layers that name communes (préfectures included): the selected one is named by the selection's layer instead. */
const COMMUNE_NAME_LAYERS = new Set(["noms-prefectures", "noms-communes-encarts", "noms-communes"]);

/** Leaves `name` out of the communes' names (null: none), so that the selected commune is named once. */
export function leaveOutOfLabels(map: maplibregl.Map, name: string | null): void {
  for (const layer of LABEL_LAYERS) {
    if (!COMMUNE_NAME_LAYERS.has(layer.id) || !map.getLayer(layer.id)) continue;
    const others: ExpressionSpecification = ["!=", ["get", "nom"], name ?? ""];
    map.setFilter(layer.id, name === null ? (layer.filter ?? null) : layer.filter ? ["all", layer.filter as ExpressionSpecification, others] : others);
  }
}

/** Adds the selection's source (empty) and layers under `beforeId`, once. */
export function addSelectionLayers(map: maplibregl.Map, beforeId: string): void {
  if (map.getSource(SELECTION_SOURCE)) return;
  ensureGlyphs(map);
  map.addSource(SELECTION_SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
  for (const layer of SELECTION_LAYERS) map.addLayer(layer, beforeId);
}

export interface SelectionLabel {
  /** The commune's outline (real positions), when known. */
  outline?: MultiPolygon;
  /** Where its name goes (real [lon, lat]). */
  point: [number, number];
  name: string;
}

/** The selected commune as features at real positions: its outline and its name's point. */
export function selectionFeatures(selection: SelectionLabel | null): FeatureCollection {
  if (!selection) return { type: "FeatureCollection", features: [] };
  const features: Feature[] = [{ type: "Feature", properties: { nom: selection.name }, geometry: { type: "Point", coordinates: selection.point } }];
  if (selection.outline) features.unshift({ type: "Feature", properties: {}, geometry: selection.outline });
  return { type: "FeatureCollection", features };
}

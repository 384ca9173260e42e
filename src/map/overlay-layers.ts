// Sources and layers drawn over the coloured communes, all from the app's own data.
import type * as maplibregl from "maplibre-gl";
import type { FilterSpecification, LayerSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Overlay } from "../view/vocabulary.ts";
import { ACHETEUR_SYMBOLS, acheteurSymbol, COORDINATEUR_SYMBOL, DECP_BUYER_SYMBOL, COORDINATEUR_VACANT_SYMBOL, drawHatch, drawSymbol, GRAND_PROJET_COLOURS, HATCH_IMAGE, type SymbolShape } from "./symbols.ts";
import { ACHETEUR_TYPES } from "../domain/model.ts";

/** `match` cases: each kind of buyer → the image of its symbol. */
const ACHETEUR_IMAGES = ACHETEUR_TYPES.flatMap((type) => [type, acheteurSymbol(type).id]);

export const OVERLAY_SOURCES = ["regions", "epci", "acheteurs", "acheteurs-decp", "coordinateurs", "grands-projets", "perimetres", "surlignage", "masque"] as const;
export type OverlaySource = (typeof OVERLAY_SOURCES)[number];

const isZone: FilterSpecification = ["==", ["get", "part"], "zone"];
const isTrace: FilterSpecification = ["==", ["get", "part"], "trace"];

/** Layers of each overlay, drawn in this order over the communes. */
export const OVERLAY_LAYERS: Record<Overlay | "surlignage" | "masque", LayerSpecification[]> = {
  // The rest of the map dimmed, and the focused territory outlined (the mask's holes are its outline).
  masque: [
    { id: "masque-fill", type: "fill", source: "masque", paint: { "fill-color": "#ffffff", "fill-opacity": 0.65 } },
    { id: "masque-contour", type: "line", source: "masque", paint: { "line-color": "#000091", "line-width": 2 } },
  ],
  epci: [{ id: "epci-line", type: "line", source: "epci", paint: { "line-color": "#6a6a6a", "line-width": 0.6 } }],
  departements: [],
  regions: [{ id: "regions-line", type: "line", source: "regions", paint: { "line-color": "#161616", "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1.2, 9, 3] } }],
  perimetres: [{ id: "perimetres-line", type: "line", source: "perimetres", paint: { "line-color": "#000091", "line-width": 1.2, "line-opacity": 0.8 } }],
  "grands-projets": [
    { id: "grands-projets-zone", type: "fill", source: "grands-projets", filter: isZone, paint: { "fill-pattern": HATCH_IMAGE, "fill-opacity": 0.55 } },
    { id: "grands-projets-contour", type: "line", source: "grands-projets", filter: isZone, paint: { "line-color": GRAND_PROJET_COLOURS.zone, "line-width": 2, "line-dasharray": [2, 1] } },
    { id: "grands-projets-trace", type: "line", source: "grands-projets", filter: isTrace, paint: { "line-color": GRAND_PROJET_COLOURS.trace, "line-width": 3 } },
  ],
  surlignage: [{ id: "surlignage-line", type: "line", source: "surlignage", paint: { "line-color": "#000091", "line-width": 3.5 } }],
  // Under the project's buyers: one ring per commune, its size by the square root of its contracts (its area by their number).
  "acheteurs-decp": [
    {
      id: "acheteurs-decp-symbole",
      type: "symbol",
      source: "acheteurs-decp",
      layout: {
        "icon-image": DECP_BUYER_SYMBOL.id,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        "icon-size": ["interpolate", ["linear"], ["sqrt", ["get", "marches"]], 1, 0.6, 10, 1.2, 40, 2.4] as never,
        "symbol-sort-key": ["-", 0, ["get", "marches"]] as never,
      },
    },
  ],
  acheteurs: [
    {
      id: "acheteurs-symbole",
      type: "symbol",
      source: "acheteurs",
      layout: {
        "icon-image": ["match", ["get", "type"], ...ACHETEUR_IMAGES, ACHETEUR_SYMBOLS.autre.id] as never,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        "icon-size": ["interpolate", ["linear"], ["zoom"], 4, 0.8, 10, 1.3],
      },
    },
  ],
  coordinateurs: [
    {
      id: "coordinateurs-symbole",
      type: "symbol",
      source: "coordinateurs",
      layout: {
        "icon-image": ["case", ["get", "vacant"], COORDINATEUR_VACANT_SYMBOL.id, COORDINATEUR_SYMBOL.id],
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        "icon-size": ["interpolate", ["linear"], ["zoom"], 4, 0.9, 10, 1.3],
      },
    },
  ],
};

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** Pixels per CSS pixel of the symbol images: sharp on high-density screens and in print snapshots. */
const IMAGE_RATIO = 4;

/** A symbol drawn on a canvas, as a map image. */
function symbolImage(shape: SymbolShape, draw: (context: CanvasRenderingContext2D, size: number) => void = (context, size) => drawSymbol(context, shape, size / 2, size / 2, size)): ImageData {
  const size = Math.ceil(shape.size * IMAGE_RATIO);
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext("2d")!;
  draw(context, size);
  return context.getImageData(0, 0, size, size);
}

/**
 * The images of the overlays' symbols and of the grands projets' hatching, each drawn the
 * first time MapLibre needs it (its first use of a 2D canvas costs a few tens of
 * milliseconds, which the first view does not have to pay: it shows no symbol).
 */
export function addSymbolImages(map: maplibregl.Map): void {
  const hatch = { id: HATCH_IMAGE, label: "", fill: "", stroke: "", size: 8 };
  const draws = new Map<string, () => ImageData>([
    ...[...Object.values(ACHETEUR_SYMBOLS), DECP_BUYER_SYMBOL, COORDINATEUR_SYMBOL, COORDINATEUR_VACANT_SYMBOL].map((shape) => [shape.id, () => symbolImage(shape)] as const),
    [HATCH_IMAGE, () => symbolImage(hatch, drawHatch)],
  ]);
  map.on("styleimagemissing", ({ id }: { id: string }) => {
    const draw = draws.get(id);
    if (draw && !map.hasImage(id)) map.addImage(id, draw(), { pixelRatio: IMAGE_RATIO });
  });
}

/** Every overlay source, empty, and every layer, hidden until shown and given data (layer-visibility.ts), for the map's first style. */
export function overlayStyle(): Pick<StyleSpecification, "sources" | "layers"> {
  return {
    sources: Object.fromEntries(OVERLAY_SOURCES.map((source) => [source, { type: "geojson", data: EMPTY }])),
    layers: Object.values(OVERLAY_LAYERS).flatMap((layers) => layers.map((layer) => ({ ...layer, layout: { ...layer.layout, visibility: "none" } }) as LayerSpecification)),
  };
}

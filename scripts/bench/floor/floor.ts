// The floor, for comparison: the least any page can do to draw the app's first view with
// this stack. MapLibre alone, the app's own vector tiles, one fill layer in one colour, in a
// map of the app's size (?w=…&h=… from the bench) fitted to the same bounds with the same
// padding (?p=top,right,bottom,left). No app code, no
// data to fetch or compute, no design system. With ?vide=1, not even the communes: what
// MapLibre alone takes to start and draw an empty map. With ?couleurs=1, the communes in the
// app's colours: its fill layer (a colour per commune, read from its feature-state) and its
// département borders, a state written for every commune before its tiles arrive — what
// colouring each commune costs MapLibre, still without any app code.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { FRANCE_BOUNDS } from "../../../src/map/map-controller.ts";
import { communeFillLayer, departementLineLayer, franceSource } from "../../../src/map/map-style.ts";
import { FILL_KEY } from "../../../src/map/commune-states.ts";
import { TILE_LAYERS } from "../../../src/map/tile-layout.ts";

declare global {
  interface Window {
    floor?: { firstIdleMs?: number };
  }
}

const size = new URLSearchParams(location.search);
const container = document.getElementById("map")!;
container.style.width = `${Number(size.get("w") ?? 864)}px`;
container.style.height = `${Number(size.get("h") ?? 684)}px`;
window.floor = {};

/** The app's padding around France, from the bench (its legend and note); else the app's margin alone. */
function fitPadding() {
  const [top, right, bottom, left] = (size.get("p") ?? "16,16,16,16").split(",").map(Number);
  return { top: top!, right: right!, bottom: bottom!, left: left! };
}
const coloured = size.has("couleurs");
/** More than the communes there are: a state for an id no tile has costs nothing. */
const COMMUNE_IDS = 35_000;
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: { france: franceSource(new URL("../", document.baseURI).toString()) },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#e8edf2" } },
      ...(size.has("vide") ? [] : coloured ? [communeFillLayer, departementLineLayer] : [{ id: "communes", type: "fill", source: "france", "source-layer": TILE_LAYERS.communes, paint: { "fill-color": "#56b4e9", "fill-antialias": false } } as const]),
    ],
  },
  bounds: FRANCE_BOUNDS,
  fitBoundsOptions: { padding: fitPadding() },
  attributionControl: false,
  fadeDuration: 0,
});
if (coloured) {
  // Four palette codes in turn (see src/map/commune-states.ts), as the app writes them once its project is computed.
  map.once("style.load", () => {
    for (let id = 0; id < COMMUNE_IDS; id++) map.setFeatureState({ source: "france", sourceLayer: TILE_LAYERS.communes, id }, { [FILL_KEY]: id % 4 });
  });
}
map.once("idle", () => {
  window.floor!.firstIdleMs = performance.now();
});

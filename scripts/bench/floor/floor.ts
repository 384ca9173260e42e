// The floor, for comparison: the least any page can do to draw the app's first view with
// this stack. MapLibre alone, the app's own vector tiles, one fill layer in one colour, in a
// map of the app's size (?w=…&h=… from the bench) fitted to the same bounds with the same
// padding (?p=top,right,bottom,left). No app code, no
// data to fetch or compute, no design system. With ?vide=1, not even the communes: what
// MapLibre alone takes to start and draw an empty map.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { FRANCE_BOUNDS } from "../../../src/map/map-controller.ts";
import { franceSource } from "../../../src/map/map-style.ts";
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
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: { france: franceSource(new URL("../", document.baseURI).toString()) },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#e8edf2" } },
      ...(size.has("vide") ? [] : [{ id: "communes", type: "fill", source: "france", "source-layer": TILE_LAYERS.communes, paint: { "fill-color": "#56b4e9", "fill-antialias": false } } as const]),
    ],
  },
  bounds: FRANCE_BOUNDS,
  fitBoundsOptions: { padding: fitPadding() },
  attributionControl: false,
  fadeDuration: 0,
});
map.once("idle", () => {
  window.floor!.firstIdleMs = performance.now();
});

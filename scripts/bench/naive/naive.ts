// The naive way, for comparison: all communes as one GeoJSON source, recoloured by a
// data-driven `match` expression over 35,000 codes.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

declare global {
  interface Window {
    naive?: { firstIdleMs?: number; recolour(): Promise<number> };
  }
}

const map = new maplibregl.Map({
  container: "map",
  style: { version: 8, sources: {}, layers: [{ id: "background", type: "background", paint: { "background-color": "#e8edf2" } }] },
  bounds: [[-5.3, 41.2], [9.7, 51.2]],
});
// Registered before the fetch: the style may be loaded before the data arrives.
const loaded = new Promise<void>((resolve) => map.once("load", () => resolve()));
const topology = (await (await fetch("geo/france.topo.json")).json()) as Topology;
const communes = feature(topology, topology.objects["communes"] as GeometryCollection<{ code: string }>);
const codes = communes.features.map((f) => f.properties.code);
const palette = ["#dfe9dc", "#d55e00", "#f0e442", "#56b4e9"];
const matchOf = (seed: number) => ["match", ["get", "code"], ...codes.flatMap((code, i) => [code, palette[(i + seed) % palette.length]!]), "#e6e6e6"];
const idle = () => new Promise<void>((resolve) => map.once("idle", () => resolve()));
void loaded.then(() => {
  map.addSource("communes", { type: "geojson", data: communes });
  map.addLayer({ id: "communes-fill", type: "fill", source: "communes", paint: { "fill-color": matchOf(0) as never } });
  void idle().then(() => {
    window.naive!.firstIdleMs = performance.now();
  });
});
let seed = 0;
window.naive = {
  async recolour() {
    const start = performance.now();
    const done = idle();
    map.setPaintProperty("communes-fill", "fill-color", matchOf(++seed) as never);
    await done;
    return performance.now() - start;
  },
};

// npm run web-data: what the first view of the app loads, built from public/geo/:
// vector tiles of the communes and département borders, generalised per zoom
// (public/web/tiles/{z}/{x}/{y}.pbf), and the first-view reference
// (public/web/reference-premiere-vue.json); and, loaded after the first view, the names on
// the map (public/web/labels/) and their glyphs (public/web/glyphs/). Deterministic: same
// inputs, same bytes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { toFirstViewReference } from "../../src/domain/first-view-reference.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { projectRoot } from "../lib/geo-inputs.mjs";
import { writeGlyphs } from "./build-glyphs.ts";
import { writeLabels } from "./build-labels.ts";
import { arcsForZoom, weighArcs } from "./simplify-by-zoom.ts";
import { tileExtent, TILE_LAYERS, TILE_MAX_ZOOM, TILE_MIN_ZOOM, TILES_BOUNDS } from "../../src/map/tile-layout.ts";

/**
 * Smallest triangle kept below the last zoom, in pixels² of a 512-pixel tile: coarser at
 * the national zooms, where a commune is two or three pixels wide.
 */
const pixelsAt = (zoom: number) => (zoom <= 5 ? 1.5 : 0.7);

const started = Date.now();
const geoDir = join(projectRoot, "public/geo");
const outDir = join(projectRoot, process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1]! : "public/web");
const topology = JSON.parse(readFileSync(join(geoDir, "france.topo.json"), "utf8")) as Topology;
const reference = JSON.parse(readFileSync(join(geoDir, "reference.json"), "utf8")) as ReferenceData;

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const referenceText = JSON.stringify(toFirstViewReference(reference));
writeFileSync(join(outDir, "reference-premiere-vue.json"), referenceText);

const weighted = weighArcs(topology);
const communeAt = new Map(reference.communes.map((c, i) => [c.code, i]));
const tileRange = (zoom: number) => {
  const n = 2 ** zoom;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
  };
  const [w, s, e, north] = TILES_BOUNDS;
  return { x0: x(w), x1: x(e), y0: y(north), y1: y(s) };
};

let tiles = 0;
let bytes = 0;
let gzipBytes = 0;
const perZoom: string[] = [];
for (let zoom = TILE_MIN_ZOOM; zoom <= TILE_MAX_ZOOM; zoom++) {
  const simplified = { ...topology, transform: undefined, arcs: arcsForZoom(weighted, zoom, zoom === TILE_MAX_ZOOM ? 0 : pixelsAt(zoom)) } as unknown as Topology;
  delete (simplified as { transform?: unknown }).transform;
  const communes = feature(simplified, simplified.objects["communes"] as GeometryCollection<{ code: string }>) as FeatureCollection<Geometry, { code: string }>;
  const communeLayer: FeatureCollection = {
    type: "FeatureCollection",
    // The feature id is the commune's index in the reference (sorted by code): a small integer
    // instead of a string in every tile, and the key of its feature-state.
    features: communes.features.map((f): Feature => ({ type: "Feature", id: communeAt.get(f.properties.code)!, properties: {}, geometry: f.geometry })),
  };
  const borders = (name: string): FeatureCollection => ({
    type: "FeatureCollection",
    features: [{ type: "Feature", properties: {}, geometry: mesh(simplified, simplified.objects[name] as GeometryObject) }],
  });
  const extent = tileExtent(zoom);
  const options = { maxZoom: zoom, indexMaxZoom: zoom, indexMaxPoints: 0, tolerance: 0, extent, buffer: extent / 64 };
  const indexes = {
    [TILE_LAYERS.communes]: new GeoJSONVT(communeLayer, options),
    [TILE_LAYERS.departements]: new GeoJSONVT(borders("departements"), options),
  };
  const { x0, x1, y0, y1 } = tileRange(zoom);
  let zoomTiles = 0;
  let zoomGzip = 0;
  for (let x = x0; x <= x1; x++) {
    for (let y = y0; y <= y1; y++) {
      const layers: Parameters<typeof fromGeojsonVt>[0] = {};
      for (const [name, index] of Object.entries(indexes)) {
        const tile = index.getTile(zoom, x, y);
        if (tile && tile.features.length > 0) layers[name] = tile;
      }
      if (!layers[TILE_LAYERS.communes]) continue;
      const buffer = fromGeojsonVt(layers, { version: 2, extent });
      mkdirSync(join(outDir, "tiles", String(zoom), String(x)), { recursive: true });
      writeFileSync(join(outDir, "tiles", String(zoom), String(x), `${y}.pbf`), buffer);
      const gz = gzipSync(buffer, { level: 9 }).length;
      tiles++;
      zoomTiles++;
      bytes += buffer.length;
      gzipBytes += gz;
      zoomGzip += gz;
    }
  }
  perZoom.push(`  z${zoom} : ${zoomTiles} tuiles, ${(zoomGzip / 1e3).toFixed(0)} ko gzip`);
}

const labels = writeLabels(join(outDir, "labels"), topology, reference);
const glyphs = writeGlyphs(join(outDir, "glyphs"));

const kb = (n: number) => `${(n / 1e3).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} ko`;
console.log(`Tuiles vectorielles (public/web/tiles, zooms ${TILE_MIN_ZOOM} à ${TILE_MAX_ZOOM}) : ${tiles} tuiles, ${kb(bytes)}, ${kb(gzipBytes)} gzip`);
console.log(perZoom.join("\n"));
console.log(`Référentiel de première vue : ${kb(referenceText.length)}, ${kb(gzipSync(referenceText, { level: 9 }).length)} gzip`);
console.log(`Noms de la carte (public/web/labels) : ${labels.points} points, ${labels.tiles} tuiles, ${kb(labels.bytes)} ; glyphes Marianne (public/web/glyphs) : ${glyphs.files} fichiers, ${kb(glyphs.bytes)}`);
console.log(`Construit en ${((Date.now() - started) / 1000).toFixed(1)} s`);

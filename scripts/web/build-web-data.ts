// npm run web-data [-- --out DIR]: what the first view of the app loads, built from public/geo/:
// vector tiles of the communes, département borders and inset frames, generalised per zoom
// (public/web/tiles/{z}/{x}/{y}.pbf), and the first-view reference
// (public/web/reference-premiere-vue.json); and, loaded after the first view, the reference
// complement (public/web/complement-reference.json: names, postal codes, former codes), the names on
// the map (public/web/labels/) and their glyphs (public/web/glyphs/). Deterministic: same
// inputs, same bytes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { toFirstViewReference } from "../../src/domain/first-view-reference.ts";
import { toReferenceComplement } from "../../src/domain/reference-complement.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { defineCli, runWhenStarted } from "../lib/cli.ts";
import { readOptions } from "../lib/cli-args.ts";
import { projectRoot } from "../lib/geo-inputs.mjs";
import { geoDir } from "../lib/load-reference.ts";
import { writeGlyphs } from "./build-glyphs.ts";
import { writeLabels } from "./build-labels.ts";
import { arcsForZoom, weighArcs, type WeightedArcs } from "./simplify-by-zoom.ts";
import { tileExtent, TILE_LAYERS, TILE_MAX_ZOOM, TILE_MIN_ZOOM, TILES_BOUNDS } from "../../src/map/tile-layout.ts";
import { insetFrames, toDisplayFeatures } from "../../src/map/insets.ts";

/**
 * Smallest triangle kept below the last zoom, in pixels² of a 512-pixel tile: coarser at
 * the national zooms, where a commune is two or three pixels wide.
 */
const pixelsAt = (zoom: number) => (zoom <= 5 ? 1.5 : 0.7);

const USAGE = `usage : npm run web-data -- [--out DOSSIER]
  Construit depuis public/geo les tuiles vectorielles et le référentiel de première vue.
  --out  où les écrire (par défaut public/web ; le dossier est vidé d'abord)
Codes de sortie : 0 fait, 2 mauvais argument ou géométrie absente (npm run geo).`;

/** The tile numbers (x, y) of the tiles at `zoom` that cover the map's bounds. */
function tileRange(zoom: number) {
  const n = 2 ** zoom;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
  };
  const [w, s, e, north] = TILES_BOUNDS;
  return { x0: x(w), x1: x(e), y0: y(north), y1: y(s) };
}

const kb = (n: number) => `${(n / 1e3).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} ko`;

function readGeoFile<T>(name: string): T {
  const path = join(geoDir, name);
  if (!existsSync(path)) throw new Error(`${path} introuvable : lancez d'abord « npm run geo » (construction de la géométrie)`);
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Writes the tiles of one zoom under `outDir`/tiles: their count and bytes (raw, gzip). */
function writeZoom(outDir: string, topology: Topology, weighted: WeightedArcs, communeAt: Map<string, number>, zoom: number) {
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
    // In the tiles rather than a source of their own: one more source is one more round trip
    // to MapLibre's worker, queued behind the communes' tiles, before the first view is idle.
    [TILE_LAYERS.encadres]: new GeoJSONVT(toDisplayFeatures(insetFrames()), options),
  };
  const { x0, x1, y0, y1 } = tileRange(zoom);
  const written = { tiles: 0, bytes: 0, gzipBytes: 0 };
  for (let x = x0; x <= x1; x++) {
    for (let y = y0; y <= y1; y++) {
      const layers: Parameters<typeof fromGeojsonVt>[0] = {};
      for (const [name, index] of Object.entries(indexes)) {
        const tile = index.getTile(zoom, x, y);
        if (tile && tile.features.length > 0) layers[name] = tile;
      }
      if (!layers[TILE_LAYERS.communes] && !layers[TILE_LAYERS.encadres]) continue;
      const buffer = fromGeojsonVt(layers, { version: 2, extent });
      mkdirSync(join(outDir, "tiles", String(zoom), String(x)), { recursive: true });
      writeFileSync(join(outDir, "tiles", String(zoom), String(x), `${y}.pbf`), buffer);
      written.tiles++;
      written.bytes += buffer.length;
      written.gzipBytes += gzipSync(buffer, { level: 9 }).length;
    }
  }
  return written;
}

function build(outDir: string): void {
  const started = Date.now();
  const topology = readGeoFile<Topology>("france.topo.json");
  const reference = readGeoFile<ReferenceData>("reference.json");

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const referenceText = JSON.stringify(toFirstViewReference(reference));
  writeFileSync(join(outDir, "reference-premiere-vue.json"), referenceText);
  const complementText = JSON.stringify(toReferenceComplement(reference));
  writeFileSync(join(outDir, "complement-reference.json"), complementText);

  const weighted = weighArcs(topology);
  const communeAt = new Map(reference.communes.map((c, i) => [c.code, i]));
  const total = { tiles: 0, bytes: 0, gzipBytes: 0 };
  const perZoom: string[] = [];
  for (let zoom = TILE_MIN_ZOOM; zoom <= TILE_MAX_ZOOM; zoom++) {
    const written = writeZoom(outDir, topology, weighted, communeAt, zoom);
    total.tiles += written.tiles;
    total.bytes += written.bytes;
    total.gzipBytes += written.gzipBytes;
    perZoom.push(`  z${zoom} : ${written.tiles} tuiles, ${(written.gzipBytes / 1e3).toFixed(0)} ko gzip`);
  }
  const labels = writeLabels(join(outDir, "labels"), topology, reference);
  const glyphs = writeGlyphs(join(outDir, "glyphs"));

  console.log(`Tuiles vectorielles (public/web/tiles, zooms ${TILE_MIN_ZOOM} à ${TILE_MAX_ZOOM}) : ${total.tiles} tuiles, ${kb(total.bytes)}, ${kb(total.gzipBytes)} gzip`);
  console.log(perZoom.join("\n"));
  console.log(`Référentiel de première vue : ${kb(referenceText.length)}, ${kb(gzipSync(referenceText, { level: 9 }).length)} gzip`);
  console.log(`Complément du référentiel (noms, codes postaux, anciens codes ; chargé après la première vue) : ${kb(complementText.length)}, ${kb(gzipSync(complementText, { level: 9 }).length)} gzip`);
  console.log(`Noms de la carte (public/web/labels) : ${labels.points} points, ${labels.tiles} tuiles, ${kb(labels.bytes)} ; glyphes Marianne (public/web/glyphs) : ${glyphs.files} fichiers, ${kb(glyphs.bytes)}`);
  console.log(`Construit en ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function run(argv: readonly string[]): number {
  const { out } = readOptions(argv, ["out"]);
  build(out === undefined ? join(projectRoot, "public/web") : resolve(out));
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);

// npm run geo [-- --source DIR] [--out DIR]
// Builds public/geo/ from the Admin Express COG 2018 polygons and today's official COG:
//   france.topo.json          communes (today's codes), epci, departements, regions — for the web
//   france-precise.topo.json  the same topology at the source's precision — for exact work
//   reference.json            today's territories with population, area, postal codes, former codes
//   build-report.json         counts, communes without polygon, mapping of every 2018 code
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { defineCli, runWhenStarted } from "../lib/cli.ts";
import { readOptions } from "../lib/cli-args.ts";
import { defaultGeoSource, geoInputsHash, projectRoot } from "../lib/geo-inputs.mjs";
import { assembleTopology, encodeTopology } from "./assemble-topology.ts";
import { buildReport, summarizeReport, type FileSize } from "./build-report.ts";
import { countCrossingSegments, decodeArcs } from "./check-arcs.ts";
import { loadCog } from "./cog.ts";
import { createCodeMigrator } from "../../src/domain/cog-migration.ts";
import { buildLayers } from "./layers.ts";
import { mapSourcesToCommunes } from "./map-sources.ts";
import { measureAreaDrift } from "./measure-web.ts";
import { geometryBbox, gridFromExtent, quantizeGeometry, sourcePrecisionGrid } from "./quantize.ts";
import { readSourceCommunes, verifyChecksums } from "./read-source.ts";
import { buildReferenceData } from "./reference-data.ts";
import { simplifyArcs } from "./simplify-arcs.ts";

/**
 * The web file's grid and simplification, measured to keep france.topo.json within 3.1 MB
 * gzip (its properties and arc indices alone take ~1.5 MB) with the least area displaced
 * (see the build report). Merges and dissolves run at the source's precision, and areas
 * come from the unquantized source.
 */
const WEB_CELLS_ACROSS_METROPOLE = 2e4;
/** Visvalingam threshold for the web file, m² of effective triangle area. */
const WEB_MIN_TRIANGLE_M2 = 40_000;
const WEB_BUDGET_GZIP_BYTES = 3.1e6;

const USAGE = `usage : npm run geo -- [--source DOSSIER] [--out DOSSIER]
  --source  les polygones Admin Express COG 2018 (par défaut ../shared/data/admin-express-cog2018)
  --out     où écrire france.topo.json, france-precise.topo.json, reference.json et build-report.json (par défaut public/geo)
Codes de sortie : 0 fait, 1 échec de la construction, 2 mauvais argument.`;

function parseArgs(argv: readonly string[]): { source: string; out: string } {
  const values = readOptions(argv, ["source", "out"]);
  return {
    source: values.source === undefined ? defaultGeoSource : resolve(values.source),
    out: values.out === undefined ? join(projectRoot, "public/geo") : resolve(values.out),
  };
}

function build(source: string, out: string): void {
  const started = Date.now();
  const checksumsVerified = verifyChecksums(source);
  const cog = loadCog();
  const polygons = readSourceCommunes(source);
  const mapping = mapSourcesToCommunes(polygons, cog);
  const layers = buildLayers(cog, mapping);
  const reference = buildReferenceData(cog, mapping, layers);

  // Topology at the source's own precision (lossless), merged and dissolved there.
  const allBbox = geometryBbox(polygons.map((p) => p.geometry));
  const preciseGrid = sourcePrecisionGrid(allBbox);
  const snapped = polygons.map((polygon) => {
    const { geometry } = quantizeGeometry(polygon.geometry, preciseGrid);
    if (!geometry) throw new Error(`polygone sans surface dans la source : ${polygon.code} (${polygon.file})`);
    return geometry;
  });
  const assembled = assembleTopology(snapped, layers.layers);
  const precise = encodeTopology(assembled, preciseGrid, preciseGrid);

  // The web file: the same arcs, simplified once each and snapped to one grid.
  const metropoleBbox = geometryBbox(polygons.filter((p) => !p.code.startsWith("97")).map((p) => p.geometry));
  const webGrid = gridFromExtent(metropoleBbox, allBbox, WEB_CELLS_ACROSS_METROPOLE);
  const simplified = simplifyArcs(assembled.arcs, preciseGrid, WEB_MIN_TRIANGLE_M2);
  const web = encodeTopology({ objects: assembled.objects, arcs: simplified.arcs }, preciseGrid, webGrid);
  const webCrossings = countCrossingSegments(decodeArcs(web.topology.arcs as number[][][]), 64);

  const texts: Record<string, string> = {
    "france.topo.json": JSON.stringify(web.topology),
    "france-precise.topo.json": JSON.stringify(precise.topology),
    "reference.json": JSON.stringify(reference),
  };
  const files: Record<string, FileSize> = {};
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(texts)) {
    writeFileSync(join(out, name), text);
    files[name] = { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
  }

  const report = buildReport({
    ambiguities: createCodeMigrator(cog.communes).ambiguities,
    inputsHash: geoInputsHash(source),
    cogLabel: cog.label,
    sourcePolygons: polygons.length,
    checksumsVerified,
    mapping,
    layers,
    reference,
    topology: {
      arcs: web.arcs,
      precise: {
        file: "france-precise.topo.json",
        grid: `précision de la source (${preciseGrid.scale[0]}°)`,
        scaleDegrees: preciseGrid.scale,
        points: precise.points,
        crossingSegments: countCrossingSegments(assembled.arcs, 1024).crossings,
      },
      web: {
        file: "france.topo.json",
        grid: `${WEB_CELLS_ACROSS_METROPOLE} mailles sur la largeur de la métropole, même maille pour les DROM`,
        scaleDegrees: webGrid.scale,
        cellMetres: [Math.round(webGrid.scale[0] * 111_320 * Math.cos((46.5 * Math.PI) / 180)), Math.round(webGrid.scale[1] * 110_574)],
        minTriangleM2: WEB_MIN_TRIANGLE_M2,
        points: web.points,
        arcsReducedToOnePoint: web.collapsedArcs,
        crossingSegments: webCrossings.crossings,
        arcsWithCrossings: webCrossings.arcsInvolved.length,
        areaDrift: measureAreaDrift(web.topology, mapping.areaByCommune),
      },
    },
    files,
  });
  writeFileSync(join(out, "build-report.json"), `${JSON.stringify(report, null, 1)}\n`);
  console.log(summarizeReport(report, out, (Date.now() - started) / 1000));
  if (files["france.topo.json"]!.gzipBytes > WEB_BUDGET_GZIP_BYTES) {
    throw new Error(`france.topo.json dépasse le budget web : ${files["france.topo.json"]!.gzipBytes} octets gzip > ${WEB_BUDGET_GZIP_BYTES}`);
  }
}

/** A wrong call exits with 2 (defineCli); any failure of the build itself with 1, said as such. */
function run(argv: readonly string[]): number {
  const { source, out } = parseArgs(argv);
  try {
    build(source, out);
    return 0;
  } catch (error) {
    console.error(`Échec de la construction de la géométrie : ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);

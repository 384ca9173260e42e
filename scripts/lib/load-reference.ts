// Reads what the geometry build wrote into public/geo/ from Node (command-line tools, bench).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { createCommuneShapes, type CommuneShapes } from "../../src/domain/commune-shapes.ts";
import { createTerritoryIndex, type TerritoryIndex } from "../../src/domain/territory-index.ts";
import { REFERENCE_SCHEMA, type ReferenceData } from "../../src/domain/territory-reference.ts";
import { projectRoot } from "./geo-inputs.mjs";

export const geoDir = join(projectRoot, "public/geo");

function readGeoFile(name: string, dir: string): unknown {
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${path} introuvable : lancez d'abord « npm run geo » (construction de la géométrie)`);
  return JSON.parse(readFileSync(path, "utf8"));
}

/** public/geo/reference.json, checked for its schema. */
function readReference(dir = geoDir): ReferenceData {
  const reference = readGeoFile("reference.json", dir) as ReferenceData;
  if (reference.schema !== REFERENCE_SCHEMA) throw new Error(`reference.json : format ${String(reference.schema)} inattendu (attendu ${REFERENCE_SCHEMA}) ; relancez « npm run geo »`);
  return reference;
}

/** The territory index alone (reference.json, without the topology): for the tools that place by codes only. */
export function loadTerritoryIndex(dir = geoDir): TerritoryIndex {
  return createTerritoryIndex(readReference(dir));
}

/** The web topology, public/geo/france.topo.json. */
function readTopology(dir = geoDir): Topology {
  return readGeoFile("france.topo.json", dir) as Topology;
}

/** The topology's communes as GeoJSON features (property `code`, INSEE code). */
function communeLayer(topology: Topology): FeatureCollection<Geometry, { code: string }> {
  const object = topology.objects["communes"] as GeometryCollection<{ code: string }> | undefined;
  if (!object) throw new Error("Objet « communes » absent de france.topo.json : relancez « npm run geo »");
  return feature(topology, object) as FeatureCollection<Geometry, { code: string }>;
}

export interface Territory {
  reference: ReferenceData;
  index: TerritoryIndex;
  topology: Topology;
  shapes: CommuneShapes;
}

/** Everything the engine needs from public/geo, ready to use. */
export function loadTerritory(dir = geoDir): Territory {
  const reference = readReference(dir);
  const index = createTerritoryIndex(reference);
  const topology = readTopology(dir);
  return { reference, index, topology, shapes: createCommuneShapes(index, communeLayer(topology)) };
}

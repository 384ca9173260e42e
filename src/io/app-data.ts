// Loads what the app computes on: today's territories, the commune polygons, and a project.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import { createCommuneShapes, type CommuneShapes } from "../domain/commune-shapes.ts";
import { createTerritoryIndex, type TerritoryIndex } from "../domain/territory-index.ts";
import type { ReferenceData } from "../domain/territory-reference.ts";
import type { Project } from "../domain/model.ts";
import { fetchJson, geoUrl } from "./geo-files.ts";
import { formatIssue, type ImportIssue } from "./import-result.ts";
import { parseProjectFile } from "./project-file.ts";

export interface Territory {
  index: TerritoryIndex;
  topology: Topology;
  shapes: CommuneShapes;
}

export async function loadTerritory(signal?: AbortSignal): Promise<Territory> {
  const [reference, topology] = await Promise.all([
    fetchJson<ReferenceData>(geoUrl("reference.json"), signal),
    fetchJson<Topology>(geoUrl("france.topo.json"), signal),
  ]);
  const index = createTerritoryIndex(reference);
  const communes = feature(topology, topology.objects["communes"] as GeometryCollection<{ code: string }>) as FeatureCollection<Geometry | null, { code: string }>;
  return { index, topology, shapes: createCommuneShapes(index, communes) };
}

/** URL of the demo project written by `npm run demo-data`. */
export const demoProjectUrl = () => new URL("demo/projet-demo.json", document.baseURI).toString();

/** Fetches and validates a project file; throws a French message listing the problems. */
export async function loadProject(url: string, index: TerritoryIndex, signal?: AbortSignal): Promise<{ project: Project; warnings: ImportIssue[] }> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Impossible de charger ${url} : HTTP ${response.status}`);
  const result = parseProjectFile(await response.text(), index);
  if (!result.ok) throw new Error(`Projet invalide (${url}) :\n${result.errors.map(formatIssue).join("\n")}`);
  return { project: result.project, warnings: result.warnings };
}

// Loads what the app computes on, in two stages. The first view needs only the first-view
// reference (codes, memberships, population, area) and a project; the full reference
// (names, postal codes, former codes) and the commune polygons follow, with Turf, for
// search, outlines, fits and placement by position.
import { fromFirstViewReference, type FirstViewReference } from "../domain/first-view-reference.ts";
import type { Project } from "../domain/model.ts";
import type { CommuneShapes } from "../domain/commune-shapes.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import { createTerritoryIndex, type TerritoryIndex } from "../domain/territory-index.ts";
import type { ReferenceData } from "../domain/territory-reference.ts";
import type { Topology } from "topojson-specification";
import type { Polygon } from "geojson";
import { fetchJson, fetchOk, geoUrl } from "./geo-files.ts";
import { formatIssue, type ImportIssue } from "./import-result.ts";
import { parseProjectFile } from "./project-file.ts";
import type { WorkspaceContent } from "../domain/workspace.ts";

/** The commune polygons and what is computed on them; loaded after the first view. */
export interface TerritoryGeometry {
  topology: Topology;
  shapes: CommuneShapes;
  /** Places a project's acheteurs and grands projets on communes (positions, buffers). */
  link(project: Pick<Project, "acheteurs" | "grandsProjets">): SpatialLinks;
  /** A point inside commune c (for symbols placed by commune), or null without polygon. */
  pointOfCommune(c: number): [number, number] | null;
  /** The communes a drawn polygon selects (their representative point inside; see communes-in-polygon.ts). */
  communesIn(polygon: Polygon): number[];
}

export interface Territory {
  index: TerritoryIndex;
  /** Null until the polygons are loaded (the first view does without them). */
  geometry: TerritoryGeometry | null;
  /** False while the index comes from the first-view reference (no names, postal codes or former codes yet). */
  complete: boolean;
}

/** The territory of the first view: index only, from public/web/reference-premiere-vue.json. */
export async function loadFirstViewTerritory(signal?: AbortSignal): Promise<Territory> {
  const columns = await fetchJson<FirstViewReference>(new URL("web/reference-premiere-vue.json", document.baseURI).toString(), signal);
  return { index: createTerritoryIndex(fromFirstViewReference(columns)), geometry: null, complete: false };
}

/** Resolves in a task of its own, so that the page handles input and draws between two long steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole territory: full reference and polygons (public/geo/). Loaded while the user may
 * already work (after the first view), so its steps — parsing 6 Mo of reference, parsing
 * 13 Mo of topology, building the index, decoding the polygons — each run in a task of
 * their own: done together in one task they froze the page for some 3 s (a click on
 * « Importer… » waited that long). Each step is still one task, and so is what the store
 * does once the territory is set (spatial links, map, panels): see docs/securite-deploiement.md, « Non garanti ».
 */
export async function loadFullTerritory(signal?: AbortSignal): Promise<Territory> {
  const [reference, topology, geometryModule] = await Promise.all([fetchOk(geoUrl("reference.json"), signal), fetchOk(geoUrl("france.topo.json"), signal), import("./territory-geometry.ts")]);
  const referenceData = (await reference.json()) as ReferenceData;
  await nextTask();
  const topologyData = (await topology.json()) as Topology;
  await nextTask();
  signal?.throwIfAborted();
  const index = createTerritoryIndex(referenceData);
  await nextTask();
  signal?.throwIfAborted();
  const geometry = geometryModule.createTerritoryGeometry(index, topologyData);
  // What the caller does with the territory (the store recomputes and the map redraws) runs in a task of its own too.
  await nextTask();
  signal?.throwIfAborted();
  return { index, geometry, complete: true };
}

/** The first view's two downloads (territory decoded, project text), under way. */
export interface FirstViewDownloads {
  url: string;
  territory: Promise<Territory>;
  projectText: Promise<string>;
}

let started: FirstViewDownloads | null = null;

/**
 * Starts the first view's downloads and the territory's decoding now (main.tsx calls it
 * before React's first render, so that the map's tiles are requested as soon as the map
 * exists); `takeFirstViewDownloads` hands them over once.
 */
export function startFirstViewDownloads(): void {
  started ??= firstViewDownloads();
}

/** The downloads started by `startFirstViewDownloads`, or new ones (cancelled with `signal`). */
export function takeFirstViewDownloads(signal?: AbortSignal): FirstViewDownloads {
  const downloads = started ?? firstViewDownloads(signal);
  started = null;
  return downloads;
}

function firstViewDownloads(signal?: AbortSignal): FirstViewDownloads {
  const url = demoProjectUrl();
  const downloads = { url, projectText: fetchProjectText(url, signal), territory: loadFirstViewTerritory(signal) };
  // Reported once, where they are awaited.
  downloads.projectText.catch(() => undefined);
  downloads.territory.catch(() => undefined);
  return downloads;
}

/** URL of the demo project written by `npm run demo-data`. */
export const demoProjectUrl = () => new URL("demo/projet-demo.json", document.baseURI).toString();

/** Fetches a project file's text (to start the download before the index is ready). */
export async function fetchProjectText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Impossible de charger ${url} : HTTP ${response.status}`);
  return response.text();
}

/** A project file read whole: its first scenario's project, and every scenario (a workspace's content). */
export interface ProjectText {
  project: Project;
  content: WorkspaceContent;
  warnings: ImportIssue[];
}

/** Validates a project file's text fetched from `url`; throws a French message listing the problems. */
export function readProjectText(text: string, url: string, index: TerritoryIndex): ProjectText {
  const result = parseProjectFile(text, index);
  if (!result.ok) throw new Error(`Projet invalide (${url}) :\n${result.errors.map(formatIssue).join("\n")}`);
  return { project: result.project, content: { nom: result.project.nom, scenarios: result.scenarios, activeScenarioId: result.activeScenarioId }, warnings: result.warnings };
}

/** Fetches and validates a project file; throws a French message listing the problems. */
export async function loadProject(url: string, index: TerritoryIndex, signal?: AbortSignal): Promise<ProjectText> {
  return readProjectText(await fetchProjectText(url, signal), url, index);
}

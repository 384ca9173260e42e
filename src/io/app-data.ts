// Loads what the app computes on, in three stages. The first view needs only the first-view
// reference (codes, memberships, population, area) and a project; the reference complement
// (names, postal codes, former codes) follows at once, for search and names; then the
// commune polygons, with Turf, for outlines, fits and placement by position.
import { fromFirstViewReference, type FirstViewReference } from "../domain/first-view-reference.ts";
import type { Project } from "../domain/model.ts";
import type { CommuneShapes } from "../domain/commune-shapes.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import { completeTerritoryIndex, createTerritoryIndex, type TerritoryIndex } from "../domain/territory-index.ts";
import type { ReferenceComplement } from "../domain/reference-complement.ts";
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
  /** False while the index comes from the first-view reference alone (no names, postal codes or former codes yet). */
  complete: boolean;
}

/** The territory of the first view: index only, from public/web/reference-premiere-vue.json. */
export async function loadFirstViewTerritory(signal?: AbortSignal): Promise<Territory> {
  return firstViewTerritory(await fetchFirstViewReference(signal));
}

const fetchFirstViewReference = (signal?: AbortSignal) => fetchJson<FirstViewReference>(new URL("web/reference-premiere-vue.json", document.baseURI).toString(), signal);

/** The territory of the first view, decoded from its reference (codes, memberships, population). */
export function firstViewTerritory(columns: FirstViewReference): Territory {
  return { index: createTerritoryIndex(fromFirstViewReference(columns)), geometry: null, complete: false };
}

/** Resolves in a task of its own, so that the page handles input and draws between two long steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The reference complement (names, postal codes, former codes: public/web/complement-reference.json), downloaded. */
export function fetchReferenceComplement(signal?: AbortSignal): Promise<ReferenceComplement> {
  return fetchJson<ReferenceComplement>(new URL("web/complement-reference.json", document.baseURI).toString(), signal);
}

/**
 * The territory completed: the first-view index with names, postal codes and former codes
 * (a few hundred kilobytes, loaded right after the first view; see reference-complement.ts).
 * The polygons come separately (`loadTerritoryGeometry`).
 */
export async function completeTerritory(territory: Territory, complement: Promise<ReferenceComplement>): Promise<Territory> {
  if (territory.complete) return territory;
  return { ...territory, index: completeTerritoryIndex(territory.index, await complement), complete: true };
}

/**
 * The commune polygons (public/geo/france.topo.json, 13 Mo) and what is computed on them.
 * Loaded while the user may already work (after the first view), so its steps — parsing the
 * topology, decoding the polygons a slice at a time — each run in tasks of their own.
 */
export async function loadTerritoryGeometry(index: TerritoryIndex, signal?: AbortSignal): Promise<TerritoryGeometry> {
  const [topology, geometryModule] = await Promise.all([fetchOk(geoUrl("france.topo.json"), signal), import("./territory-geometry.ts")]);
  const topologyData = (await topology.json()) as Topology;
  const pause = async () => {
    await nextTask();
    signal?.throwIfAborted();
  };
  await pause();
  const communes = await geometryModule.decodeCommunes(topologyData, pause);
  const geometry = geometryModule.createTerritoryGeometry(index, topologyData, communes);
  // What the caller does with the geometry (the store recomputes and the map redraws) runs in a task of its own too.
  await nextTask();
  signal?.throwIfAborted();
  return geometry;
}

/** The first view's two downloads (the territory's reference, the project's text), under way. */
export interface FirstViewDownloads {
  url: string;
  reference: Promise<FirstViewReference>;
  projectText: Promise<string>;
}

let started: FirstViewDownloads | null = null;

/**
 * Starts the first view's downloads now (src/start-first.ts calls it before the rest of the
 * app is evaluated); `takeFirstViewDownloads` hands them over once, to be decoded.
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
  const downloads = { url, projectText: fetchProjectText(url, signal), reference: fetchFirstViewReference(signal) };
  // Reported once, where they are awaited.
  downloads.projectText.catch(() => undefined);
  downloads.reference.catch(() => undefined);
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

/**
 * The lists a coordinator sends to partners, for the territory on screen: communes of each
 * kind of zone blanche, communes of a perimeter, State buyers (those in zone blanche).
 * Rows hold names and figures ready for a table, a CSV or a spreadsheet.
 */
import type { Coverage } from "./coverage.ts";
import type { AcheteurEtat, Project } from "./model.ts";
import { communesOfPerimeter } from "./perimeter.ts";
import type { ComputeResult } from "./recompute.ts";
import type { SpatialLinks } from "./spatial-links.ts";
import type { TerritoryIndex } from "./territory-index.ts";
import { communeTerritories } from "./territory-names.ts";
import { COMMUNE_STATUS, type CommuneStatus } from "./zones-blanches.ts";

/** What a table says of a commune without a polygon of its own (« Contour » column). */
export const NO_POLYGON_LABEL = "non : commune recréée depuis 2018, sans polygone (comptée par son code, absente de la carte)";

/** A région or département, or null for France. */
export type TableTerritory = { level: "region" | "departement"; code: string } | null;

export interface CommuneRow {
  code: string;
  nom: string;
  departement: string;
  epci: string;
  /** Habitants. */
  population: number;
  status: CommuneStatus;
  /** Names of the facilitators covering the commune (« (extension) » after those covering it by extension only). */
  facilitateurs: string[];
  /** False for the communes re-created since 2018 that have no polygon of their own: they are counted by their code, never drawn nor selected on the map. */
  geometry: boolean;
}

export interface AcheteurRow {
  acheteur: AcheteurEtat;
  /** INSEE code of its commune, or "" when it is placed nowhere. */
  code: string;
  commune: string;
  departement: string;
  status: CommuneStatus | null;
  facilitateurs: string[];
}

/** True when commune c belongs to `territory` (always for France). */
export function inTerritory(index: TerritoryIndex, territory: TableTerritory, c: number): boolean {
  if (!territory) return true;
  const at = territory.level === "region" ? index.regionIndex.get(territory.code) : index.departementIndex.get(territory.code);
  return at !== undefined && (territory.level === "region" ? index.regionOf[c] : index.departementOf[c]) === at;
}

/** Names of the facilitators covering commune c, home ones first. */
export function coveringNames(project: Project, coverage: Coverage, c: number): string[] {
  const names: string[] = [];
  for (let k = coverage.offsets[c]!; k < coverage.offsets[c + 1]!; k++) {
    const nom = project.facilitateurs[coverage.facilitateurs[k]!]!.nom;
    names.push(k - coverage.offsets[c]! >= coverage.homeCount[c]! ? `${nom} (extension)` : nom);
  }
  return names;
}

function communeRow(index: TerritoryIndex, project: Project, result: ComputeResult, c: number): CommuneRow {
  const commune = index.reference.communes[c]!;
  const names = communeTerritories(index, c);
  return {
    code: commune.code,
    nom: commune.nom || commune.code,
    departement: names.departement,
    epci: names.epci ?? "",
    population: commune.population,
    status: result.status[c] as CommuneStatus,
    facilitateurs: coveringNames(project, result.coverage, c),
    geometry: commune.geometry,
  };
}

/** Every commune of `territory` with its status and covering facilitators, by code. */
export function communeRows(index: TerritoryIndex, project: Project, result: ComputeResult, territory: TableTerritory): CommuneRow[] {
  const rows: CommuneRow[] = [];
  for (let c = 0; c < index.communeCount; c++) if (inTerritory(index, territory, c)) rows.push(communeRow(index, project, result, c));
  return rows;
}

/** The communes of `territory` without a polygon of their own (counted by code, not drawn), by code, with their status. */
export function communesWithoutGeometry(index: TerritoryIndex, project: Project, result: ComputeResult, territory: TableTerritory): CommuneRow[] {
  const rows: CommuneRow[] = [];
  for (let c = 0; c < index.communeCount; c++) {
    if (!index.reference.communes[c]!.geometry && inTerritory(index, territory, c)) rows.push(communeRow(index, project, result, c));
  }
  return rows;
}

/**
 * Communes of `territory` in zone blanche: of one kind (`status`), or of every kind when
 * `status` is undefined; by population, largest first.
 */
export function zoneBlancheRows(index: TerritoryIndex, project: Project, result: ComputeResult, territory: TableTerritory, status?: CommuneStatus): CommuneRow[] {
  const rows: CommuneRow[] = [];
  for (let c = 0; c < index.communeCount; c++) {
    const s = result.status[c]!;
    if (s === COMMUNE_STATUS.couverte || (status !== undefined && s !== status) || !inTerritory(index, territory, c)) continue;
    rows.push(communeRow(index, project, result, c));
  }
  return rows.sort((a, b) => b.population - a.population);
}

/** Communes of facilitator f's perimeter (project order), by population; `extension` marks those reached by extension only. */
export function perimeterRows(index: TerritoryIndex, project: Project, result: ComputeResult, f: number): (CommuneRow & { extension: boolean })[] {
  const { offsets, extension } = result.perimeters;
  const communes = communesOfPerimeter(result.perimeters, f);
  return Array.from(communes, (c, k) => ({ ...communeRow(index, project, result, c), extension: extension[offsets[f]! + k] === 1 })).sort((a, b) => b.population - a.population);
}

/** State buyers of `territory` (placed in one of its communes), those in zone blanche only when `zoneBlancheOnly`. */
export function acheteurRows(index: TerritoryIndex, project: Project, result: ComputeResult, links: SpatialLinks, territory: TableTerritory, zoneBlancheOnly = false): AcheteurRow[] {
  const rows: AcheteurRow[] = [];
  project.acheteurs.forEach((acheteur, b) => {
    const c = links.acheteurCommunes[b] ?? -1;
    if (c < 0) {
      if (!territory && !zoneBlancheOnly) rows.push({ acheteur, code: "", commune: "", departement: "", status: null, facilitateurs: [] });
      return;
    }
    const status = result.status[c] as CommuneStatus;
    if (!inTerritory(index, territory, c) || (zoneBlancheOnly && status === COMMUNE_STATUS.couverte)) return;
    const commune = index.reference.communes[c]!;
    rows.push({ acheteur, code: commune.code, commune: commune.nom || commune.code, departement: communeTerritories(index, c).departement, status, facilitateurs: coveringNames(project, result.coverage, c) });
  });
  return rows;
}

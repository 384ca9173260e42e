/**
 * The tables every export writes for spreadsheets, CSV or XLSX alike: communes of a
 * territory with their status and covering facilitators (and whether they have a polygon),
 * indicators of a territory and its parts, and the « Source » sheet that says whose data
 * it is (project, scenario, date, demo, communes without a polygon).
 */
import type { Project } from "../domain/model.ts";
import type { ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { territoryName } from "../domain/territory-names.ts";
import { communeRows, communesWithoutGeometry, NO_POLYGON_LABEL, type CommuneRow, type TableTerritory } from "../domain/territory-tables.ts";

export { NO_POLYGON_LABEL };
import { COMMUNE_STATUS_LABELS } from "../domain/zones-blanches.ts";
import { perimeterTableRows } from "./perimeters-csv.ts";
import { REPORT_COLUMNS, REPORT_HEADERS, reportRow } from "./report.ts";
import type { TableData, TableValue } from "./table-file.ts";

/** « France », « Bourgogne-Franche-Comté », « Côte-d'Or (21) ». */
export function territoryLabel(index: TerritoryIndex, territory: TableTerritory): string {
  if (!territory) return "France";
  const nom = territoryName(index, territory.level, territory.code);
  return territory.level === "departement" ? `${nom} (${territory.code})` : nom;
}

/** Every commune of the territory: status, covering facilitators, polygon or not. */
export function communeTable(index: TerritoryIndex, project: Project, result: ComputeResult, territory: TableTerritory): TableData {
  const rows = communeRows(index, project, result, territory);
  return {
    title: "Communes",
    headers: ["Code INSEE", "Commune", "Département", "Région", "EPCI", "Population", "Statut", "Facilitateurs", "Contour"],
    rows: rows.map((row) => {
      const commune = index.reference.communes[index.communeIndex.get(row.code)!]!;
      return [row.code, row.nom, row.departement, territoryName(index, "region", commune.region), row.epci, row.population, COMMUNE_STATUS_LABELS[row.status], row.facilitateurs.join(", "), row.geometry ? "oui" : NO_POLYGON_LABEL];
    }),
  };
}

/** The indicators of the territory and its parts: France, then each région, then each département; a région and its départements; a département. */
export function indicatorTable(index: TerritoryIndex, result: ComputeResult, territory: TableTerritory): TableData {
  const { national, regions, departements } = result.indicators;
  const departementRegion = new Map(index.reference.departements.map((departement) => [departement.code, departement.region]));
  const units = !territory
    ? [national, ...regions, ...departements]
    : territory.level === "region"
      ? [...regions.filter((unit) => unit.code === territory.code), ...departements.filter((unit) => departementRegion.get(unit.code) === territory.code)]
      : departements.filter((unit) => unit.code === territory.code);
  return {
    title: "Indicateurs",
    headers: REPORT_COLUMNS.map((column) => REPORT_HEADERS[column]),
    rows: units.map((unit) => {
      const row = reportRow(unit);
      return REPORT_COLUMNS.map((column) => row[column]);
    }),
  };
}

/** The perimeters, one row per facilitator × zone, as the import reads them back. */
export function perimeterTable(index: TerritoryIndex, project: Pick<Project, "facilitateurs" | "structures">): TableData {
  const [headers, ...rows] = perimeterTableRows(index, project);
  return { title: "Périmètres", headers: headers!.map(String), rows: rows.map((row) => row.map((value): TableValue => (value === undefined ? null : value))) };
}

/** The communes of the territory without a polygon, with their status. */
export function withoutGeometryTable(rows: readonly CommuneRow[]): TableData {
  return {
    title: "Communes sans contour",
    headers: ["Code INSEE", "Commune", "Département", "Population", "Statut", "Facilitateurs"],
    rows: rows.map((row) => [row.code, row.nom, row.departement, row.population, COMMUNE_STATUS_LABELS[row.status], row.facilitateurs.join(", ")]),
  };
}

export interface Provenance {
  /** The project's one name. */
  projet: string;
  scenario: string;
  project: Project;
  territory: TableTerritory;
  /** Day of the export, YYYY-MM-DD. */
  exportedOn: string;
  /** « Besoins : DECP, marchés notifiés du … au …, N marchés, M non localisés », when needs are loaded. */
  besoins?: string;
}

/** The sentence about the communes without a polygon, or null when the territory has none. */
export function withoutGeometrySentence(rows: readonly CommuneRow[]): string | null {
  if (rows.length === 0) return null;
  const population = rows.reduce((sum, row) => sum + row.population, 0);
  return `${rows.length} commune(s) sans contour (${population} habitants) : recréées depuis 2018, elles sont comptées par leur code (statut et chiffres) mais ne sont ni dessinées ni sélectionnables sur la carte : ${rows.map((row) => `${row.code} ${row.nom}`).join(", ")}`;
}

/** The « Source » sheet: whose data, of when, for where. */
export function sourceTable(index: TerritoryIndex, result: ComputeResult, provenance: Provenance): TableData {
  const { project } = provenance;
  const without = communesWithoutGeometry(index, project, result, provenance.territory);
  const rows: [string, string][] = [
    ["Projet", provenance.projet],
    ["Scénario", provenance.scenario],
    ["Données au", project.miseAJour ?? "non indiquée"],
    ["Jeu de démonstration", project.demo ? `oui : ${project.avertissement ?? "facilitateurs fictifs"}` : "non"],
    ["Territoire", territoryLabel(index, provenance.territory)],
    ["Référentiel des communes", index.reference.cog],
    ["Communes sans contour", withoutGeometrySentence(without) ?? "aucune"],
    ...(provenance.besoins ? [["Besoins (marchés publics)", provenance.besoins] as [string, string]] : []),
    ["Exporté le", provenance.exportedOn],
    ["Outil", "Carto Clause Sociale"],
  ];
  return { title: "Source", headers: ["Champ", "Valeur"], rows };
}

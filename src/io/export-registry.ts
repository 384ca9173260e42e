/**
 * Every export, in one list that the export dialog and `npm run export` share: the same
 * formats, the same files. Tables for spreadsheets come as CSV for French Excel (the one
 * CSV writer: `;`, decimal comma, byte order mark, formulas neutralised) or XLSX (text cells
 * typed as text, never formulas, and a « Source » sheet saying whose data it is).
 */
import type { Topology } from "topojson-specification";
import type { Project } from "../domain/model.ts";
import { createOutlineSource } from "../domain/outlines.ts";
import { expandPerimeters } from "../domain/perimeter.ts";
import type { ComputeResult } from "../domain/recompute.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import { restrictProject } from "../domain/territory-scope.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { communesWithoutGeometry, inTerritory, type TableTerritory } from "../domain/territory-tables.ts";
import type { WorkspaceContent } from "../domain/workspace.ts";
import { COMMUNE_STATUS } from "../domain/zones-blanches.ts";
import { communeTable, indicatorTable, perimeterTable, sourceTable, territoryLabel, withoutGeometryTable } from "./export-tables.ts";
import { exportPerimetersGeoJson, exportZonesBlanchesGeoJson } from "./geojson-export.ts";
import { serializeWorkspace } from "./project-file.ts";
import { tablesToXlsx, tableToCsv, type TableData } from "./table-file.ts";
import { exportZoneCodes } from "./zone-codes.ts";

export const EXPORT_FORMATS = [
  "projet",
  "perimetres-csv",
  "perimetres-xlsx",
  "communes-csv",
  "communes-xlsx",
  "indicateurs-csv",
  "indicateurs-xlsx",
  "perimetres-geojson",
  "zones-blanches-geojson",
  "codes",
] as const;
export type ExportFormatId = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormatId => (EXPORT_FORMATS as readonly string[]).includes(value);

export interface ExportInput {
  index: TerritoryIndex;
  /** The commune topology, for the outlines (GeoJSON); null before it is loaded. */
  topology: Topology | null;
  /** The whole project (every scenario), for the project file. */
  content: WorkspaceContent;
  /** The scenario the tables are made of, its project under the project's name, and its figures. */
  scenarioId: string;
  project: Project;
  result: ComputeResult;
  links: SpatialLinks;
  /** Where acheteurs and grands projets of another scenario's project fall (the project file cut to a territory). */
  linksOf(project: Project): SpatialLinks;
  /** A région or département, or null for France. */
  territory: TableTerritory;
  /** YYYY-MM-DD. */
  exportedOn: string;
  /** The needs' provenance line, when needs are loaded (the « Source » sheet says it). */
  besoins?: string;
}

export interface ExportFile {
  bytes: Uint8Array;
  /** File name part (« perimetres », « communes-bourgogne-franche-comte »…) and extension. */
  what: string;
  extension: string;
  type: string;
  /** Rows of the main table, for the message. */
  rows?: number;
}

const CSV = "text/csv;charset=utf-8";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const JSON_TYPE = "application/json";
const GEOJSON = "application/geo+json";
const encoder = new TextEncoder();

/** The projects of every scenario cut to the territory (each by its own perimeters), and the active one set to the exported scenario. */
function scopedContent(input: ExportInput): WorkspaceContent {
  const { content, territory, index } = input;
  const scenarios = !territory
    ? content.scenarios
    : content.scenarios.map((scenario) => {
        const perimeters = expandPerimeters(index, scenario.project.facilitateurs.map((f) => f.perimetre));
        return { ...scenario, project: restrictProject(index, scenario.project, perimeters, input.linksOf(scenario.project), territory) };
      });
  const nom = territory ? `${content.nom} — ${territoryLabel(index, territory)}` : content.nom;
  return { nom, scenarios: scenarios.map((s) => ({ ...s, project: { ...s.project, nom } })), activeScenarioId: input.scenarioId };
}

/** The exported scenario's project cut to the territory. */
const scopedProject = (input: ExportInput) => restrictProject(input.index, input.project, input.result.perimeters, input.links, input.territory);

function provenanceTable(input: ExportInput): TableData {
  const scenario = input.content.scenarios.find((s) => s.id === input.scenarioId);
  return sourceTable(input.index, input.result, { projet: input.project.nom, scenario: scenario?.nom ?? input.scenarioId, project: input.project, territory: input.territory, exportedOn: input.exportedOn, ...(input.besoins && { besoins: input.besoins }) });
}

async function xlsx(tables: TableData[]): Promise<Uint8Array> {
  return new Uint8Array(await (await tablesToXlsx(tables)).arrayBuffer());
}

/** The statuses with every commune outside the territory counted as covered (out of the zones blanches' outlines). */
function statusWithin(input: ExportInput): Uint8Array {
  if (!input.territory) return input.result.status;
  return input.result.status.map((s, c) => (inTerritory(input.index, input.territory, c) ? s : COMMUNE_STATUS.couverte));
}

function outlineSource(input: ExportInput) {
  if (!input.topology) throw new Error("contours des communes non chargés");
  return createOutlineSource(input.index, input.topology);
}

/** Makes the file of format `id`. */
export async function makeExport(id: ExportFormatId, input: ExportInput): Promise<ExportFile> {
  const { index } = input;
  switch (id) {
    case "projet":
      return { bytes: encoder.encode(serializeWorkspace(scopedContent(input))), what: "projet", extension: "json", type: JSON_TYPE };
    case "perimetres-csv":
    case "perimetres-xlsx": {
      const table = perimeterTable(index, scopedProject(input));
      const bytes = id === "perimetres-csv" ? encoder.encode(tableToCsv(table)) : await xlsx([table, provenanceTable(input)]);
      return { bytes, what: "perimetres", extension: id === "perimetres-csv" ? "csv" : "xlsx", type: id === "perimetres-csv" ? CSV : XLSX, rows: table.rows.length };
    }
    case "communes-csv":
    case "communes-xlsx": {
      const table = communeTable(index, input.project, input.result, input.territory);
      const bytes = id === "communes-csv" ? encoder.encode(tableToCsv(table)) : await xlsx([table, provenanceTable(input)]);
      return { bytes, what: "communes", extension: id === "communes-csv" ? "csv" : "xlsx", type: id === "communes-csv" ? CSV : XLSX, rows: table.rows.length };
    }
    case "indicateurs-csv":
    case "indicateurs-xlsx": {
      const table = indicatorTable(index, input.result, input.territory);
      const without = communesWithoutGeometry(index, input.project, input.result, input.territory);
      const sheets = [table, ...(without.length > 0 ? [withoutGeometryTable(without)] : []), provenanceTable(input)];
      const bytes = id === "indicateurs-csv" ? encoder.encode(tableToCsv(table)) : await xlsx(sheets);
      return { bytes, what: "indicateurs", extension: id === "indicateurs-csv" ? "csv" : "xlsx", type: id === "indicateurs-csv" ? CSV : XLSX, rows: table.rows.length };
    }
    case "perimetres-geojson":
      return { bytes: encoder.encode(JSON.stringify(exportPerimetersGeoJson(index, outlineSource(input), scopedProject(input)))), what: "perimetres", extension: "geojson", type: GEOJSON };
    case "zones-blanches-geojson":
      return { bytes: encoder.encode(JSON.stringify(exportZonesBlanchesGeoJson(index, outlineSource(input), statusWithin(input)))), what: "zones-blanches", extension: "geojson", type: GEOJSON };
    case "codes":
      return { bytes: encoder.encode(exportZoneCodes(index, scopedProject(input))), what: "zones-eligibilite", extension: "json", type: JSON_TYPE };
  }
}

// Which importer reads a chosen file, and running it on the loaded territory. The file is
// read once (bytes); the preview may run the importer again with another format or column
// mapping without reading it again.
import type { ImportField } from "../../io/column-mapping.ts";
import { findHeaderRow } from "../../io/column-mapping.ts";
import { importCsv } from "../../io/csv-import.ts";
import { decodeText, parseCsv } from "../../io/csv-text.ts";
import type { Territory } from "../../io/app-data.ts";
import { importGeoJsonPerimeters } from "../../io/geojson-import.ts";
import type { ImportResult } from "../../io/importer.ts";
import { parseProjectFile, type ProjectFileResult } from "../../io/project-file.ts";
import { importXlsx } from "../../io/xlsx-import.ts";
import { importZoneCodes } from "../../io/zone-codes.ts";

/** 50 Mo: above that the file is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = ".json,.csv,.txt,.xlsx,.geojson";

export type ImportKind = "project" | "csv" | "xlsx" | "geojson" | "codes";

export const KIND_LABELS: Record<ImportKind, string> = {
  project: "Fichier de projet (JSON)",
  csv: "Tableau CSV (une ligne par facilitateur et par zone)",
  xlsx: "Classeur Excel (XLSX)",
  geojson: "Contours GeoJSON",
  codes: "Listes de codes data·inclusion (zone_eligibilite)",
};

/** A file as read from the input, before any importer ran. */
export interface ImportSource {
  /** File name, as the problems name it. */
  file: string;
  bytes: Uint8Array;
  /** The detected format, then the formats the user may choose instead. */
  kind: ImportKind;
  alternatives: ImportKind[];
}

/** What the preview shows: perimeters to merge, or a whole project to put in place of the current one. */
export type ImportPreview = { kind: "perimeters"; result: ImportResult } | { kind: "project"; file: string; result: ProjectFileResult };

/** Mapping overrides as the table importers take them: field → column (0-based), or null for « not used ». */
export type MappingChoice = Partial<Record<ImportField, number | null>>;

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const GEOJSON_TYPES = new Set(["FeatureCollection", "Feature", "Polygon", "MultiPolygon"]);

/** The kind of a JSON document by its content, or undefined when it is not JSON. */
function jsonKind(text: string): ImportKind | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    if ("schema" in object || "facilitateurs" in object) return "project";
    if (typeof object["type"] === "string" && GEOJSON_TYPES.has(object["type"])) return "geojson";
  }
  return "codes";
}

/** True when the text is a table with a header naming at least two known fields. */
function looksLikeTable(text: string): boolean {
  const parsed = parseCsv(text);
  return parsed.ok && findHeaderRow(parsed.rows.map((row) => row.cells)) >= 0;
}

/** The format of a file from its extension and content, and the other formats it could be read as. */
export function detectImportKind(name: string, bytes: Uint8Array): Pick<ImportSource, "kind" | "alternatives"> {
  const extension = extensionOf(name);
  if (extension === "xlsx" || isZip(bytes)) return { kind: "xlsx", alternatives: [] };
  const { text } = decodeText(bytes);
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (extension === "geojson") return { kind: "geojson", alternatives: ["codes"] };
  if (extension === "json" || trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const kind = jsonKind(trimmed) ?? (extension === "json" ? "project" : "codes");
    return { kind, alternatives: (["project", "geojson", "codes"] as const).filter((other) => other !== kind) };
  }
  const table = looksLikeTable(text);
  const kind: ImportKind = table ? "csv" : extension === "csv" ? codesOrCsv(text) : "codes";
  return { kind, alternatives: kind === "csv" ? ["codes"] : ["csv"] };
}

/** A CSV without a known header: a single column of codes is a code list, anything else a table (its errors will say why). */
function codesOrCsv(text: string): ImportKind {
  const parsed = parseCsv(text);
  if (!parsed.ok) return "csv";
  return parsed.rows.every((row) => row.cells.length === 1) ? "codes" : "csv";
}

/** Why the territory cannot read this format yet, in French, or undefined when it can. */
export function territoryNotReady(territory: Territory | null, kind: ImportKind): string | undefined {
  if (!territory?.complete) return "Chargement du référentiel complet des communes (noms, anciens codes)… L'aperçu s'affichera dès qu'il sera prêt.";
  if (kind === "geojson" && !territory.geometry) return "Chargement des contours des communes… L'aperçu d'un fichier GeoJSON s'affichera dès qu'ils seront prêts.";
  return undefined;
}

/** Runs the importer of `kind` on the file; never throws (importers report problems instead). */
export async function runImport(source: ImportSource, kind: ImportKind, territory: Territory, mapping?: MappingChoice): Promise<ImportPreview> {
  const { file, bytes } = source;
  const index = territory.index;
  const options = { file, ...(mapping && { mapping }) };
  switch (kind) {
    case "project":
      return { kind: "project", file, result: parseProjectFile(decodeText(bytes).text, index) };
    case "csv":
      return { kind: "perimeters", result: importCsv(bytes, { index }, options) };
    case "xlsx":
      return { kind: "perimeters", result: await importXlsx(bytes, { index }, options) };
    case "geojson":
      return { kind: "perimeters", result: importGeoJsonPerimeters(decodeText(bytes).text, { index, ...(territory.geometry && { shapes: territory.geometry.shapes }) }, { file }) };
    case "codes":
      return { kind: "perimeters", result: importZoneCodes(decodeText(bytes).text, { index }, { file }) };
  }
}

/** Today as AAAA-MM-JJ in local time (the date written on imported posts). */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

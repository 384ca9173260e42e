// Which importer reads a chosen file, and running it on the loaded territory. The file is
// read once (bytes); the preview may run the importer again with another format or column
// mapping without reading it again.
import type { ImportField } from "../../io/column-mapping.ts";
import { findHeaderRow } from "../../io/column-mapping.ts";
import { decodeText, parseCsv } from "../../io/csv-text.ts";
import type { Territory } from "../../io/app-data.ts";
import { importGeoJsonPerimeters } from "../../io/geojson-import.ts";
import type { ImportResult } from "../../io/importer.ts";
import type { ProjectFileResult } from "../../io/project-file.ts";
import { capImportResult, readImportJob, type Omitted, type ProgressListener } from "../../workers/import-api.ts";
import type { ImportReader } from "../../workers/import-client.ts";

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

/**
 * What the preview shows: perimeters to merge, or a whole project to put in place of the
 * current one. `omitted`: problems and migrations counted but not listed (see MAX_LISTED_PROBLEMS).
 */
export type ImportPreview = { kind: "perimeters"; result: ImportResult; omitted: Omitted } | { kind: "project"; file: string; result: ProjectFileResult; omitted: Omitted };

/** Mapping overrides as the table importers take them: field → column (0-based), or null for « not used ». */
export type MappingChoice = Partial<Record<ImportField, number | null>>;

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const GEOJSON_TYPES = new Set(["FeatureCollection", "Feature", "Polygon", "MultiPolygon"]);

/**
 * What the format is guessed from: the first 256 Ko of the file (cut at a line end). A file
 * of 40 Mo is never decoded nor parsed whole on the main thread; the reading, in the import
 * worker, checks everything.
 */
const SNIFF_BYTES = 256 * 1024;

function sniffedText(bytes: Uint8Array): { text: string; whole: boolean } {
  if (bytes.length <= SNIFF_BYTES) return { text: decodeText(bytes).text, whole: true };
  const head = bytes.subarray(0, SNIFF_BYTES);
  const lineEnd = head.lastIndexOf(0x0a);
  return { text: decodeText(lineEnd > 0 ? head.subarray(0, lineEnd) : head).text, whole: false };
}

/** The kind of a JSON document by its content (by its first fields when only its start was read), or undefined when it is not JSON. */
function jsonKind(text: string, whole: boolean): ImportKind | undefined {
  if (!whole) {
    if (/"(schema|facilitateurs)"\s*:/.test(text)) return "project";
    if (/"type"\s*:\s*"(FeatureCollection|Feature|Polygon|MultiPolygon)"/.test(text)) return "geojson";
    return "codes";
  }
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
  const { text, whole } = sniffedText(bytes);
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (extension === "geojson") return { kind: "geojson", alternatives: ["codes"] };
  if (extension === "json" || trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const kind = jsonKind(trimmed, whole) ?? (extension === "json" ? "project" : "codes");
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

/**
 * Files up to 1 Mo (a CSV of some 20,000 lines) are read here, in a few milliseconds: the
 * worker would first have to load the reference (6 Mo) and build its own index.
 */
export const WORKER_MIN_BYTES = 1024 * 1024;

/**
 * Runs the importer of `kind` on the file: in the import worker when `reader` is given and
 * the file is over WORKER_MIN_BYTES (every format but GeoJSON, which needs the commune
 * polygons of the page), else here. Never throws but for a cancelled read
 * (ImportCancelled); importers report problems instead.
 */
export async function runImport(source: ImportSource, kind: ImportKind, territory: Territory, mapping?: MappingChoice, reader?: ImportReader, onProgress?: ProgressListener): Promise<ImportPreview> {
  const { file, bytes } = source;
  const index = territory.index;
  if (kind === "geojson") {
    const result = importGeoJsonPerimeters(decodeText(bytes).text, { index, ...(territory.geometry && { shapes: territory.geometry.shapes }) }, { file });
    return { kind: "perimeters", ...capImportResult(result) };
  }
  const job = { kind, file, bytes, ...(mapping && { mapping }) };
  const outcome = reader && bytes.length > WORKER_MIN_BYTES ? await reader.read(job, index, onProgress) : await readImportJob(job, index, onProgress);
  return outcome.kind === "project" ? { kind: "project", file, result: outcome.result, omitted: outcome.omitted } : outcome;
}

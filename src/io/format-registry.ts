/**
 * Every file format the app imports, in one list: its id, its French name, its extensions,
 * its reader, and whether reading it needs the commune polygons. The import dialog, the
 * import worker and `npm run check` all take formats, detection and size limits from here.
 * A second kind of import, needs (DECP: public procurement data), has its own formats
 * (`NEEDS_FORMATS`) and reading (records of contracts, not perimeters): `detectImport`
 * tells the two kinds apart from the head of a file.
 */
import { findHeaderRow } from "./column-mapping.ts";
import { decodeText, parseCsv } from "./csv-text.ts";
import { importCsv } from "./csv-import.ts";
import { DECP_FORMAT_LABELS, detectDecpFormat, readDecpBytes, readDecpParquetBytes, type DecpFormatId, type DecpReadResult } from "./decp-file.ts";
import { isParquet } from "./decp-parquet.ts";
import { importGeoJsonPerimeters } from "./geojson-import.ts";
import { formatMegabytes, MAX_IMPORT_BYTES } from "./import-limits.ts";
import type { ImportResult, ImportTerritory } from "./importer.ts";
import { parseProjectFile, type ProjectFileResult } from "./project-file.ts";
import type { TableImportOptions } from "./table-import.ts";
import { importXlsx } from "./xlsx-import.ts";
import { importZoneCodes } from "./zone-codes.ts";

/** The limits every reader obeys (file size, rows, cells, decompressed size): import-limits.ts. */
export { MAX_IMPORT_BYTES };

/**
 * 256 Ko: the head of a file its format is guessed from (cut at a line end). A file of
 * 40 Mo is never decoded nor parsed whole just to guess its format; its reader checks it all.
 */
export const SNIFF_BYTES = 256 * 1024;

/** What the file gives: perimeters to merge into the project, or a whole project. */
export type FormatReading = { kind: "perimeters"; result: ImportResult } | { kind: "project"; result: ProjectFileResult };

export interface FormatReadOptions {
  /** File name, as the problems name it. */
  file: string;
  /** Tables: the column choices of the preview (field → column, 0-based, or header name; null for « not used »). */
  mapping?: TableImportOptions["mapping"];
  /** XLSX: sheet name or number (1 = first). */
  sheet?: string | number;
  /** Receives the share of the file read, 0 to 1 (tables). */
  onProgress?: (fraction: number) => void;
  /** Tables: leave out the lines with an error, listed (TableImportOptions.validLinesOnly). */
  validLinesOnly?: boolean;
}

export interface FileFormat {
  id: string;
  /** As the dialog's « Format reconnu » list names it. */
  label: string;
  /** File name endings, lower case, without the dot. */
  extensions: readonly string[];
  /** True when reading needs the commune polygons (`territory.shapes`), which only the page holds: such a format is read on the main thread. */
  needsCommunePolygons: boolean;
  /** Reads the bytes; never throws (the importers report problems instead). */
  read(bytes: Uint8Array, territory: ImportTerritory, options: FormatReadOptions): FormatReading | Promise<FormatReading>;
}

const text = (bytes: Uint8Array) => decodeText(bytes).text;
const perimeters = (result: ImportResult): FormatReading => ({ kind: "perimeters", result });
const tableOptions = ({ file, mapping, onProgress, validLinesOnly }: FormatReadOptions): TableImportOptions => ({
  file,
  ...(mapping && { mapping }),
  ...(onProgress && { onProgress }),
  ...(validLinesOnly && { validLinesOnly }),
});

/** True for the formats whose lines can be left out one by one (tables: one row per facilitator × zone). */
export const canLeaveOutLines = (id: FormatId): boolean => id === "csv" || id === "xlsx";

/** The formats, in the order the dialog lists them when it cannot tell. */
export const FILE_FORMATS = [
  {
    id: "project",
    label: "Fichier de projet (JSON)",
    extensions: ["json"],
    needsCommunePolygons: false,
    read: (bytes, territory) => ({ kind: "project", result: parseProjectFile(text(bytes), territory.index) }),
  },
  {
    id: "csv",
    label: "Tableau CSV (une ligne par facilitateur et par zone)",
    // .txt: Excel's « Texte (séparateur : tabulation) ».
    extensions: ["csv", "txt"],
    needsCommunePolygons: false,
    read: (bytes, territory, options) => perimeters(importCsv(bytes, territory, tableOptions(options))),
  },
  {
    id: "xlsx",
    label: "Classeur Excel (XLSX)",
    extensions: ["xlsx"],
    needsCommunePolygons: false,
    read: async (bytes, territory, options) =>
      perimeters(await importXlsx(bytes, territory, { ...tableOptions(options), ...(options.sheet !== undefined && { sheet: options.sheet }) })),
  },
  {
    id: "geojson",
    label: "Contours GeoJSON",
    extensions: ["geojson"],
    needsCommunePolygons: true,
    read: (bytes, territory, { file }) => perimeters(importGeoJsonPerimeters(text(bytes), territory, { file })),
  },
  {
    id: "codes",
    label: "Listes de codes data·inclusion (zone_eligibilite)",
    extensions: ["json", "txt"],
    needsCommunePolygons: false,
    read: (bytes, territory, { file }) => perimeters(importZoneCodes(text(bytes), territory, { file })),
  },
] as const satisfies readonly FileFormat[];

export type FormatId = (typeof FILE_FORMATS)[number]["id"];

/** The formats read with the territory index alone (no commune polygons): those the import worker reads. */
export type IndexOnlyFormatId = Extract<(typeof FILE_FORMATS)[number], { needsCommunePolygons: false }>["id"];

export const FORMAT_IDS: readonly FormatId[] = FILE_FORMATS.map((format) => format.id);

/** The `accept` list of the file input: every extension, once. */
export const ACCEPTED_EXTENSIONS = [...new Set(FILE_FORMATS.flatMap((format) => format.extensions))].map((extension) => `.${extension}`).join(",");

export const isFormatId = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value);

export function formatById(id: FormatId): FileFormat {
  return FILE_FORMATS.find((format) => format.id === id)!;
}

/** True when the format is read without the commune polygons (so it may be read in the worker). */
export function readsWithoutPolygons(id: FormatId): id is IndexOnlyFormatId {
  return !formatById(id).needsCommunePolygons;
}

/** Reads a file as `id`; never throws. */
export async function readFormat(id: FormatId, bytes: Uint8Array, territory: ImportTerritory, options: FormatReadOptions): Promise<FormatReading> {
  return formatById(id).read(bytes, territory, options);
}

/** « 50 Mo »: the size limit as the dialog and the CLI write it. */
export const MAX_IMPORT_SIZE_LABEL = formatMegabytes(MAX_IMPORT_BYTES);

/** Why a file of `size` bytes is refused before it is read, in French (its size and the limit), or undefined when it is not too big. */
export function describeOversizedFile(name: string, size: number): string | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return `Le fichier « ${name} » pèse ${formatMegabytes(size)} : au-delà de ${MAX_IMPORT_SIZE_LABEL}, il n'est pas lu. Découpez-le ou retirez-en les colonnes inutiles.`;
}

// ---------------------------------------------------------------------------------------
// Detection: one set of rules, from the file name and the head of its bytes.

/** The format a file is read as, then the other formats the user may choose instead. */
export interface DetectedFormat {
  format: FormatId;
  alternatives: FormatId[];
}

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const GEOJSON_TYPES = new Set(["FeatureCollection", "Feature", "Polygon", "MultiPolygon"]);

/** The text of the file's first SNIFF_BYTES (byte order mark off), and whether that is the whole file. */
function sniffedText(bytes: Uint8Array): { text: string; whole: boolean } {
  const whole = bytes.length <= SNIFF_BYTES;
  let head = bytes;
  if (!whole) {
    head = bytes.subarray(0, SNIFF_BYTES);
    const lineEnd = head.lastIndexOf(0x0a);
    if (lineEnd > 0) head = head.subarray(0, lineEnd);
  }
  return { text: decodeText(head).text.replace(/^\uFEFF/, ""), whole };
}

/** A JSON document's format by its content (by its first fields when only its head was read), or undefined when it is not JSON. */
function jsonFormat(text: string, whole: boolean): FormatId | undefined {
  if (!whole) {
    if (/"(schema|facilitateurs)"\s*:/.test(text)) return "project";
    if (/"type"\s*:\s*"(FeatureCollection|Feature|Polygon|MultiPolygon)"/.test(text)) return "geojson";
    return "codes";
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
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

/** Text that is not JSON: a table when a header names at least two known fields; else a single column of codes is a code list (a .csv stays a table, whose errors will say why). */
function textFormat(text: string, extension: string): FormatId {
  const parsed = parseCsv(text);
  if (!parsed.ok) return extension === "csv" ? "csv" : "codes";
  const cells = parsed.rows.map((row) => row.cells);
  if (findHeaderRow(cells) >= 0) return "csv";
  if (extension !== "csv") return "codes";
  return cells.every((row) => row.length === 1) ? "codes" : "csv";
}

/**
 * The format of a file, from its name and the head of its bytes (SNIFF_BYTES), in this order:
 * 1. `.xlsx`, or a ZIP archive whatever its name: a workbook (nothing else to choose);
 * 2. `.geojson`: GeoJSON (or code lists);
 * 3. `.json`, or text starting with `{` or `[`: a project when it has `schema` or
 *    `facilitateurs`, GeoJSON when its `type` is a GeoJSON type, else code lists (JSON that
 *    does not parse: a project for `.json`, whose reader will say where it breaks);
 * 4. any other text (`.csv`, `.txt`: Excel's « Texte (séparateur : tabulation) », no
 *    extension): a table when a header names at least two known fields, else code lists
 *    (a `.csv` of more than one column stays a table).
 */
export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  const extension = extensionOf(name);
  if (extension === "xlsx" || isZip(bytes)) return { format: "xlsx", alternatives: [] };
  if (extension === "geojson") return { format: "geojson", alternatives: ["codes"] };
  const { text, whole } = sniffedText(bytes);
  const start = text.trimStart();
  if (extension === "json" || start.startsWith("{") || start.startsWith("[")) {
    const format = jsonFormat(start, whole) ?? (extension === "json" ? "project" : "codes");
    return { format, alternatives: (["project", "geojson", "codes"] as const).filter((other) => other !== format) };
  }
  const format = textFormat(text, extension);
  return { format, alternatives: format === "csv" ? ["codes"] : ["csv"] };
}

// ---------------------------------------------------------------------------------------
// Needs: public procurement data (DECP), a kind of import of its own.

/** The needs import, as the dialog names it. */
export const NEEDS_IMPORT_LABEL = "Données des marchés publics (DECP)";

export interface NeedsFormat {
  id: DecpFormatId;
  label: string;
  extensions: readonly string[];
  /** Reads the bytes (a région's extract; the command line streams instead); never throws. */
  read(bytes: Uint8Array, options: Pick<FormatReadOptions, "file" | "onProgress">): DecpReadResult | Promise<DecpReadResult>;
}

export const NEEDS_FORMATS: readonly NeedsFormat[] = [
  { id: "decp-json", label: DECP_FORMAT_LABELS["decp-json"], extensions: ["json"], read: (bytes, options) => readDecpBytes(bytes, "decp-json", options) },
  { id: "decp-table", label: DECP_FORMAT_LABELS["decp-table"], extensions: ["csv", "txt"], read: (bytes, options) => readDecpBytes(bytes, "decp-table", options) },
  { id: "decp-parquet", label: DECP_FORMAT_LABELS["decp-parquet"], extensions: ["parquet"], read: (bytes, options) => readDecpParquetBytes(bytes, options) },
];

/** The `accept` list of a file input for needs: every extension of NEEDS_FORMATS, once. */
export const NEEDS_ACCEPTED_EXTENSIONS = [...new Set(NEEDS_FORMATS.flatMap((format) => format.extensions))].map((extension) => `.${extension}`).join(",");

export function needsFormatById(id: DecpFormatId): NeedsFormat {
  return NEEDS_FORMATS.find((format) => format.id === id)!;
}

/** What a file is: needs (a DECP file, either shape) or records for the project (a format of FILE_FORMATS). */
export type DetectedImport = { kind: "needs"; format: DecpFormatId } | { kind: "records"; detected: DetectedFormat };

/**
 * The kind of import and the format of a file, from the head of its bytes (SNIFF_BYTES):
 * DECP when its head says so (a Parquet file, JSON naming `marche` or `contrat-concession`,
 * a table whose header names the buyer, the id and the amount of contracts), else `detectFormat`.
 */
export function detectImport(name: string, bytes: Uint8Array): DetectedImport {
  if (isParquet(bytes) || extensionOf(name) === "parquet") return { kind: "needs", format: "decp-parquet" };
  if (extensionOf(name) !== "xlsx" && extensionOf(name) !== "geojson" && !isZip(bytes)) {
    const format = detectDecpFormat(sniffedText(bytes).text);
    if (format) return { kind: "needs", format };
  }
  return { kind: "records", detected: detectFormat(name, bytes) };
}

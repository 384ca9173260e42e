/**
 * Rows of a spreadsheet (CSV or XLSX, one row per facilitator × zone) to the facilitators,
 * structures and zones they describe. Shared by both formats so that mapping and checks are
 * the same: header found and mapped, rows counted, duplicates dropped (warned), every cell
 * checked, conflicting values between rows of the same facilitator reported.
 */
import { normalizeName } from "../domain/commune-search.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { FIELD_LABELS, findHeaderRow, missingFields, proposeMapping, type ColumnMapping, type ImportField } from "./column-mapping.ts";
import type { TextRow } from "./csv-text.ts";
import { buildImportResult, ImportLog, type ImportFormat, type ImportResult } from "./importer.ts";
import { cleanText, describeCleaning, MAX_NAME_CHARS, MAX_TEXT_CHARS, quotedValue } from "./text-fields.ts";
import { TableReader } from "./table-rows.ts";

export interface TableImportOptions {
  /** Name of the file, for the problems' location. */
  file: string;
  /** Overrides of the proposed mapping: field → column index (0-based) or header name; null removes a field. */
  mapping?: Partial<Record<ImportField, number | string | null>>;
  /** Receives the share of the rows read (0 to 1), every few thousand rows (a worker shows it). */
  onProgress?: (fraction: number) => void;
  /**
   * Leave out every data line that has an error and read the others (the user's explicit
   * choice in the preview): the result lists the lines left out and why, in `leftOut`.
   */
  validLinesOnly?: boolean;
}

/** Facts about the text the rows come from. */
export interface TableSource {
  format: ImportFormat;
  encoding?: string;
  blankLines: number;
}

/** The proposed mapping with the caller's overrides applied (unknown header names are errors). */
function applyOverrides(header: readonly string[], proposed: ColumnMapping, overrides: TableImportOptions["mapping"], log: ImportLog, line: number): ColumnMapping {
  const mapping = { ...proposed };
  for (const [field, target] of Object.entries(overrides ?? {}) as [ImportField, number | string | null][]) {
    if (target === null) {
      delete mapping[field];
      continue;
    }
    const column = typeof target === "number" ? target : header.findIndex((name) => normalizeName(name) === normalizeName(target));
    if (column < 0 || column >= header.length) log.error({ line, value: String(target) }, `correspondance de colonne impossible pour « ${FIELD_LABELS[field]} » : colonne absente de l'en-tête`);
    else mapping[field] = column;
  }
  return mapping;
}

/** Fields whose cell may hold a longer text (several contacts); the others are names, ids and codes. */
const LONG_FIELDS = new Set<ImportField>(["email", "telephone"]);

/** Column → the most characters its cell keeps (read columns only; the others are ignored anyway). */
function columnLimits(header: readonly string[], mapping: ColumnMapping): Map<number, number> {
  const limits = new Map<number, number>();
  for (const [field, column] of Object.entries(mapping) as [ImportField, number][]) {
    if (column < header.length) limits.set(column, LONG_FIELDS.has(field) ? MAX_TEXT_CHARS : MAX_NAME_CHARS);
  }
  return limits;
}

/** Takes hidden characters out of the row's read cells and cuts them (text-fields.ts), each change warned where it is. */
function cleanCells(row: TextRow, header: readonly string[], limits: ReadonlyMap<number, number>, log: ImportLog): void {
  for (const [column, max] of limits) {
    const cell = row.cells[column];
    if (cell === undefined) continue;
    const cleaned = cleanText(cell, max);
    if (cleaned.text === cell) continue;
    row.cells[column] = cleaned.text;
    for (const warning of describeCleaning(cleaned, max)) log.warn({ line: row.line, column: header[column] || `colonne ${column + 1}`, value: quotedValue(cleaned.text) }, warning);
  }
}

/** Reads table rows (the header among them) into an import result; with `validLinesOnly`, the lines with an error are left out (listed). */
export function importTable(index: TerritoryIndex, rows: readonly TextRow[], source: TableSource, options: TableImportOptions): ImportResult {
  const first = readTable(index, rows, source, options, new Set());
  if (!options.validLinesOnly) return first;
  // A line left out can only take conflicts away; the loop ends when a pass finds no new line in error.
  const leftOut = new Map<number, string[]>();
  let result = first;
  for (let pass = 0; pass < 10; pass++) {
    const lines = linesInError(result, rows, leftOut);
    if (lines === null || lines.size === 0) break;
    for (const [line, reasons] of lines) leftOut.set(line, reasons);
    result = readTable(index, rows, source, { ...options, onProgress: undefined }, new Set(leftOut.keys()));
  }
  if (leftOut.size === 0) return result;
  const listed = [...leftOut].sort(([a], [b]) => a - b).map(([line, reasons]) => ({ line, reasons }));
  return { ...result, leftOut: listed, summary: { ...result.summary, linesLeftOut: listed.length } };
}

/**
 * The data lines of `result` that have an error, with their reasons, those already left out
 * aside; null when an error is not a data line's (header, file): then nothing can be left out.
 */
function linesInError(result: ImportResult, rows: readonly TextRow[], already: ReadonlyMap<number, string[]>): Map<number, string[]> | null {
  const dataLines = new Set(rows.map((row) => row.line));
  const lines = new Map<number, string[]>();
  for (const problem of result.problems) {
    if (problem.severity !== "error") continue;
    if (problem.line === undefined || !dataLines.has(problem.line) || (result.header && problem.line === headerLine(result, rows))) return null;
    if (already.has(problem.line)) continue;
    const reason = [problem.column && `colonne « ${problem.column} »`, problem.value !== undefined && `valeur ${JSON.stringify(problem.value)}`, problem.message].filter(Boolean).join(", ");
    lines.set(problem.line, [...(lines.get(problem.line) ?? []), reason]);
  }
  return lines;
}

/** The line of the header row (the first row whose cells are the header). */
function headerLine(result: ImportResult, rows: readonly TextRow[]): number | undefined {
  const header = result.header!.join("\u0000");
  return rows.find((row) => row.cells.map((cell) => cell.trim()).join("\u0000") === header)?.line;
}

/** One reading of the rows, the lines of `skip` aside. */
function readTable(index: TerritoryIndex, rows: readonly TextRow[], source: TableSource, options: TableImportOptions, skip: ReadonlySet<number>): ImportResult {
  const log = new ImportLog(options.file);
  const empty = (header?: string[], mapping?: ColumnMapping) =>
    buildImportResult(index, log, { format: source.format, facilitateurs: [], structures: [], ...(source.encoding && { encoding: source.encoding }), ...(header && { header }), ...(mapping && { mapping }) }, { rowsRead: 0, blankLines: source.blankLines });
  if (rows.length === 0) {
    log.error({}, "fichier vide : aucune ligne à lire");
    return empty();
  }
  // With a mapping from the caller, the first row is the header whatever its names.
  const headerAt = options.mapping ? Math.max(0, findHeaderRow(rows.map((row) => row.cells))) : findHeaderRow(rows.map((row) => row.cells));
  if (headerAt < 0) {
    log.error({ line: rows[0]!.line }, `ligne d'en-tête introuvable dans les ${Math.min(rows.length, 10)} premières lignes : la première ligne doit nommer les colonnes (par exemple « facilitateur ; structure ; ETP ; code INSEE »)`);
    return empty();
  }
  const headerRow = rows[headerAt]!;
  for (const row of rows.slice(0, headerAt)) log.warn({ line: row.line }, "ligne avant l'en-tête, ignorée");
  const header = headerRow.cells.map((name) => name.trim());
  const mapping = applyOverrides(header, proposeMapping(header), options.mapping, log, headerRow.line);
  const missing = missingFields(mapping);
  if (missing) {
    log.error({ line: headerRow.line }, `${missing} ; colonnes trouvées : ${header.filter((name) => name !== "").join(", ")}`);
    return empty(header, mapping);
  }
  const mappedColumns = new Set(Object.values(mapping));
  const cellLimits = columnLimits(header, mapping);
  header.forEach((name, column) => {
    if (name !== "" && !mappedColumns.has(column)) log.warn({ line: headerRow.line, column: name }, "colonne non reconnue, ignorée");
  });
  if (mapping.etp === undefined) log.warn({ line: headerRow.line }, "colonne ETP absente : les postes nouveaux seront créés à 0 ETP (à compléter), les postes existants gardent leurs ETP");
  const reader = new TableReader(index, log, header, mapping);
  const namedColumns = header.findLastIndex((name) => name !== "") + 1;
  const seen = new Map<string, number>();
  let duplicateRows = 0;
  const dataRows = rows.slice(headerAt + 1);
  let rowsDone = 0;
  for (const row of dataRows) {
    if (options.onProgress && ++rowsDone % 4096 === 0) options.onProgress(rowsDone / dataRows.length);
    if (skip.has(row.line)) continue;
    const lastFilled = row.cells.findLastIndex((cell) => cell.trim() !== "");
    if (lastFilled >= header.length || row.cells.length < namedColumns) {
      log.error({ line: row.line }, `${row.cells.length} champs sur cette ligne, l'en-tête en a ${header.length} (séparateur ou guillemet en trop ?) : ligne ignorée`);
      continue;
    }
    const key = row.cells.slice(0, header.length).map((cell) => cell.trim()).join("\u0000");
    const first = seen.get(key);
    if (first !== undefined) {
      duplicateRows++;
      log.warn({ line: row.line }, `ligne identique à la ligne ${first}, ignorée`);
      continue;
    }
    seen.set(key, row.line);
    cleanCells(row, header, cellLimits, log);
    reader.readRow(row);
  }
  const facilitateurs = [...reader.facilitateurs.values()].map((entry) => entry.facilitateur);
  for (const facilitateur of facilitateurs) {
    if (facilitateur.perimetre.length === 0) log.warn({ ...(facilitateur.line !== undefined && { line: facilitateur.line }), value: facilitateur.nom }, "périmètre vide : ce poste ne couvre aucune commune");
  }
  return buildImportResult(
    index,
    log,
    { format: source.format, facilitateurs, structures: [...reader.structures.values()].map((entry) => entry.structure), header, mapping, ...(source.encoding && { encoding: source.encoding }) },
    { rowsRead: dataRows.length, blankLines: source.blankLines, duplicateRows },
  );
}

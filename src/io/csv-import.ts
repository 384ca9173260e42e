/**
 * Perimeters from a CSV file as Excel writes it (see csv-text.ts for the encodings and
 * separators it accepts; table-import.ts for the columns).
 */
import { ENCODING_LABELS, decodeText, describeNonText, parseCsv } from "./csv-text.ts";
import { buildImportResult, ImportLog, type ImportResult, type ImportTerritory } from "./importer.ts";
import { importTable, type TableImportOptions } from "./table-import.ts";

/** Reads the bytes of a CSV file (one row per facilitator × zone); never throws. */
export function importCsv(bytes: Uint8Array, territory: ImportTerritory, options: TableImportOptions): ImportResult {
  const { text, encoding } = decodeText(bytes);
  const notText = describeNonText(bytes, text);
  const failed = (line: number | undefined, message: string) => {
    const log = new ImportLog(options.file);
    log.error(line === undefined ? {} : { line }, message);
    return buildImportResult(territory.index, log, { format: "csv", facilitateurs: [], structures: [], encoding: ENCODING_LABELS[encoding] }, { rowsRead: 0 });
  };
  if (notText) return failed(undefined, notText);
  // Progress: splitting the text is the first half of the work, reading the rows the second.
  const { onProgress } = options;
  const parsed = parseCsv(text, undefined, onProgress && ((fraction) => onProgress(fraction / 2)));
  if (!parsed.ok) return failed(parsed.line, parsed.message);
  const result = importTable(
    territory.index,
    parsed.rows,
    { format: "csv", encoding: ENCODING_LABELS[encoding], blankLines: parsed.blankLines },
    { ...options, ...(onProgress && { onProgress: (fraction: number) => onProgress(0.5 + fraction / 2) }) },
  );
  if (encoding === "windows-1252") {
    result.problems.unshift({ file: options.file, message: "fichier lu en Windows-1252 (il n'est pas en UTF-8) : vérifiez les accents des noms", severity: "warning" });
    result.summary.warnings++;
  }
  return result;
}

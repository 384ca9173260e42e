/**
 * Perimeters from an Excel workbook (.xlsx): the first sheet, or a named one, turned into
 * the same rows as a CSV file, so the mapping and the checks are the CSV path's.
 * `read-excel-file/universal` is loaded on demand (not on the app's first load); it takes
 * an ArrayBuffer and runs as is in Node (CLI, tests) and in the browser.
 */
import type { TextRow } from "./csv-text.ts";
import { buildImportResult, ImportLog, type ImportResult, type ImportTerritory, type ProblemLocation } from "./importer.ts";
import { importTable, type TableImportOptions } from "./table-import.ts";
import { describeOversizedWorkbook } from "./xlsx-limits.ts";

export interface XlsxImportOptions extends TableImportOptions {
  /** Sheet name or number (1 = first); the first sheet by default. */
  sheet?: string | number;
}

/** A cell as the text a CSV file would hold (dates as AAAA-MM-JJ, numbers with a point). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

const INPUT_ERRORS: Record<string, string> = {
  XLS_FILE_NOT_SUPPORTED: "classeur Excel ancien (XLS) : enregistrez-le au format XLSX ou CSV",
  INVALID_ZIP: "ce fichier n'est pas un classeur XLSX (archive illisible)",
  FILE_NOT_SUPPORTED: "ce fichier n'est pas un classeur XLSX",
  NO_DATA: "classeur vide : aucune feuille de données",
};

/** Why reading the workbook failed, in French. */
function describeReadError(error: unknown, sheet: string | number | undefined): string {
  const name = error instanceof Error ? error.name : "";
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (name === "SheetNotFoundError") return `feuille ${JSON.stringify(sheet)} introuvable dans le classeur`;
  if (Object.hasOwn(INPUT_ERRORS, code)) return INPUT_ERRORS[code]!;
  // The library's own message is English and technical (« Cannot read properties of
  // undefined… » on a damaged archive): the user gets what to do instead.
  return "classeur XLSX illisible (archive abîmée ou contenu inattendu) : ouvrez-le dans le tableur et enregistrez-le à nouveau en XLSX, ou en CSV";
}

/** Reads the bytes of an .xlsx file (one row per facilitator × zone); never throws. */
export async function importXlsx(bytes: Uint8Array, territory: ImportTerritory, options: XlsxImportOptions): Promise<ImportResult> {
  const failed = (message: string, at: ProblemLocation = options.sheet === undefined ? {} : { value: String(options.sheet) }) => {
    const log = new ImportLog(options.file);
    log.error(at, message);
    return buildImportResult(territory.index, log, { format: "xlsx", facilitateurs: [], structures: [] }, { rowsRead: 0 });
  };
  let data: unknown[][];
  try {
    // The reader builds the sheet's whole grid: a workbook over the limits is refused first.
    const tooLarge = await describeOversizedWorkbook(bytes, options.sheet ?? 1);
    if (tooLarge) return failed(tooLarge.message, tooLarge.at);
    const { readSheet } = await import("read-excel-file/universal");
    // A copy, so that the ArrayBuffer holds exactly these bytes.
    data = (await readSheet(bytes.slice().buffer, options.sheet ?? 1)) as unknown[][];
  } catch (error) {
    return failed(describeReadError(error, options.sheet));
  }
  const rows: TextRow[] = [];
  let blankLines = 0;
  data.forEach((cells, i) => {
    const texts = cells.map(cellText);
    if (texts.every((text) => text.trim() === "")) blankLines++;
    else rows.push({ line: i + 1, cells: texts });
  });
  return importTable(territory.index, rows, { format: "xlsx", blankLines }, options);
}

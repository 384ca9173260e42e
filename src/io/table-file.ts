/**
 * A table as a file for spreadsheets: CSV for French Excel (csv-writer.ts: `;`, decimal
 * comma, byte order mark, formulas neutralised) or XLSX (numbers as numbers, bold header
 * row, text as text: no cell is ever a formula). The same table model
 * serves every list the app exports (zones blanches, perimeters, buyers, records).
 */
import writeXlsxFile, { type Row, type Sheet } from "write-excel-file/universal";
import { writeCsv } from "./csv-writer.ts";

export type TableValue = string | number | null;

export interface TableData {
  /** Sheet name in the XLSX file (31 characters at most, no []:*?/\). */
  title: string;
  headers: string[];
  rows: TableValue[][];
}

/** The table as CSV text for French Excel (the app's one CSV writer), byte order mark first. */
export function tableToCsv(table: TableData): string {
  return writeCsv([table.headers, ...table.rows], { byteOrderMark: true });
}

/** A sheet name Excel accepts. */
export const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim() || "Feuille 1";

/** One table as a sheet: bold header kept in view, text typed as text (never a formula), column widths from the content. */
function sheetOf(table: TableData): Sheet<Blob> {
  const header: Row = table.headers.map((value) => ({ value, fontWeight: "bold" as const }));
  const rows: Row[] = table.rows.map((row) => row.map((value) => (value === null ? null : typeof value === "number" ? { value, type: Number } : { value, type: String })));
  const widths = table.headers.map((label, k) => ({ width: Math.min(60, Math.max(label.length, ...table.rows.slice(0, 200).map((row) => String(row[k] ?? "").length)) + 2) }));
  return { data: [header, ...rows], sheet: sheetName(table.title), columns: widths, stickyRowsCount: 1 };
}

/** The table as an XLSX file. */
export async function tableToXlsx(table: TableData): Promise<Blob> {
  return tablesToXlsx([table]);
}

/** Tables as the sheets of one XLSX file, in order (sheet names made unique). */
export async function tablesToXlsx(tables: readonly TableData[]): Promise<Blob> {
  const taken = new Set<string>();
  const sheets = tables.map((table) => {
    const sheet = sheetOf(table);
    let name = sheet.sheet ?? "Feuille";
    for (let n = 2; taken.has(name); n++) name = `${sheetName(table.title).slice(0, 27)} (${n})`;
    taken.add(name);
    return { ...sheet, sheet: name };
  });
  return writeXlsxFile(sheets).toBlob();
}

// A table downloaded as CSV or XLSX, named after the project, the list and the day.
import { tableToCsv, tableToXlsx, type TableData } from "../../io/table-file.ts";
import { downloadBlob, exportFileName } from "../export/downloads.ts";
import { localToday } from "../local-today.ts";

/** Downloads `table`; resolves with the file's name. */
export async function downloadTable(table: TableData, fileName: string, format: "csv" | "xlsx"): Promise<string> {
  const name = `${fileName}-${localToday()}.${format}`;
  const blob = format === "csv" ? new Blob([tableToCsv(table)], { type: "text/csv;charset=utf-8" }) : await tableToXlsx(table);
  downloadBlob(name, blob);
  return name;
}

/** « <projet>-<liste> », the base of a table's file name. */
export const tableFileName = (projectName: string, what: string) => exportFileName(projectName, what, "", "").replace(/--?\.$/, "");

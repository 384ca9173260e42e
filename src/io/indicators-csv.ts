/**
 * The indicators as a CSV file for spreadsheets: the report's rows (`src/io/report.ts`)
 * with a UTF-8 byte order mark, so that Excel reads the accents right.
 */
import type { IndicatorLevel } from "../domain/indicators.ts";
import type { Project } from "../domain/model.ts";
import type { ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { buildReport, formatReportCsv } from "./report.ts";

/** One row per territory of `level`, the report's columns; byte order mark included. */
export function exportIndicatorsCsv(index: TerritoryIndex, project: Project, result: ComputeResult, level: IndicatorLevel): string {
  return formatReportCsv(buildReport(index, project, result, level), { byteOrderMark: true });
}

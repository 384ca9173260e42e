/**
 * Reading an import file, the heavy part of the import: decoding, splitting, checking every
 * row against the territory. The same functions run in the import worker (so that a file
 * of a million lines never freezes the page) and on the main thread (tests, and the
 * fallback when no worker can start). The result sent back lists at most
 * `MAX_LISTED_PROBLEMS` problems and migrations, so that a preview never renders a million
 * rows; the summary keeps the full counts, and `omitted` says how many were left out.
 */
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { ImportField } from "../io/column-mapping.ts";
import { readFormat, type IndexOnlyFormatId } from "../io/format-registry.ts";
import type { ImportIssue } from "../io/import-result.ts";
import type { ImportResult } from "../io/importer.ts";
import type { ProjectFileResult } from "../io/project-file.ts";
import { readNeedsJob, type NeedsJob, type NeedsJobResult } from "./needs-job.ts";

/** Problems (and code migrations) listed in a result; the others are only counted. */
export const MAX_LISTED_PROBLEMS = 1_000;

/** A file to read: records for the project, or needs (a DECP file: needs-job.ts). */
export type ImportJob = RecordsJob | NeedsJob;

export interface RecordsJob {
  /** A format read without the commune polygons (those stay on the page: see format-registry.ts). */
  kind: IndexOnlyFormatId;
  /** File name, as the problems name it. */
  file: string;
  bytes: Uint8Array;
  /** Column choices of the preview (tables): field → column (0-based), or null for « not used ». */
  mapping?: Partial<Record<ImportField, number | null>>;
  /** Tables: leave out the lines with an error (listed in the result). */
  validLinesOnly?: boolean;
}

/** How many problems and migrations the result does not list. */
export interface Omitted {
  problems: number;
  migrations: number;
}

export type ImportJobOutcome =
  | { kind: "perimeters"; result: ImportResult; omitted: Omitted }
  | { kind: "project"; result: ProjectFileResult; omitted: Omitted }
  | { kind: "needs"; result: NeedsJobResult };

/** Receives the share of the file read, 0 to 1. */
export type ProgressListener = (fraction: number) => void;

/** Errors first (in file order), then warnings, `max` in all. */
function capProblems<T>(items: readonly T[], isError: (item: T) => boolean, max: number): T[] {
  if (items.length <= max) return [...items];
  const errors = items.filter(isError).slice(0, max);
  return [...errors, ...items.filter((item) => !isError(item)).slice(0, max - errors.length)];
}

/** The result with at most `max` problems and migrations listed (the summary is unchanged). */
export function capImportResult(result: ImportResult, max = MAX_LISTED_PROBLEMS): { result: ImportResult; omitted: Omitted } {
  const problems = capProblems(result.problems, (problem) => problem.severity === "error", max);
  const migrations = result.migrations.slice(0, max);
  const leftOut = result.leftOut && { leftOut: result.leftOut.slice(0, max) };
  return { result: { ...result, problems, migrations, ...leftOut }, omitted: { problems: result.problems.length - problems.length, migrations: result.migrations.length - migrations.length } };
}

/** A project file's result with at most `max` errors and `max` warnings listed. */
export function capProjectResult(result: ProjectFileResult, max = MAX_LISTED_PROBLEMS): { result: ProjectFileResult; omitted: Omitted } {
  const warnings: ImportIssue[] = result.warnings.slice(0, max);
  const errors = result.ok ? [] : result.errors.slice(0, max);
  const omitted = { problems: result.warnings.length - warnings.length + (result.ok ? 0 : result.errors.length - errors.length), migrations: 0 };
  return { result: result.ok ? { ...result, warnings } : { ...result, errors, warnings }, omitted };
}

/** Reads one file on `index`; never throws (importers report problems instead). */
export async function readImportJob(job: ImportJob, index: TerritoryIndex, onProgress: ProgressListener = () => undefined): Promise<ImportJobOutcome> {
  if (job.kind === "needs") return { kind: "needs", result: await readNeedsJob(job, onProgress) };
  const { file, bytes, mapping, validLinesOnly } = job;
  onProgress(0);
  const reading = await readFormat(job.kind, bytes, { index }, { file, ...(mapping && { mapping }), ...(validLinesOnly && { validLinesOnly }), onProgress });
  onProgress(1);
  return reading.kind === "project" ? { kind: "project", ...capProjectResult(reading.result) } : { kind: "perimeters", ...capImportResult(reading.result) };
}

// ---------------------------------------------------------------------------------------
// Messages between the page and the worker.

export interface ReadRequest {
  type: "read";
  id: number;
  job: ImportJob;
  /** Where the worker fetches the full reference (public/geo/reference.json) to build its own index. */
  referenceUrl: string;
}

export type WorkerReply =
  | { type: "progress"; id: number; fraction: number }
  | { type: "done"; id: number; outcome: ImportJobOutcome }
  | { type: "failed"; id: number; message: string };

// Running the importer of a chosen file on the loaded territory. The file is read once
// (bytes); the preview may run the importer again with another format or column mapping
// without reading it again. Formats, their detection and the size limit: io/format-registry.ts.
import type { Territory } from "../../io/app-data.ts";
import type { ImportField } from "../../io/column-mapping.ts";
import { formatById, readFormat, readsWithoutPolygons, type FormatId } from "../../io/format-registry.ts";
import type { ImportResult } from "../../io/importer.ts";
import type { ProjectFileResult } from "../../io/project-file.ts";
import { capImportResult, capProjectResult, readImportJob, type Omitted, type ProgressListener } from "../../workers/import-api.ts";
import type { ImportReader } from "../../workers/import-client.ts";
import { readNeedsJob, type NeedsJob, type NeedsJobResult } from "../../workers/needs-job.ts";
import type { DecpFormatId } from "../../io/decp-file.ts";
import type { TerritoryIndex } from "../../domain/territory-index.ts";

/** A file as read from the input, before any importer ran. */
export interface ImportSource {
  /** File name, as the problems name it. */
  file: string;
  bytes: Uint8Array;
  /** The detected format, then the formats the user may choose instead. */
  format: FormatId;
  alternatives: FormatId[];
}

/**
 * What the preview shows: perimeters to merge, or a whole project to put in place of the
 * current one. `omitted`: problems and migrations counted but not listed (see MAX_LISTED_PROBLEMS).
 */
export type ImportPreview = { kind: "perimeters"; result: ImportResult; omitted: Omitted } | { kind: "project"; file: string; result: ProjectFileResult; omitted: Omitted };

/** Mapping overrides as the table importers take them: field → column (0-based), or null for « not used ». */
export type MappingChoice = Partial<Record<ImportField, number | null>>;

/** Why the territory cannot read this format yet, in French, or undefined when it can. */
export function territoryNotReady(territory: Territory | null, format: FormatId): string | undefined {
  if (!territory?.complete) return "Chargement du référentiel complet des communes (noms, anciens codes)… L'aperçu s'affichera dès qu'il sera prêt.";
  if (formatById(format).needsCommunePolygons && !territory.geometry) return "Chargement des contours des communes… L'aperçu d'un fichier GeoJSON s'affichera dès qu'ils seront prêts.";
  return undefined;
}

/**
 * Text files up to 1 Mo (a CSV of some 20,000 lines) are read here, in a few milliseconds:
 * the worker would first have to load the reference (6 Mo) and build its own index.
 */
export const WORKER_MIN_BYTES = 1024 * 1024;

/**
 * True when the file is read in the import worker: every workbook (its size says nothing of
 * what it inflates to: 300 Ko can hold a 300 Mo cell), and other files over WORKER_MIN_BYTES.
 */
export const readsInWorker = (format: FormatId, bytes: Uint8Array) => format === "xlsx" || bytes.length > WORKER_MIN_BYTES;

/**
 * Runs the reader of `format` on the file: in the import worker when `reader` is given and
 * `readsInWorker` says so (every format read without the commune polygons, which only the
 * page holds: not GeoJSON), else here. Never throws but for a cancelled read
 * (ImportCancelled); readers report problems instead.
 */
export async function runImport(
  source: ImportSource,
  format: FormatId,
  territory: Territory,
  mapping?: MappingChoice,
  reader?: ImportReader,
  onProgress?: ProgressListener,
  validLinesOnly = false,
): Promise<ImportPreview> {
  const { file, bytes } = source;
  const index = territory.index;
  if (!readsWithoutPolygons(format)) {
    const reading = await readFormat(format, bytes, { index, ...(territory.geometry && { shapes: territory.geometry.shapes }) }, { file });
    return reading.kind === "project" ? { kind: "project", file, ...capProjectResult(reading.result) } : { kind: "perimeters", ...capImportResult(reading.result) };
  }
  const job = { kind: format, file, bytes, ...(mapping && { mapping }), ...(validLinesOnly && { validLinesOnly }) };
  const outcome = reader && readsInWorker(format, bytes) ? await reader.read(job, index, onProgress) : await readImportJob(job, index, onProgress);
  if (outcome.kind === "needs") throw new Error("un fichier de marchés publics a été lu comme un fichier du projet");
  return outcome.kind === "project" ? { kind: "project", file, result: outcome.result, omitted: outcome.omitted } : outcome;
}

/** A DECP file as read from the input (needs: public procurement data). */
export interface NeedsSource {
  file: string;
  bytes: Uint8Array;
  format: DecpFormatId;
}

/**
 * Reads a DECP file: in the import worker when `reader` is given and the file is over
 * WORKER_MIN_BYTES, else here. Rejects with ImportCancelled when cancelled.
 */
export async function runNeedsImport(source: NeedsSource, index: TerritoryIndex, reader?: ImportReader, onProgress?: ProgressListener): Promise<NeedsJobResult> {
  const job: NeedsJob = { kind: "needs", format: source.format, file: source.file, bytes: source.bytes };
  if (!reader || source.bytes.length <= WORKER_MIN_BYTES) return readNeedsJob(job, onProgress);
  const outcome = await reader.read(job, index, onProgress);
  if (outcome.kind !== "needs") throw new Error("le fichier n'a pas été lu comme un fichier de marchés publics");
  return outcome.result;
}

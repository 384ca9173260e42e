/**
 * Reading a DECP file (needs: public procurement data) for the app, off the main thread
 * when the import worker runs it: the records come back packed in a few columns
 * (domain/needs-readings.ts), whose buffers cross to the page without a copy. Locating
 * and counting the contracts is left to the page: it needs the full territory.
 */
import { packRecords, type PackedContracts } from "../domain/needs-readings.ts";
import type { TextEncodingName } from "../io/csv-text.ts";
import type { DecpCounts } from "../io/decp-fields.ts";
import type { DecpFormatId } from "../io/decp-file.ts";
import { needsFormatById } from "../io/format-registry.ts";
import type { ImportProblem } from "../io/importer.ts";

export interface NeedsJob {
  kind: "needs";
  format: DecpFormatId;
  /** File name, as the problems name it. */
  file: string;
  bytes: Uint8Array;
}

/** What the preview of a DECP file shows, and what the workspace keeps of it. */
export interface NeedsJobResult {
  file: string;
  format: DecpFormatId;
  encoding: TextEncodingName;
  contracts: PackedContracts;
  /** At most MAX_LISTED_DECP_PROBLEMS, errors first; `omittedProblems` more were counted. */
  problems: ImportProblem[];
  omittedProblems: number;
  counts: DecpCounts;
}

/** Reads one DECP file; never throws (the readers report problems instead). */
export async function readNeedsJob(job: NeedsJob, onProgress: (fraction: number) => void = () => undefined): Promise<NeedsJobResult> {
  onProgress(0);
  const read = await needsFormatById(job.format).read(job.bytes, { file: job.file, onProgress });
  onProgress(1);
  return { file: read.file, format: read.format, encoding: read.encoding, contracts: packRecords(read.records), problems: read.problems, omittedProblems: read.omittedProblems, counts: read.counts };
}

/** The buffers of a result, moved (not copied) to the page. */
export const transferablesOf = (result: NeedsJobResult): Transferable[] => [result.contracts.ints.buffer as ArrayBuffer, result.contracts.montant.buffer as ArrayBuffer];

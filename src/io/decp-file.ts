/**
 * A DECP file as a whole: which of the two shapes it is (from its head), its bytes decoded
 * by chunks (UTF-8, else Windows-1252), and a whole read for the app (a région's extract:
 * records, problems, counts, progress). The command line streams the same readers
 * (scripts/besoins.ts).
 */
import type { DecpRecord } from "../domain/needs/decp-record.ts";
import type { TextEncodingName } from "./csv-text.ts";
import type { DecpCounts, DecpSink } from "./decp-fields.ts";
import { createDecpJsonReader, type DecpStreamReader } from "./decp-json.ts";
import { isParquet, readDecpParquet } from "./decp-parquet.ts";
import { createDecpTableReader, looksLikeDecpHeader } from "./decp-table.ts";
import type { ImportProblem } from "./importer.ts";

export type DecpFormatId = "decp-json" | "decp-table" | "decp-parquet";
/** The shapes read as text, by chunks. */
export type DecpTextFormatId = Exclude<DecpFormatId, "decp-parquet">;

export const DECP_FORMAT_LABELS: Record<DecpFormatId, string> = {
  "decp-json": "Données des marchés publics (DECP) : JSON réglementaire",
  "decp-table": "Données des marchés publics (DECP) : tableau consolidé (CSV)",
  "decp-parquet": "Données des marchés publics (DECP) : tableau consolidé (Parquet)",
};

/** Problems listed in a whole read; the others are only counted. */
export const MAX_LISTED_DECP_PROBLEMS = 1_000;

/** Bytes read between two progress reports and two pieces handed to a reader. */
const PIECE_BYTES = 1 << 20;

export function createDecpReader(format: DecpTextFormatId, file: string, sink: DecpSink): DecpStreamReader {
  return format === "decp-json" ? createDecpJsonReader(file, sink) : createDecpTableReader(file, sink);
}

/** The DECP shape of a file from the bytes of its head (Parquet by its magic number, the others by their text), or undefined. */
export function detectDecpBytes(head: Uint8Array): DecpFormatId | undefined {
  if (isParquet(head)) return "decp-parquet";
  return detectDecpFormat(new ChunkDecoder(head).decode(head, true));
}

/**
 * The DECP shape of a text file from the text of its head, or undefined when it is not DECP:
 * JSON naming `marche`, `contrat-concession` or a `marches` list of contracts, or a table
 * whose first line names the buyer, the id and the amount.
 */
export function detectDecpFormat(head: string): DecpFormatId | undefined {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) {
    if (/"(marche|contrat-concession)"\s*:/.test(text)) return "decp-json";
    if (/"marches"\s*:\s*\[/.test(text) && /"(acheteur|dateNotification)"\s*:/.test(text)) return "decp-json";
    if (text.startsWith("[") && /"acheteur"\s*:/.test(text) && /"dateNotification"\s*:/.test(text)) return "decp-json";
    return undefined;
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  for (const separator of [";", ",", "\t"]) {
    if (looksLikeDecpHeader(firstLine.split(separator).map((cell) => cell.replace(/^"|"$/g, "")))) return "decp-table";
  }
  return undefined;
}

/** Decodes bytes piece by piece: UTF-8 when the first piece is valid UTF-8 (a byte order mark is dropped), else Windows-1252. */
export class ChunkDecoder {
  readonly encoding: TextEncodingName;
  private readonly decoder: TextDecoder;
  private first = true;

  constructor(head: Uint8Array) {
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    let utf8 = true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    } catch {
      utf8 = false;
    }
    this.encoding = bom ? "utf-8-bom" : utf8 ? "utf-8" : "windows-1252";
    this.decoder = new TextDecoder(utf8 || bom ? "utf-8" : "windows-1252");
  }

  decode(bytes: Uint8Array, final = false): string {
    let text = this.decoder.decode(bytes, { stream: !final });
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }
}

export interface DecpReadResult {
  file: string;
  format: DecpFormatId;
  encoding: TextEncodingName;
  records: DecpRecord[];
  /** At most MAX_LISTED_DECP_PROBLEMS, errors first; `omittedProblems` more were counted. */
  problems: ImportProblem[];
  omittedProblems: number;
  counts: DecpCounts;
}

interface ReadOptions {
  file: string;
  onProgress?: (fraction: number) => void;
  maxProblems?: number;
}

/** A sink that keeps the records and the first problems, errors first. */
function collector(max: number) {
  const records: DecpRecord[] = [];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let omitted = 0;
  const sink: DecpSink = {
    record: (record) => records.push(record),
    problem: (problem) => {
      const list = problem.severity === "error" ? errors : warnings;
      if (list.length < max) list.push(problem);
      else omitted++;
    },
  };
  const finish = () => {
    const problems = [...errors, ...warnings].slice(0, max);
    return { records, problems, omittedProblems: omitted + errors.length + warnings.length - problems.length };
  };
  return { sink, finish };
}

/** Reads a whole Parquet DECP table (the app); never throws. */
export async function readDecpParquetBytes(bytes: Uint8Array, options: ReadOptions): Promise<DecpReadResult> {
  const { sink, finish } = collector(options.maxProblems ?? MAX_LISTED_DECP_PROBLEMS);
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
  const counts = await readDecpParquet(buffer, options.file, sink, options.onProgress);
  return { file: options.file, format: "decp-parquet", encoding: "utf-8", ...finish(), counts };
}

/** Reads a whole DECP text file (the app: a région's extract); never throws. `onProgress` receives the share read, 0 to 1. */
export function readDecpBytes(bytes: Uint8Array, format: DecpTextFormatId, options: ReadOptions): DecpReadResult {
  const { sink, finish } = collector(options.maxProblems ?? MAX_LISTED_DECP_PROBLEMS);
  const reader = createDecpReader(format, options.file, sink);
  const decoder = new ChunkDecoder(bytes.subarray(0, PIECE_BYTES));
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    options.onProgress?.(at / bytes.length);
    reader.push(decoder.decode(bytes.subarray(at, at + PIECE_BYTES)));
  }
  reader.push(decoder.decode(new Uint8Array(0), true));
  const counts = reader.end();
  options.onProgress?.(1);
  return { file: options.file, format, encoding: decoder.encoding, ...finish(), counts };
}

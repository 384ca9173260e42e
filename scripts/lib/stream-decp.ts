// Streams a DECP file from disk into a contract store: its head tells the shape, then the
// bytes go through the reader piece by piece (a national file never sits whole in memory).
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
import { ContractStore } from "../../src/domain/needs/contract-store.ts";
import type { DecpCounts } from "../../src/io/decp-fields.ts";
import { asyncBufferFromFile } from "hyparquet";
import { ChunkDecoder, createDecpReader, detectDecpBytes, type DecpFormatId } from "../../src/io/decp-file.ts";
import { readDecpParquet } from "../../src/io/decp-parquet.ts";
import type { ImportProblem } from "../../src/io/importer.ts";
import { SNIFF_BYTES } from "../../src/io/format-registry.ts";

/** Problems kept to be printed; the others are counted. */
const KEPT_PROBLEMS = 200;

export interface StreamedDecp {
  format: DecpFormatId;
  store: ContractStore;
  counts: DecpCounts;
  /** The first problems, errors before warnings; `problemCount` counts them all. */
  problems: ImportProblem[];
  problemCount: number;
}

function head(path: string): Uint8Array {
  const descriptor = openSync(path, "r");
  try {
    const bytes = new Uint8Array(SNIFF_BYTES);
    const read = readSync(descriptor, bytes, 0, SNIFF_BYTES, 0);
    return bytes.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/** The DECP shape of the file at `path`, or undefined when its head is not DECP. */
export function detectDecpFile(path: string): DecpFormatId | undefined {
  return detectDecpBytes(head(path));
}

/** Reads the file at `path` as `format` into a new store (or `store`); `onProgress` receives the share of bytes read. */
export async function streamDecpFile(path: string, format: DecpFormatId, options: { store?: ContractStore; onProgress?: (fraction: number) => void } = {}): Promise<StreamedDecp> {
  const store = options.store ?? new ContractStore();
  const name = basename(path);
  const file = store.addFile(name);
  const kind = format === "decp-json" ? "json" : "table";
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let problemCount = 0;
  const sink = {
    record: (record: Parameters<ContractStore["add"]>[0]) => store.add(record, file, kind),
    problem: (problem: ImportProblem) => {
      problemCount++;
      const list = problem.severity === "error" ? errors : warnings;
      if (list.length < KEPT_PROBLEMS) list.push(problem);
    },
  };
  const kept = () => [...errors, ...warnings].slice(0, KEPT_PROBLEMS);
  if (format === "decp-parquet") {
    // Parquet is read by ranges (its footer first, then each row group), not as a text stream.
    const counts = await readDecpParquet(await asyncBufferFromFile(path), name, sink, options.onProgress);
    return { format, store, counts, problems: kept(), problemCount };
  }
  const reader = createDecpReader(format, name, sink);
  const size = statSync(path).size;
  let decoder: ChunkDecoder | undefined;
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    decoder ??= new ChunkDecoder(bytes);
    reader.push(decoder.decode(bytes));
    read += bytes.length;
    options.onProgress?.(size > 0 ? read / size : 1);
  }
  if (decoder) reader.push(decoder.decode(new Uint8Array(0), true));
  const counts = reader.end();
  return { format, store, counts, problems: kept(), problemCount };
}

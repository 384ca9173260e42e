/**
 * Consolidated DECP tables as Parquet (decp.info publishes them so: a national year in
 * some 25 Mo instead of 250 Mo of CSV), read with hyparquet (pure JavaScript, browser and
 * Node) and its decompressors (zstd, the default of the tools that write these files).
 * Read row group by row group, only the columns the needs measure uses, each row handed to
 * the same record builder as the CSV reader. The libraries are loaded on first use, so the
 * app pays for them only when a Parquet file is opened. Never throws.
 */
import type { AsyncBuffer } from "hyparquet";
import { buildRecord, isConcessionNature, type DecpCounts, type DecpField, type DecpSink, type RawFields, type RawValue } from "./decp-fields.ts";
import { mapDecpColumns } from "./decp-table.ts";

/** « PAR1 »: the first (and last) four bytes of a Parquet file. */
export function isParquet(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
}

/** A Parquet value as the record builder takes it: dates as AAAA-MM-JJ, big integers as numbers. */
function rawValue(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || Array.isArray(value)) return value as RawValue;
  return String(value);
}

/** Reads a Parquet DECP table from `file` (an ArrayBuffer, or a file read by ranges); records and problems go to `sink`. */
export async function readDecpParquet(file: AsyncBuffer, name: string, sink: DecpSink, onProgress?: (fraction: number) => void): Promise<DecpCounts> {
  const counts: DecpCounts = { rows: 0, concessions: 0, errors: 0, warnings: 0 };
  const fail = (message: string) => {
    counts.errors++;
    sink.problem({ file: name, message, severity: "error" });
    return counts;
  };
  const [{ parquetMetadataAsync, parquetReadObjects }, { compressors }] = await Promise.all([import("hyparquet"), import("hyparquet-compressors")]);
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    return fail(`fichier Parquet illisible : ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = metadata.schema.slice(1).map((element) => element.name);
  const columns = mapDecpColumns(header);
  const missing = (["acheteurId", "id", "montant", "dateNotification"] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) return fail(`colonne(s) ${missing.map((field) => `« ${field} »`).join(", ")} absente(s) : ce fichier Parquet n'est pas un tableau consolidé des données essentielles de la commande publique (DECP)`);
  const wanted = Object.entries(columns) as [DecpField, number][];
  const total = Number(metadata.num_rows);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, columns: [...new Set(wanted.map(([, k]) => header[k]!))], rowStart, rowEnd, compressors });
    } catch (error) {
      return fail(`lignes ${rowStart + 1} à ${rowEnd} illisibles : ${error instanceof Error ? error.message : String(error)}`);
    }
    rows.forEach((row, k) => {
      const line = rowStart + k + 1;
      const raw: RawFields = {};
      for (const [field, column] of wanted) raw[field] = rawValue(row[header[column]!]);
      if (isConcessionNature(raw.nature)) {
        counts.concessions++;
        return;
      }
      counts.rows++;
      sink.record(
        buildRecord(raw, { line }, (field, value, message, severity = "warning") => {
          if (severity === "error") counts.errors++;
          else counts.warnings++;
          sink.problem({ file: name, line, column: header[columns[field] ?? -1] ?? field, value, message, severity });
        }),
      );
    });
    rowStart = rowEnd;
    onProgress?.(total > 0 ? rowStart / total : 1);
  }
  return counts;
}

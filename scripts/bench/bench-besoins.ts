// npm run bench:besoins [-- --rows N] [-- --fichier FICHIER]
// Rows per second of the needs measure on a generated fictional consolidated DECP table
// (scripts/demo/decp-demo.ts, 1,000,000 rows by default, written to a temporary folder and
// deleted after) or on a given file: the command line's whole path (streamed from disk,
// one contract per buyer and id, summed per territory), the table reader alone, and the
// read the app's worker makes of a région's extract (200,000 rows, bytes in memory). The
// last line is one JSON object. Figures are printed, never asserted by a test.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aggregateNeeds } from "../../src/domain/needs/needs-aggregate.ts";
import { resolveNeedsSettings } from "../../src/domain/needs/needs-settings.ts";
import { readDecpBytes } from "../../src/io/decp-file.ts";
import { defineCli, runWhenStarted } from "../lib/cli.ts";
import { readOptions, UsageError } from "../lib/cli-args.ts";
import { loadTerritoryIndex } from "../lib/load-reference.ts";
import { detectDecpFile, streamDecpFile } from "../lib/stream-decp.ts";
import { writeDecpDemo } from "../lib/write-decp-demo.ts";

const USAGE = `usage : npm run bench:besoins -- [--rows N] [--fichier FICHIER]
  --rows     lignes du tableau DECP fictif généré (1 000 000 par défaut)
  --fichier  mesure ce fichier DECP (tableau CSV ou JSON) au lieu d'un fichier généré
Imprime des lignes par seconde, puis une ligne JSON.
Codes de sortie : 0 fait, 2 mauvais argument ou géométrie absente (npm run geo).`;

/** Rows of the région's extract the worker's reader is timed on. */
const REGION_ROWS = 200_000;

const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function run(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv, ["rows", "fichier"]);
  const rows = options.rows === undefined ? 1_000_000 : Number(options.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new UsageError(`--rows : nombre entier positif attendu, trouvé « ${options.rows} »`);
  const index = loadTerritoryIndex();
  const dir = mkdtempSync(join(tmpdir(), "bench-besoins-"));
  try {
    let file = options.fichier;
    if (file === undefined) {
      file = join(dir, "decp-fictif.csv");
      const started = performance.now();
      writeDecpDemo(file, index.reference, { rows, seed: "bench-besoins", au: "2025-06-30" });
      console.log(`Fichier fictif : ${rows.toLocaleString("fr-FR")} lignes, ${(statSync(file).size / 1e6).toFixed(0)} Mo, généré en ${seconds(performance.now() - started)} s`);
    }
    const format = detectDecpFile(file);
    if (!format) throw new UsageError(`${file} : ni JSON réglementaire, ni tableau consolidé CSV ou Parquet des DECP`);
    // The command line's path: stream, store, aggregate.
    const started = performance.now();
    const read = await streamDecpFile(file, format);
    const readMs = performance.now() - started;
    const aggregate = aggregateNeeds(index, read.store, { settings: resolveNeedsSettings() });
    const totalMs = performance.now() - started;
    const lines = read.counts.rows + read.counts.concessions;
    console.log(`Ligne de commande (npm run besoins) : ${lines.toLocaleString("fr-FR")} lignes en ${seconds(totalMs)} s, ${perSecond(lines, totalMs).toLocaleString("fr-FR")} lignes/s (lecture ${seconds(readMs)} s, agrégation ${seconds(totalMs - readMs)} s) ; ${aggregate.marches.toLocaleString("fr-FR")} marchés comptés`);
    if (format === "decp-parquet") {
      console.log(JSON.stringify({ rows: lines, cliRowsPerSecond: perSecond(lines, totalMs), cliSeconds: Number(seconds(totalMs)) }));
      return 0;
    }
    // The reader alone, records dropped: what any engine handing rows to JavaScript competes with.
    const bytes = new Uint8Array(readFileSync(file));
    const alone = performance.now();
    let records = 0;
    const { createDecpReader, ChunkDecoder } = await import("../../src/io/decp-file.ts");
    const reader = createDecpReader(format, "bench", { record: () => records++, problem: () => undefined });
    const decoder = new ChunkDecoder(bytes.subarray(0, 1 << 20));
    for (let at = 0; at < bytes.length; at += 1 << 20) reader.push(decoder.decode(bytes.subarray(at, at + (1 << 20))));
    reader.end();
    const aloneMs = performance.now() - alone;
    console.log(`Lecteur seul (lignes → marchés nettoyés) : ${perSecond(records, aloneMs).toLocaleString("fr-FR")} lignes/s`);
    // The worker's read of a région's extract: the first REGION_ROWS rows, bytes in memory.
    let cut = bytes.length;
    if (format === "decp-table") {
      let newlines = 0;
      for (let k = 0; k < bytes.length; k++) if (bytes[k] === 0x0a && ++newlines === REGION_ROWS + 1) {
        cut = k + 1;
        break;
      }
    }
    const extract = bytes.subarray(0, cut);
    const workerStarted = performance.now();
    const whole = readDecpBytes(extract, format, { file: "extrait" });
    const workerMs = performance.now() - workerStarted;
    const workerRows = whole.counts.rows + whole.counts.concessions;
    console.log(`Lecteur du worker (extrait de ${workerRows.toLocaleString("fr-FR")} lignes en mémoire, dans Node) : ${seconds(workerMs)} s, ${perSecond(workerRows, workerMs).toLocaleString("fr-FR")} lignes/s`);
    console.log(
      JSON.stringify({
        rows: lines,
        cliRowsPerSecond: perSecond(lines, totalMs),
        cliSeconds: Number(seconds(totalMs)),
        readerRowsPerSecond: perSecond(records, aloneMs),
        workerRows,
        workerRowsPerSecond: perSecond(workerRows, workerMs),
      }),
    );
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);

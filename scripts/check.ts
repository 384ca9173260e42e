// npm run check -- <fichier> [--format csv|xlsx|geojson|codes|json] [--out projet.json] [--sheet FEUILLE]
// Runs the app's importer on a file and prints every problem (file, line, column, value,
// reason) and a summary, in French. --out writes the project file the import would give.
// Exit codes: 0 no error, 1 errors in the file, 2 wrong arguments or missing geometry.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { PROJECT_SCHEMA, type Project } from "../src/domain/model.ts";
import { importCsv } from "../src/io/csv-import.ts";
import { importGeoJsonPerimeters } from "../src/io/geojson-import.ts";
import { mergeImport } from "../src/io/import-merge.ts";
import { formatProblem, formatSummary, type ImportResult } from "../src/io/importer.ts";
import { formatIssue } from "../src/io/import-result.ts";
import { parseProjectFile, serializeProject } from "../src/io/project-file.ts";
import { importXlsx } from "../src/io/xlsx-import.ts";
import { importZoneCodes } from "../src/io/zone-codes.ts";
import { loadTerritory, type Territory } from "./lib/load-reference.ts";
import { oneOf, readArguments, UsageError } from "./lib/cli-args.ts";

const USAGE = "usage : npm run check -- <fichier> [--format csv|xlsx|geojson|codes|json] [--out projet.json] [--sheet FEUILLE]";
const FORMATS = ["csv", "xlsx", "geojson", "codes", "json"] as const;
type Format = (typeof FORMATS)[number];


interface Options {
  file: string;
  format: Format | undefined;
  out: string | undefined;
  sheet: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const { file, values } = readArguments(argv, ["format", "out", "sheet"], "fichier à vérifier manquant");
  return { file, format: oneOf(values.format, FORMATS, undefined, "format"), out: values.out === undefined ? undefined : resolve(values.out), sheet: values.sheet };
}

/** The format from the extension; a .json file is a project, a GeoJSON or a code list, by its content. */
function guessFormat(file: string, bytes: Uint8Array): Format {
  const extension = extname(file).toLowerCase();
  if (extension === ".xlsx") return "xlsx";
  if (extension === ".geojson") return "geojson";
  if (extension !== ".json") return "csv";
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (head.includes('"schema"')) return "json";
  return /"type"\s*:\s*"(FeatureCollection|Feature|Polygon|MultiPolygon)"/.test(head) ? "geojson" : "codes";
}

async function runImport(format: Exclude<Format, "json">, bytes: Uint8Array, territory: Territory, options: Options): Promise<ImportResult> {
  const file = basename(options.file);
  const text = () => new TextDecoder().decode(bytes);
  switch (format) {
    case "csv":
      return importCsv(bytes, territory, { file });
    case "xlsx":
      return importXlsx(bytes, territory, { file, ...(options.sheet !== undefined && { sheet: /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet }) });
    case "geojson":
      return importGeoJsonPerimeters(text(), territory, { file });
    case "codes":
      return importZoneCodes(text(), territory, { file });
  }
}

function checkProjectFile(bytes: Uint8Array, territory: Territory, options: Options): number {
  const parsed = parseProjectFile(new TextDecoder().decode(bytes), territory.index);
  for (const warning of parsed.warnings) console.log(`${basename(options.file)}, ${formatIssue(warning)} (avertissement)`);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.log(`${basename(options.file)}, ${formatIssue(error)}`);
    console.log(`Erreurs : ${parsed.errors.length}\nAvertissements : ${parsed.warnings.length}`);
    return 1;
  }
  console.log(`Facilitateurs : ${parsed.project.facilitateurs.length}\nErreurs : 0\nAvertissements : ${parsed.warnings.length}`);
  if (options.out !== undefined) writeFileSync(options.out, serializeProject(parsed.project));
  return 0;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.file)) throw new UsageError(`fichier introuvable : ${options.file}`);
  const bytes = new Uint8Array(readFileSync(options.file));
  const territory = loadTerritory();
  const format = options.format ?? guessFormat(options.file, bytes);
  if (format === "json") return checkProjectFile(bytes, territory, options);
  const result = await runImport(format, bytes, territory, options);
  console.log(`${result.file} : import ${format}${result.encoding ? `, encodage ${result.encoding}` : ""}`);
  for (const problem of result.problems) console.log(`${problem.severity === "error" ? "ERREUR" : "avertissement"} ${formatProblem(problem)}`);
  for (const line of formatSummary(result.summary)) console.log(line);
  if (result.summary.errors > 0) {
    if (options.out !== undefined) console.log(`Fichier projet non écrit : corrigez d'abord les erreurs`);
    return 1;
  }
  if (options.out !== undefined) {
    const empty: Project = { schema: PROJECT_SCHEMA, nom: basename(options.file, extname(options.file)), structures: [], facilitateurs: [], acheteurs: [], grandsProjets: [] };
    const merged = mergeImport(empty, result, { index: territory.index, today: new Date().toISOString().slice(0, 10) });
    for (const note of merged.notes) console.log(`note : ${note}`);
    writeFileSync(options.out, serializeProject(merged.project));
    console.log(`Fichier projet écrit dans ${options.out}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? `Erreur : ${error.message}\n${USAGE}` : `Erreur : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
